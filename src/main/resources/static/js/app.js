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
// Tree toggles: swap the icon once children are loaded.
document.addEventListener('htmx:afterSwap', function (evt) {
  var btn = document.querySelector('[hx-target="#' + evt.target.id + '"]');
  if (btn) {
    btn.setAttribute('aria-expanded', 'true');
    var icon = btn.querySelector('i');
    if (icon) { icon.className = 'bi bi-dash-square'; }
  }
});
