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

// Uploads (the new-resource form): files chosen or dropped, several at once, each with
// its language (guessed from a suffix such as "_fr" or "-ARA"); the title proposed from
// the first file's name; sent with a progress bar and a cancel button. A refused upload
// keeps the form and the files chosen. Without this file the plain form sends one file.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('form[data-upload]');
  if (!form || !window.FormData || !window.XMLHttpRequest || !window.DOMParser) return;
  const box = form.querySelector('fieldset.upload');
  const input = box.querySelector('input[type=file]');
  const langSelect = box.querySelector('select[name=file_lang]');
  const list = box.querySelector('.upload-list');
  const texts = box.querySelector('#upload-texts').dataset;
  const title = form.querySelector('#title');
  const submit = form.querySelector('button[type=submit]');
  const lang = document.documentElement.lang || 'en';
  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));
  const number = (n, digits) => new Intl.NumberFormat(lang, { numberingSystem: 'latn', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
  // As the server writes sizes (library::size_label): bytes, KB rounded up, MB with one
  // decimal.
  const size = (bytes) => {
    if (bytes >= 1048576) return fill(texts.mb, { size: number(bytes / 1048576, 1) });
    if (bytes >= 1024) return fill(texts.kb, { size: number(Math.ceil(bytes / 1024), 0) });
    return fill(texts.b, { size: number(bytes, 0) });
  };
  const maxBytes = Number(input.dataset.maxBytes);
  const maxFiles = Number(input.dataset.maxFiles);
  const codes = new Set([...langSelect.options].map((o) => o.value));
  const aliases = { ara: 'ar', arabic: 'ar', chi: 'zh', zho: 'zh', chinese: 'zh', eng: 'en', english: 'en', fre: 'fr', fra: 'fr', french: 'fr', rus: 'ru', russian: 'ru', spa: 'es', esp: 'es', spanish: 'es' };
  const suffix = /[-_. ]+([a-z]{2,7})$/i;
  const guess = (name) => {
    const m = name.replace(/\.[^.]*$/, '').match(suffix);
    if (!m) return null;
    const word = m[1].toLowerCase();
    return aliases[word] || (word.length === 2 && codes.has(word) ? word : null);
  };
  const chosen = [];
  let proposed = null;
  input.multiple = true;
  box.querySelector('.file-lang').hidden = true;
  for (const hint of box.querySelectorAll('.js-only')) hint.hidden = false;

  let error = box.querySelector('#file-error');
  const showError = (message) => {
    if (!error) {
      error = document.createElement('p');
      error.id = 'file-error';
      error.className = 'field-error';
      box.querySelector('.drop-zone').after(error);
    }
    error.textContent = message;
    error.hidden = !message;
    input.setAttribute('aria-describedby', message ? 'file-hint file-error' : 'file-hint');
    if (message) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
  };
  const problem = () => {
    if (chosen.length > maxFiles) return input.dataset.tooMany;
    if (chosen.reduce((n, c) => n + c.file.size, 0) > maxBytes) return input.dataset.tooLarge;
    return '';
  };
  const render = () => {
    list.replaceChildren(...chosen.map((c, i) => {
      const li = document.createElement('li');
      li.className = 'upload-item';
      const name = document.createElement('bdi');
      name.className = 'upload-name';
      name.textContent = c.file.name;
      const bytes = document.createElement('span');
      bytes.className = 'muted small';
      bytes.textContent = size(c.file.size);
      const select = langSelect.cloneNode(true);
      select.id = `file-lang-${i}`;
      select.removeAttribute('name');
      select.value = c.lang;
      select.addEventListener('change', () => { c.lang = select.value; });
      const label = document.createElement('label');
      label.htmlFor = select.id;
      label.className = 'visually-hidden';
      label.textContent = fill(texts.langOf, { name: c.file.name });
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'secondary small';
      remove.textContent = '×';
      remove.setAttribute('aria-label', fill(texts.remove, { name: c.file.name }));
      remove.addEventListener('click', () => {
        chosen.splice(chosen.indexOf(c), 1);
        render();
        input.focus();
      });
      li.append(name, ' ', bytes, ' ', label, select, ' ', remove);
      return li;
    }));
    list.hidden = chosen.length === 0;
    showError(problem());
  };
  const add = (files) => {
    for (const file of files) {
      if (chosen.some((c) => c.file.name === file.name && c.file.size === file.size)) continue;
      chosen.push({ file, lang: guess(file.name) || langSelect.value });
    }
    // The title, unless one was typed: the first file's name, without its language
    // suffix and extension, in words.
    if (title && chosen.length && (title.value.trim() === '' || title.value === proposed)) {
      const name = chosen[0].file.name.replace(/\.[^.]*$/, '');
      const stem = guess(chosen[0].file.name) ? name.replace(suffix, '') : name;
      const words = stem.replace(/[_]+/g, ' ').replace(/(\S)-(?=\S)/g, (m, a) => (/\s/.test(stem) ? m : `${a} `)).replace(/\s+/g, ' ').trim();
      if (words) {
        proposed = words.charAt(0).toLocaleUpperCase(lang) + words.slice(1);
        title.value = proposed;
      }
    }
    render();
  };
  input.addEventListener('change', () => {
    add(input.files);
    input.value = '';
    input.setCustomValidity('');
  });
  // Dropping files anywhere on the form adds them; elsewhere on the page it does nothing
  // (rather than the browser leaving the page to open the file).
  const hasFiles = (e) => e.dataTransfer && [...e.dataTransfer.types].includes('Files');
  for (const type of ['dragenter', 'dragover']) {
    form.addEventListener(type, (e) => { if (hasFiles(e)) { e.preventDefault(); box.classList.add('drop-over'); } });
  }
  form.addEventListener('dragleave', (e) => { if (!form.contains(e.relatedTarget)) box.classList.remove('drop-over'); });
  form.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    box.classList.remove('drop-over');
    add(e.dataTransfer.files);
  });
  for (const type of ['dragover', 'drop']) {
    document.addEventListener(type, (e) => { if (hasFiles(e) && !form.contains(e.target)) e.preventDefault(); });
  }

  // The progress bar, its figures, the cancel button and what happened, read out.
  const panel = document.createElement('div');
  panel.className = 'upload-progress';
  panel.hidden = true;
  const bar = document.createElement('progress');
  bar.id = 'upload-bar';
  bar.max = 1;
  bar.value = 0;
  bar.setAttribute('aria-label', texts.sending);
  const figures = document.createElement('span');
  figures.className = 'small';
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.className = 'secondary';
  cancel.textContent = texts.cancel;
  panel.append(bar, ' ', figures, ' ', cancel);
  const status = document.createElement('p');
  status.className = 'upload-status';
  status.setAttribute('role', 'status');
  submit.after(panel, status);
  let xhr = null;
  const finished = () => {
    xhr = null;
    panel.hidden = true;
    submit.disabled = false;
  };
  cancel.addEventListener('click', () => xhr && xhr.abort());
  window.addEventListener('beforeunload', (e) => {
    if (xhr) { e.preventDefault(); e.returnValue = ''; }
  });
  // The server's answer to a refused form: its messages in this page, the files kept.
  const showRefusal = (html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    if (!doc.querySelector('form[data-upload]')) {
      document.title = doc.title;
      document.body.replaceWith(document.adoptNode(doc.body));
      return;
    }
    const errors = doc.getElementById('form-errors');
    const old = document.getElementById('form-errors');
    if (old) old.remove();
    if (errors) {
      const mine = document.adoptNode(errors);
      mine.tabIndex = -1;
      form.before(mine);
      mine.focus();
    }
    const fileError = doc.getElementById('file-error');
    showError(fileError ? fileError.textContent : problem());
  };
  form.addEventListener('submit', (e) => {
    if (chosen.length === 0) return; // a link only: the plain submission
    e.preventDefault();
    if (xhr) return;
    const refused = problem();
    if (refused) { showError(refused); input.focus(); return; }
    const data = new FormData(form);
    data.delete('file');
    data.delete('file_lang');
    for (const c of chosen) {
      data.append('file_lang', c.lang);
      data.append('file', c.file, c.file.name);
    }
    xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('X-Requested-With', 'gctcp-upload');
    xhr.upload.addEventListener('progress', (ev) => {
      if (!ev.lengthComputable) return;
      bar.max = ev.total;
      bar.value = ev.loaded;
      figures.textContent = fill(texts.progress, { done: size(ev.loaded), total: size(ev.total) });
    });
    xhr.addEventListener('load', () => {
      const done = xhr;
      finished();
      const to = new URL(done.responseURL || form.action, window.location.href);
      if (done.status < 400 && to.pathname !== new URL(form.action, window.location.href).pathname) {
        status.textContent = '';
        window.location.assign(to.href);
      } else {
        status.textContent = '';
        showRefusal(done.responseText);
      }
    });
    xhr.addEventListener('error', () => { finished(); status.textContent = texts.failed; });
    xhr.addEventListener('abort', () => { finished(); status.textContent = texts.cancelled; });
    submit.disabled = true;
    bar.value = 0;
    figures.textContent = '';
    status.textContent = texts.sending;
    panel.hidden = false;
    xhr.send(data);
  });
});

