/* Banan Park CMS admin: the media field's enhancements. The editor works without this script (paths typed
   into "Add", positions, Remove boxes); with it, files are chosen from the library in a dialog
   (GET /admin/media/list), uploaded in place (POST /admin/media/upload, per-file progress and refusals),
   moved up and down and removed at once. Everything is built with DOM calls: no server text becomes markup. */
(() => {
  'use strict';

  const token = (element) => element.closest('form')?.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';
  const el = (tag, props = {}, ...children) => {
    const node = Object.assign(document.createElement(tag), props);
    children.forEach((c) => node.append(c));
    return node;
  };

  function initField(root) {
    const prefix = root.dataset.mediaField;
    const multiple = root.dataset.multiple === 'true';
    const withText = root.dataset.mediaText === 'true';
    const altRequired = root.dataset.altRequired === 'true';
    const list = root.querySelector('.media-field-items');
    const empty = root.querySelector('.media-field-empty');
    const status = root.querySelector('.media-upload-status');
    const actions = root.querySelector('[data-media-actions]');
    actions.hidden = false;
    let counter = 0;

    const renumber = () => {
      list.querySelectorAll('.media-field-position').forEach((input, i) => { input.value = String(i + 1); });
      empty.hidden = list.children.length > 0;
    };

    const addMoveButtons = (item) => {
      const row = item.querySelector('.media-field-row-actions');
      const path = item.dataset.path;
      const up = el('button', { type: 'button', className: 'link-button', textContent: 'Move up' });
      const down = el('button', { type: 'button', className: 'link-button', textContent: 'Move down' });
      const remove = el('button', { type: 'button', className: 'link-button', textContent: 'Remove now' });
      [up, down, remove].forEach((b) => b.setAttribute('aria-label', `${b.textContent}: ${path}`));
      up.addEventListener('click', () => { if (item.previousElementSibling) list.insertBefore(item, item.previousElementSibling); renumber(); up.focus(); });
      down.addEventListener('click', () => { if (item.nextElementSibling) list.insertBefore(item.nextElementSibling, item); renumber(); down.focus(); });
      remove.addEventListener('click', () => { item.remove(); renumber(); root.querySelector('[data-media-pick]').focus(); });
      row.append(up, down, remove);
    };

    // A chosen file as the server renders it (MediaFieldEditor), from the list/upload JSON.
    const add = (asset) => {
      if ([...list.children].some((li) => li.dataset.path === asset.path)) return;
      if (!multiple) list.replaceChildren();
      const id = `${root.closest('fieldset')?.querySelector('legend')?.id ?? 'media'}-new-${counter++}`;
      const item = el('li', { className: 'media-field-item' });
      item.dataset.path = asset.path;
      item.append(el('input', { type: 'hidden', name: `${prefix}.Paths`, value: asset.path }));
      item.append(el('input', { type: 'hidden', name: `${prefix}.Anchors`, value: '' }));
      if (asset.thumbnailUrl) {
        const img = el('img', { className: 'media-thumb', src: asset.thumbnailUrl, alt: '', loading: 'lazy' });
        // The thumbnail fits a 240 px box; its size is set so nothing moves while it loads.
        if (asset.width && asset.height) {
          const scale = Math.min(240 / asset.width, 240 / asset.height);
          img.width = Math.max(1, Math.round(asset.width * scale));
          img.height = Math.max(1, Math.round(asset.height * scale));
        }
        item.append(img);
      } else {
        item.append(el('span', { className: 'media-thumb media-thumb-none', textContent: 'PDF' }));
      }
      const body = el('div', { className: 'media-field-item-body' }, el('p', { className: 'media-field-path' }, el('code', { textContent: asset.path })));
      if (withText) {
        const label = el('label', { htmlFor: `${id}-text`, textContent: 'Alternative text' });
        if (altRequired) label.append(el('span', { className: 'required-mark', textContent: ' (required)' }));
        const input = el('input', { id: `${id}-text`, name: `${prefix}.MediaTexts`, type: 'text', maxLength: 500, value: '' });
        // Empty: the library's own alternative text counts until the editor writes one for this use.
        input.placeholder = asset.altTexts?.[''] ?? '';
        if (altRequired) input.setAttribute('aria-required', 'true');
        body.append(label, input);
      } else {
        body.append(el('input', { type: 'hidden', name: `${prefix}.MediaTexts`, value: '' }));
      }
      const position = el('input', { id: `${id}-position`, className: 'media-field-position', name: `${prefix}.Position`, type: 'number', min: 1, step: 1 });
      body.append(el('div', { className: 'media-field-row-actions' }, el('label', { htmlFor: position.id, textContent: 'Position' }), position));
      item.append(body);
      list.append(item);
      addMoveButtons(item);
      renumber();
    };

    list.querySelectorAll('.media-field-item').forEach(addMoveButtons);
    root.querySelector('[data-media-pick]').addEventListener('click', () => openPicker(root, add));

    const upload = root.querySelector('[data-media-upload]');
    upload.addEventListener('change', () => {
      [...upload.files].forEach((file) => uploadFile(file, '', token(root), status, add));
      upload.value = '';
    });
  }

  // One XHR per file, so each shows its own progress and its own refusal.
  function uploadFile(file, folder, antiforgery, status, done) {
    const progress = el('progress', { max: 100, value: 0 });
    const line = el('li', {}, el('span', { textContent: `${file.name} ` }), progress);
    status.append(line);
    const data = new FormData();
    data.append('files', file, file.name);
    data.append('folder', folder);
    data.append('__RequestVerificationToken', antiforgery);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/admin/media/upload');
    xhr.setRequestHeader('RequestVerificationToken', antiforgery);
    xhr.upload.addEventListener('progress', (e) => { if (e.lengthComputable) progress.value = Math.round((e.loaded / e.total) * 100); });
    const fail = (message) => { line.className = 'media-upload-refused'; line.replaceChildren(`${file.name}: ${message}`); };
    xhr.addEventListener('load', () => {
      let result;
      try { result = JSON.parse(xhr.responseText); } catch { result = null; }
      const first = result?.results?.[0] ?? result;
      if (xhr.status >= 200 && xhr.status < 300 && first?.asset) {
        line.className = 'media-upload-done';
        line.replaceChildren(`${file.name}: uploaded as ${first.asset.path}`);
        done(first.asset);
      } else {
        fail(first?.refusal?.message ?? first?.message ?? result?.detail ?? `the upload failed (${xhr.status}).`);
      }
    });
    xhr.addEventListener('error', () => fail('the connection failed; try again.'));
    xhr.send(data);
  }

  // The picker: a dialog with a search box and one page of thumbnails at a time.
  function openPicker(root, choose) {
    const search = el('input', { type: 'search', id: 'media-picker-q', placeholder: 'Name or alternative text' });
    const grid = el('ul', { className: 'media-grid media-picker-grid' });
    const more = el('button', { type: 'button', className: 'button button-secondary', textContent: 'More', hidden: true });
    const note = el('p', { className: 'muted', role: 'status' });
    const close = el('button', { type: 'button', className: 'button button-secondary', textContent: 'Close' });
    const dialog = el('dialog', { className: 'media-picker' },
      el('h2', { textContent: 'Choose from the media library' }),
      el('div', { className: 'picker-search-row' }, el('label', { htmlFor: search.id, className: 'visually-hidden', textContent: 'Search' }), search),
      note, grid, el('div', { className: 'media-picker-actions' }, more, close));
    dialog.setAttribute('aria-label', 'Choose from the media library');
    const folders = el('ul', { className: 'media-picker-folders' });
    grid.before(folders);
    let page = 1;
    let folder = '';
    let timer = 0;
    const load = async (reset) => {
      if (reset) { page = 1; grid.replaceChildren(); }
      note.textContent = 'Loading…';
      try {
        const query = new URLSearchParams({ folder, q: search.value.trim(), page: String(page) });
        const response = await fetch(`/admin/media/list?${query}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
        if (!response.ok) throw new Error(String(response.status));
        const result = await response.json();
        const items = result.items ?? [];
        if (reset) {
          folders.replaceChildren();
          const go = (path, label) => {
            const button = el('button', { type: 'button', className: 'link-button', textContent: label });
            button.addEventListener('click', () => { folder = path; load(true); });
            folders.append(el('li', {}, button));
          };
          if (folder) go(folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '', '↑ Up a folder');
          (result.folders ?? []).forEach((f) => go(f.path, `${f.name} (${f.fileCount})`));
        }
        items.forEach((asset) => {
          const img = asset.thumbnailUrl ? el('img', { src: asset.thumbnailUrl, alt: '', loading: 'lazy' }) : el('span', { className: 'media-thumb-none', textContent: 'PDF' });
          const button = el('button', { type: 'button', className: 'media-picker-item' }, img, el('span', { textContent: asset.path }));
          button.addEventListener('click', () => { choose(asset); if (!(root.dataset.multiple === 'true')) dialog.close(); });
          grid.append(el('li', {}, button));
        });
        const shown = grid.children.length;
        note.textContent = result.total ? `${shown} of ${result.total} shown` : 'Nothing found.';
        more.hidden = shown >= (result.total ?? 0);
      } catch {
        note.textContent = 'The library could not be read; try again.';
      }
    };
    search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => load(true), 250); });
    more.addEventListener('click', () => { page++; load(false); });
    close.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => dialog.remove());
    document.body.append(dialog);
    dialog.showModal();
    search.focus();
    load(true);
  }

  document.querySelectorAll('[data-media-field]').forEach(initField);
})();
