/* Banan Park CMS admin: small enhancements of the server-rendered editors. Every form works without
   this script; with it, text counters update while typing, rich text gets a toolbar, Markdown a live
   preview, the URL path a live address and a running import its progress in place. Nothing is loaded
   from anywhere else. */
(() => {
  'use strict';

  // Counting: text elements (grapheme clusters), as the server's TextLength does, so 重庆巴南 is 4.
  const graphemes = typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  const count = (text) => {
    if (!text) return 0;
    if (!graphemes) return Array.from(text).length;
    let n = 0;
    for (const _ of graphemes.segment(text)) n++;
    return n;
  };
  const htmlText = (html) => new DOMParser().parseFromString(html || '', 'text/html').body.textContent || '';
  const number = (n) => n.toLocaleString('en-US');
  // The same words as CharacterCount.Describe on the server.
  const describe = (n, max) => `${number(n)} ${n === 1 ? 'character' : 'characters'}${max ? ` of max ${number(max)}` : ''}`;

  function initCounter(counter) {
    const input = document.getElementById(counter.dataset.countFor);
    if (!input) return;
    const max = Number(counter.dataset.max) || 0;
    const html = counter.dataset.countMode === 'html';
    const update = () => {
      const n = count(html ? htmlText(input.value) : input.value);
      counter.textContent = describe(n, max);
      counter.classList.toggle('over', max > 0 && n > max);
    };
    input.addEventListener('input', update);
  }

  function initSlugPreview(preview) {
    const input = document.getElementById(preview.dataset.slugPreviewFor);
    if (!input || input.readOnly) return;
    input.addEventListener('input', () => {
      preview.textContent = preview.dataset.slugBase + input.value.trim().replace(/^\/+|\/+$/g, '');
    });
  }

  // Enter in a picker's search box runs that search, not the form's first button.
  function initPickerSearch(input) {
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      document.getElementById(input.dataset.pickerSearch)?.click();
    });
  }

  function antiforgeryToken(element) {
    return element.form?.querySelector('input[name="__RequestVerificationToken"]')?.value
      ?? document.querySelector('input[name="__RequestVerificationToken"]')?.value;
  }

  // The server renders and sanitizes (the same code as the theme); only the newest answer is shown.
  function initMarkdownPreview(textarea) {
    const preview = document.getElementById(textarea.dataset.preview);
    const url = textarea.dataset.previewUrl;
    const token = antiforgeryToken(textarea);
    if (!preview || !url || !token) return;
    let timer = 0;
    let latest = 0;
    textarea.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const request = ++latest;
        const body = new URLSearchParams({ markdown: textarea.value, __RequestVerificationToken: token });
        try {
          const response = await fetch(url, { method: 'POST', body, credentials: 'same-origin' });
          if (response.ok && request === latest) preview.innerHTML = await response.text();
        } catch {
          // Offline or signed out: the last preview stays; saving still works.
        }
      }, 400);
    });
  }

  // Rich text: the textarea stays the form's value; a contenteditable area edits it and writes back.
  const linkPattern = /^(https?:\/\/|mailto:|tel:)/i;
  const safeUrl = /^(https?:|mailto:|tel:|\/(?![/\\])|#)/i;
  const dropped = 'script,style,iframe,frame,object,embed,link,meta,base,form,input,button,textarea,select,svg,math,template';

  // A first pass only, so nothing active runs in the admin: the server sanitizes what is saved.
  function cleanInto(target, html) {
    const doc = new DOMParser().parseFromString(html || '', 'text/html');
    doc.body.querySelectorAll(dropped).forEach((node) => node.remove());
    doc.body.querySelectorAll('*').forEach((element) => {
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        const isUrl = name === 'href' || name === 'src' || name.endsWith(':href') || name === 'action' || name === 'formaction';
        if (name.startsWith('on') || name === 'style' || name === 'srcdoc' || (isUrl && !safeUrl.test(attribute.value.trim()))) {
          element.removeAttribute(attribute.name);
        }
      }
    });
    target.replaceChildren(...Array.from(doc.body.childNodes).map((node) => document.importNode(node, true)));
  }

  function attachRichText(textarea) {
    const wrapper = document.createElement('div');
    wrapper.className = 'rte';
    const toolbar = document.createElement('div');
    toolbar.className = 'rte-toolbar';
    toolbar.setAttribute('role', 'toolbar');
    const labelId = textarea.dataset.label;
    toolbar.setAttribute('aria-label', `Formatting: ${document.getElementById(labelId)?.textContent ?? 'rich text'}`);
    toolbar.setAttribute('aria-controls', textarea.id);
    const area = document.createElement('div');
    area.className = 'rte-area';
    area.contentEditable = 'true';
    area.setAttribute('role', 'textbox');
    area.setAttribute('aria-multiline', 'true');
    if (labelId) area.setAttribute('aria-labelledby', labelId);
    for (const name of ['aria-describedby', 'aria-invalid', 'aria-required']) {
      if (textarea.hasAttribute(name)) area.setAttribute(name, textarea.getAttribute(name));
    }
    const status = document.createElement('p');
    status.className = 'rte-status';
    status.setAttribute('role', 'status');

    let source = false;
    let saved = null;
    const sync = () => {
      const empty = area.textContent.trim() === '' && !area.querySelector('img');
      textarea.value = empty ? '' : area.innerHTML;
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const remember = () => {
      const selection = document.getSelection();
      if (selection && selection.rangeCount > 0 && area.contains(selection.anchorNode)) saved = selection.getRangeAt(0).cloneRange();
    };
    const exec = (command, value) => {
      area.focus();
      if (saved) {
        const selection = document.getSelection();
        selection.removeAllRanges();
        selection.addRange(saved);
      }
      document.execCommand(command, false, value);
      sync();
    };
    const block = (tag) => exec('formatBlock', String(document.queryCommandValue('formatBlock')).toLowerCase() === tag ? 'p' : tag);
    const link = () => {
      const url = (window.prompt('Link address: https://…, mailto:… or tel:…', 'https://') ?? '').trim();
      if (!url || url === 'https://') return;
      if (!linkPattern.test(url)) {
        status.textContent = 'Only http, https, mailto and tel links are allowed.';
        return;
      }
      status.textContent = '';
      exec('createLink', url);
    };

    const buttons = [];
    const add = (text, run, className) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = text;
      if (className) button.className = className;
      button.tabIndex = buttons.length === 0 ? 0 : -1;
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', () => run(button));
      toolbar.append(button);
      buttons.push(button);
      return button;
    };
    add('Bold', () => exec('bold'), 'rte-bold');
    add('Italic', () => exec('italic'), 'rte-italic');
    add('Heading 2', () => block('h2'));
    add('Heading 3', () => block('h3'));
    add('Bulleted list', () => exec('insertUnorderedList'));
    add('Numbered list', () => exec('insertOrderedList'));
    add('Link', link);
    add('Remove link', () => exec('unlink'));
    add('Undo', () => exec('undo'));
    add('Redo', () => exec('redo'));
    const sourceButton = add('HTML source', () => {
      source = !source;
      if (source) sync(); else cleanInto(area, textarea.value);
      textarea.hidden = !source;
      area.hidden = source;
      sourceButton.setAttribute('aria-pressed', String(source));
      buttons.filter((b) => b !== sourceButton).forEach((b) => { b.disabled = source; });
      (source ? textarea : area).focus();
      if (!source) sync();
    });
    sourceButton.setAttribute('aria-pressed', 'false');

    // One tab stop for the toolbar; arrow keys, Home and End move between its buttons.
    toolbar.addEventListener('keydown', (event) => {
      const enabled = buttons.filter((b) => !b.disabled);
      const index = enabled.indexOf(document.activeElement);
      const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: enabled.length - 1 }[event.key];
      if (index < 0 || next === undefined) return;
      event.preventDefault();
      const target = enabled[(next + enabled.length) % enabled.length];
      buttons.forEach((b) => { b.tabIndex = b === target ? 0 : -1; });
      target.focus();
    });

    area.addEventListener('input', sync);
    area.addEventListener('keyup', remember);
    area.addEventListener('mouseup', remember);
    area.addEventListener('blur', remember);
    area.addEventListener('paste', (event) => {
      const html = event.clipboardData?.getData('text/html');
      if (!html) return;
      event.preventDefault();
      const box = document.createElement('div');
      cleanInto(box, html);
      document.execCommand('insertHTML', false, box.innerHTML);
    });
    document.getElementById(labelId)?.addEventListener('click', (event) => {
      if (!source) {
        event.preventDefault();
        area.focus();
      }
    });
    textarea.form?.addEventListener('submit', () => { if (!source) sync(); });

    cleanInto(area, textarea.value);
    textarea.hidden = true;
    textarea.before(wrapper);
    wrapper.append(toolbar, status, area, textarea);
  }

  // A running recipe check or import: the server's words for its step, items and time, read every second
  // (RecipeJobEndpoints); once it has finished, the page is loaded again to show its outcome.
  function initJobProgress(panel) {
    const url = panel.dataset.jobProgress;
    const step = panel.querySelector('[data-job-step]');
    const bar = panel.querySelector('progress');
    const items = panel.querySelector('[data-job-items]');
    const elapsed = panel.querySelector('[data-job-elapsed]');
    const poll = async () => {
      try {
        const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, cache: 'no-store' });
        const json = (response.headers.get('content-type') || '').includes('json');
        if (!response.ok || !json) {
          location.reload();
          return;
        }

        const job = await response.json();
        if (job.state !== 'running') {
          location.reload();
          return;
        }

        if (step.textContent !== job.step) step.textContent = job.step;
        if (job.itemsTotal > 0) {
          bar.max = job.itemsTotal;
          bar.value = job.itemsDone;
        } else {
          bar.removeAttribute('value');
        }
        bar.textContent = job.items;
        items.textContent = job.items;
        elapsed.textContent = job.elapsed;
      } catch {
        // Offline for a moment: try again at the next tick.
      }
      setTimeout(poll, 1000);
    };
    setTimeout(poll, 1000);
  }

  document.execCommand('defaultParagraphSeparator', false, 'p');
  document.execCommand('styleWithCSS', false, false);

  document.querySelectorAll('[data-count-for]').forEach(initCounter);
  document.querySelectorAll('[data-slug-preview-for]').forEach(initSlugPreview);
  document.querySelectorAll('input[data-picker-search]').forEach(initPickerSearch);
  document.querySelectorAll('textarea[data-editor="markdown"]').forEach(initMarkdownPreview);
  document.querySelectorAll('textarea[data-editor="html"]').forEach(attachRichText);
  document.querySelectorAll('[data-job-progress]').forEach(initJobProgress);
})();
