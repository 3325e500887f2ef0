// Progressive enhancement only: every flow works without this file.
document.documentElement.classList.add('js');
document.addEventListener('DOMContentLoaded', () => {
  // The language switcher applies on change; its button stays for keyboard and no-JS use.
  for (const select of document.querySelectorAll('select[data-autosubmit]')) {
    select.addEventListener('change', () => select.form.requestSubmit());
  }
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
  // Files over the size limit are refused before a long upload, with the server's message.
  for (const input of document.querySelectorAll('input[type=file][data-max-bytes]')) {
    input.addEventListener('change', () => {
      const max = Number(input.dataset.maxBytes);
      const tooBig = [...input.files].some((f) => f.size > max);
      input.setCustomValidity(tooBig ? input.dataset.tooLarge : '');
      if (tooBig) input.reportValidity();
    });
  }
  // Destructive buttons ask first.
  for (const form of document.querySelectorAll('form[data-confirm]')) {
    form.addEventListener('submit', (e) => {
      if (!window.confirm(form.dataset.confirm)) e.preventDefault();
    });
  }
});
