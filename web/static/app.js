// Progressive enhancement only: every flow works without this file.
document.documentElement.classList.add('js');
document.addEventListener('DOMContentLoaded', () => {
  // Filters and the language switcher apply on their button, never as a choice changes
  // (moving through a select with the keyboard must not reload the page: WCAG 3.2.2).
  // A search's address keeps only what is set: empty fields are left out when it is sent.
  for (const form of document.querySelectorAll('form[method=get]')) {
    form.addEventListener('submit', () => {
      for (const field of form.elements) {
        if (field.name && !field.disabled && field.value === '' && field.type !== 'submit') {
          field.disabled = true;
          field.dataset.emptied = '1';
        }
      }
    });
  }
  // On a phone the menu folds behind one button, and a search's filters behind their
  // heading, so that results come first; without JavaScript both stay open.
  const narrow = window.matchMedia('(max-width: 40rem)');
  const toggle = document.querySelector('.menu-toggle');
  if (toggle) {
    toggle.hidden = false;
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      toggle.closest('.nav-bar').classList.toggle('open', open);
    });
  }
  if (narrow.matches) {
    for (const details of document.querySelectorAll('details[data-collapse-narrow]')) details.open = false;
  }
  // Coming back to the page (the back button): the fields left out are usable again.
  window.addEventListener('pageshow', () => {
    for (const field of document.querySelectorAll('[data-emptied]')) {
      field.disabled = false;
      delete field.dataset.emptied;
    }
  });
  // Copy buttons for one-time links.
  for (const button of document.querySelectorAll('button[data-copy]')) {
    const input = document.getElementById(button.dataset.copy);
    if (!input || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(input.value);
      button.textContent = button.dataset.copied || '✓';
    });
  }
  for (const input of document.querySelectorAll('input[data-select-on-focus]')) {
    input.addEventListener('focus', () => input.select());
  }
  // Files over the size limit (in all, for a field taking several) or too many are
  // refused before a long upload, with the server's message.
  for (const input of document.querySelectorAll('input[type=file][data-max-bytes]')) {
    input.addEventListener('change', () => {
      const max = Number(input.dataset.maxBytes);
      const files = [...input.files];
      const total = files.reduce((n, f) => n + f.size, 0);
      const tooBig = input.multiple ? total > max : files.some((f) => f.size > max);
      const tooMany = input.dataset.maxFiles && files.length > Number(input.dataset.maxFiles);
      const message = tooMany ? input.dataset.tooMany : tooBig ? input.dataset.tooLarge : '';
      input.setCustomValidity(message);
      if (message) input.reportValidity();
    });
  }
  // Destructive buttons ask first.
  for (const form of document.querySelectorAll('form[data-confirm]')) {
    form.addEventListener('submit', (e) => {
      if (!window.confirm(form.dataset.confirm)) e.preventDefault();
    });
  }
});

// @mentions: typing "@" and two letters in a post offers the people who may read it;
// choosing one inserts @[Name](/people/ID), which the server reads. Without this, the
// same syntax can be typed by hand.
document.addEventListener('DOMContentLoaded', () => {
  for (const area of document.querySelectorAll('textarea[data-mentions]')) {
    const list = document.createElement('ul');
    list.className = 'mention-list';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', area.dataset.mentionsLabel || '@');
    list.id = `${area.id}-mentions`;
    list.hidden = true;
    area.after(list);
    area.setAttribute('aria-autocomplete', 'list');
    area.setAttribute('aria-controls', list.id);
    let items = [];
    let active = -1;
    let timer = null;
    const typed = () => {
      const before = area.value.slice(0, area.selectionStart);
      const m = before.match(/(?:^|\s)@([^\s@\[\]()]{2,40})$/u);
      return m ? m[1] : null;
    };
    const close = () => { list.hidden = true; items = []; active = -1; area.removeAttribute('aria-activedescendant'); };
    const choose = (i) => {
      const p = items[i];
      if (!p) return;
      const start = area.selectionStart;
      const before = area.value.slice(0, start);
      const at = before.lastIndexOf('@');
      const insert = `@[${p.name.replace(/[\[\]]/g, '')}](/people/${p.id}) `;
      area.value = area.value.slice(0, at) + insert + area.value.slice(start);
      area.selectionStart = area.selectionEnd = at + insert.length;
      close();
      area.focus();
    };
    const show = () => {
      list.replaceChildren(...items.map((p, i) => {
        const li = document.createElement('li');
        li.id = `${list.id}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(i === active));
        li.textContent = `${p.name} (${p.org})`;
        li.addEventListener('mousedown', (e) => { e.preventDefault(); choose(i); });
        return li;
      }));
      list.hidden = items.length === 0;
      if (active >= 0) area.setAttribute('aria-activedescendant', `${list.id}-${active}`);
    };
    area.addEventListener('input', () => {
      const q = typed();
      clearTimeout(timer);
      if (!q) { close(); return; }
      timer = setTimeout(async () => {
        try {
          const res = await fetch(`${area.dataset.mentions}?q=${encodeURIComponent(q)}`, { credentials: 'same-origin' });
          items = res.ok ? await res.json() : [];
        } catch { items = []; }
        active = items.length ? 0 : -1;
        show();
      }, 150);
    });
    area.addEventListener('keydown', (e) => {
      if (list.hidden) return;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        active = (active + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
        show();
      } else if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        choose(active);
      } else if (e.key === 'Escape') {
        close();
      }
    });
    area.addEventListener('blur', () => setTimeout(close, 100));
  }
});

// Work plans: leads drag a row to its new place (the ↑ ↓ buttons do the same by keyboard
// and without JavaScript).
document.addEventListener('DOMContentLoaded', () => {
  for (const table of document.querySelectorAll('table[data-reorder]')) {
    const body = table.tBodies[0];
    let dragged = null;
    for (const row of body.rows) {
      row.draggable = true;
      row.addEventListener('dragstart', (e) => {
        dragged = row;
        row.classList.add('dragging');
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', row.dataset.item);
      });
      row.addEventListener('dragend', () => { row.classList.remove('dragging'); dragged = null; });
      row.addEventListener('dragover', (e) => { if (dragged && dragged !== row) e.preventDefault(); });
      row.addEventListener('drop', async (e) => {
        e.preventDefault();
        if (!dragged || dragged === row) return;
        const to = [...body.rows].indexOf(row) + 1;
        const form = new URLSearchParams({ csrf: table.dataset.csrf, direction: 'to', to: String(to) });
        const res = await fetch(`/plan/${dragged.dataset.item}/move`, { method: 'POST', body: form, credentials: 'same-origin' });
        if (res.ok) window.location.reload();
      });
    }
  }
});
