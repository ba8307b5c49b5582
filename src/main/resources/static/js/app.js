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
    if (evt.target.willValidate && !evt.target.checkValidity()) {
      evt.target.reportValidity();
      return;
    }
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
// <input disabled data-enable-when-ready> is enabled once the whole page is parsed: a "tick all" box tapped while the
// page is still loading would tick only the rows already there (or none, before this script has run).
(function () {
  function enable() {
    document.querySelectorAll('[data-enable-when-ready]').forEach(function (el) { el.disabled = false; });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enable);
  } else {
    enable();
  }
})();
// <button data-print> prints the page (every list: fragments/list.html; the print stylesheet keeps the header and the table).
document.addEventListener('click', function (evt) {
  var el = evt.target.closest && evt.target.closest('[data-print]');
  if (el) {
    window.print();
  }
});
// Date fields (<input data-date>): dd/mm/yyyy whatever the browser's language. "5/8/2026" and "05082026" are
// written out as 05/08/2026 when the field is left; a text that is no real date blocks the form with the
// field's Vietnamese hint (data-invalid). ISO (2026-08-05) is accepted and shown as 05/08/2026.
(function () {
  function parse(text) {
    var s = (text || '').trim(), m;
    if (s === '') { return ''; }
    if ((m = /^(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{4})$/.exec(s))) { return check(+m[3], +m[2], +m[1]); }
    if ((m = /^(\d{2})(\d{2})(\d{4})$/.exec(s))) { return check(+m[3], +m[2], +m[1]); }
    if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) { return check(+m[1], +m[2], +m[3]); }
    return null;
  }
  function check(y, mo, d) {
    var dt = new Date(Date.UTC(y, mo - 1, d));
    if (y < 1000 || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) { return null; }
    return (d < 10 ? '0' : '') + d + '/' + (mo < 10 ? '0' : '') + mo + '/' + y;
  }
  function validate(el, rewrite) {
    var v = parse(el.value);
    el.setCustomValidity(v === null ? (el.getAttribute('data-invalid') || 'dd/mm/yyyy') : '');
    if (rewrite && v) { el.value = v; }
  }
  function all(root) {
    (root || document).querySelectorAll('input[data-date]').forEach(function (el) { validate(el, true); });
  }
  document.addEventListener('input', function (evt) {
    if (evt.target.hasAttribute && evt.target.hasAttribute('data-date')) { validate(evt.target, false); }
  });
  document.addEventListener('change', function (evt) {
    if (evt.target.hasAttribute && evt.target.hasAttribute('data-date')) { validate(evt.target, true); }
  }, true);
  document.addEventListener('DOMContentLoaded', function () { all(document); });
  document.addEventListener('htmx:afterSwap', function (evt) { all(evt.target); });
})();
// File fields: the chosen files' names beside the Vietnamese "Chọn tệp" button.
document.addEventListener('change', function (evt) {
  var input = evt.target;
  if (!input.classList || !input.classList.contains('file-input')) { return; }
  var names = document.getElementById(input.id + '-names');
  if (!names) { return; }
  var list = Array.prototype.map.call(input.files || [], function (f) { return f.name; });
  names.textContent = list.length ? list.join(', ') : names.getAttribute('data-none');
  names.classList.toggle('text-body', list.length > 0);
});
// A request's page has one decision form for all its lines: Enter in a line's comment presses that line's
// "Trả lại", not the form's first button (which belongs to the first line).
document.addEventListener('keydown', function (evt) {
  if (evt.key !== 'Enter' || !evt.target.classList || !evt.target.classList.contains('decide-comment')) { return; }
  evt.preventDefault();
  var line = evt.target.closest('.decide-line');
  var button = line && line.querySelector('.return-report');
  if (button) { button.click(); }
});
