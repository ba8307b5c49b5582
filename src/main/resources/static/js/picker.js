// Searchable pickers (templates/fragments/pickers.html): type part of a name, move through the
// matches with the arrow keys, Enter or a tap picks one; the hidden field submits its id.
(() => {
  'use strict';

  function init(root) {
    if (root.dataset.pickerReady) {
      return;
    }
    root.dataset.pickerReady = 'true';
    const input = root.querySelector('.picker-input');
    const hidden = root.querySelector('.picker-value');
    const list = root.querySelector('.picker-results');
    const chosen = root.querySelector('.picker-chosen');
    const multiple = root.dataset.multiple === 'true';
    let items = [];
    let active = -1;
    let seq = 0;
    let timer = null;

    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    };

    const highlight = () => {
      list.querySelectorAll('[role=option]').forEach((li, i) => {
        const on = i === active;
        li.classList.toggle('active', on);
        li.setAttribute('aria-selected', on ? 'true' : 'false');
        if (on) {
          input.setAttribute('aria-activedescendant', li.id);
          li.scrollIntoView({ block: 'nearest' });
        }
      });
    };

    const render = () => {
      list.replaceChildren();
      if (items.length === 0) {
        const li = document.createElement('li');
        li.className = 'list-group-item text-muted picker-empty';
        li.textContent = root.dataset.msgNone;
        list.append(li);
      }
      items.forEach((item, i) => {
        const li = document.createElement('li');
        li.id = input.id + '-opt-' + i;
        li.className = 'list-group-item list-group-item-action picker-option';
        li.setAttribute('role', 'option');
        li.dataset.index = i;
        const label = document.createElement('span');
        label.className = 'picker-label';
        label.textContent = item.label;
        li.append(label);
        if (item.detail) {
          const detail = document.createElement('small');
          detail.className = 'd-block picker-detail';
          detail.textContent = item.detail;
          li.append(detail);
        }
        list.append(li);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight();
    };

    const search = async () => {
      const q = input.value.trim();
      if (q.length === 0) {
        items = [];
        close();
        return;
      }
      const mine = ++seq;
      const url = new URL(root.dataset.source, window.location.href);
      url.searchParams.set('q', q);
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (!response.ok || mine !== seq) {
        return;
      }
      items = await response.json();
      active = items.length > 0 ? 0 : -1;
      render();
    };

    const addChip = (item) => {
      if (chosen.querySelector('input[value="' + item.id + '"]')) {
        return;
      }
      const chip = document.createElement('span');
      chip.className = 'picker-chip badge text-bg-light border';
      const value = document.createElement('input');
      value.type = 'hidden';
      value.name = root.dataset.name;
      value.value = item.id;
      const text = document.createElement('span');
      text.textContent = item.label;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'btn btn-link picker-remove';
      remove.setAttribute('aria-label', root.dataset.msgRemove + ' ' + item.label);
      const icon = document.createElement('i');
      icon.className = 'bi bi-x-lg';
      icon.setAttribute('aria-hidden', 'true');
      remove.append(icon);
      chip.append(value, text, remove);
      chosen.append(chip);
    };

    const choose = (item) => {
      if (multiple) {
        addChip(item);
        input.value = '';
      } else {
        hidden.value = item.id;
        input.value = item.label;
      }
      input.setCustomValidity('');
      items = [];
      close();
      root.dispatchEvent(new CustomEvent('picker:change', { bubbles: true, detail: item }));
      if (root.dataset.autosubmit === 'true' && input.form) {
        input.form.requestSubmit();
      }
    };

    input.addEventListener('input', () => {
      if (!multiple) {
        hidden.value = '';
      }
      input.setCustomValidity('');
      clearTimeout(timer);
      timer = setTimeout(search, 200);
    });

    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (list.hidden) {
          search();
          return;
        }
        if (items.length > 0) {
          active = (active + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
          highlight();
        }
      } else if (e.key === 'Enter') {
        if (!list.hidden && active >= 0 && items[active]) {
          e.preventDefault();
          choose(items[active]);
        } else if (!multiple && input.value.trim() && !hidden.value) {
          e.preventDefault();
          search();
        } else if (multiple && input.value.trim()) {
          e.preventDefault();
        }
      } else if (e.key === 'Escape' && !list.hidden) {
        e.preventDefault();
        close();
      }
    });

    // A tap picks; pressing on the list must not take the focus away from the field first.
    list.addEventListener('mousedown', (e) => e.preventDefault());
    list.addEventListener('click', (e) => {
      const li = e.target.closest('[role=option]');
      if (li) {
        choose(items[Number(li.dataset.index)]);
        input.focus();
      }
    });
    input.addEventListener('blur', () => setTimeout(close, 150));

    if (chosen) {
      chosen.addEventListener('click', (e) => {
        const remove = e.target.closest('.picker-remove');
        if (remove) {
          remove.closest('.picker-chip').remove();
          input.focus();
        }
      });
    }

    // Text typed but nothing picked: say so instead of submitting a name the server cannot use.
    if (input.form && !multiple) {
      input.form.addEventListener('submit', (e) => {
        if (input.value.trim() && !hidden.value) {
          input.setCustomValidity(root.dataset.msgPick);
          input.reportValidity();
          e.preventDefault();
          e.stopImmediatePropagation();
        }
      }, true);
    }
  }

  const scan = (el) => {
    if (el.matches && el.matches('[data-picker]')) {
      init(el);
    }
    if (el.querySelectorAll) {
      el.querySelectorAll('[data-picker]').forEach(init);
    }
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => scan(document));
  } else {
    scan(document);
  }
  document.addEventListener('htmx:load', (e) => scan(e.detail.elt));
})();
