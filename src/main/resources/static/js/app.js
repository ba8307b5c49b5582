// htmx requests carry the CSRF token from the page's meta tags (no inline scripts: the CSP forbids them).
document.addEventListener('htmx:configRequest', function (evt) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    evt.detail.headers[header.content] = token.content;
  }
});
// Confirmation for destructive forms: <form data-confirm="...">
document.addEventListener('submit', function (evt) {
  var msg = evt.target.getAttribute('data-confirm');
  if (msg && !window.confirm(msg)) {
    evt.preventDefault();
  }
});
// <input data-autosubmit> submits its form on change (inline handlers are blocked by the CSP).
document.addEventListener('change', function (evt) {
  if (evt.target.hasAttribute && evt.target.hasAttribute('data-autosubmit')) {
    evt.target.form.submit();
  }
});
// Tree toggles: the first click loads a node's children (htmx), the next hides them, the next shows them again.
document.addEventListener('htmx:beforeRequest', function (evt) {
  var btn = evt.detail.elt;
  if (!btn.classList || !btn.classList.contains('toggle')) { return; }
  var slot = document.querySelector(btn.getAttribute('hx-target'));
  if (btn.getAttribute('aria-expanded') === 'true') {
    evt.preventDefault();
    slot.hidden = true;
    btn.setAttribute('aria-expanded', 'false');
    btn.querySelector('i').className = 'bi bi-plus-square';
  } else if (slot && slot.childElementCount > 0) {
    evt.preventDefault();
    slot.hidden = false;
    btn.setAttribute('aria-expanded', 'true');
    btn.querySelector('i').className = 'bi bi-dash-square';
  }
});
document.addEventListener('htmx:afterSwap', function (evt) {
  var btn = evt.detail.requestConfig && evt.detail.requestConfig.elt;
  if (btn && btn.classList && btn.classList.contains('toggle')) {
    btn.setAttribute('aria-expanded', 'true');
    btn.querySelector('i').className = 'bi bi-dash-square';
  }
});
// <input data-check-all="name"> ticks or clears every checkbox of that name, except members marked exempt or away.
document.addEventListener('change', function (evt) {
  var name = evt.target.getAttribute && evt.target.getAttribute('data-check-all');
  if (name) {
    document.querySelectorAll('input[type=checkbox][name="' + name + '"]:not(:disabled):not([data-excused])').forEach(function (box) {
      box.checked = evt.target.checked;
    });
  }
});
// <button data-print> prints the page (every list: fragments/list.html; the print stylesheet keeps the header and the table).
document.addEventListener('click', function (evt) {
  var el = evt.target.closest && evt.target.closest('[data-print]');
  if (el) {
    window.print();
  }
});