// A resource just uploaded: its text is extracted in the background; the page follows
// the extraction (fewer and fewer checks: 1 s, then up to 15 s apart, for ten minutes)
// and says when the text is indexed, or why it could not be.
document.addEventListener('DOMContentLoaded', () => {
  const notice = document.getElementById('indexing');
  if (!notice || !window.fetch || !window.DOMParser) return;
  notice.textContent = notice.dataset.live;
  let wait = 1000;
  const until = Date.now() + 10 * 60 * 1000;
  const check = async () => {
    try {
      const res = await fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
      if (res.ok) {
        const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
        for (const fresh of doc.querySelectorAll('[data-text-status][id]')) {
          const mine = document.getElementById(fresh.id);
          if (mine) mine.replaceWith(document.adoptNode(fresh));
        }
        if (!doc.getElementById('indexing')) {
          const failed = doc.querySelector('[data-text-status="failed"]');
          const text = failed ? notice.dataset.failed : notice.dataset.done;
          notice.textContent = text.charAt(0).toLocaleUpperCase(document.documentElement.lang) + text.slice(1);
          return;
        }
      }
    } catch { /* offline for a moment: try again later */ }
    wait = Math.min(wait * 1.5, 15000);
    if (Date.now() < until) setTimeout(check, wait);
  };
  setTimeout(check, wait);
});
