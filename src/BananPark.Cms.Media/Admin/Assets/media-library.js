/* Banan Park CMS: the media library screen's enhancements. Every form works without this script; with it,
   files dragged onto the upload box (or chosen in it) go up one request each to /admin/media/upload with their
   own progress bar and refusal message, "select all" ticks a page, and clicking a picture sets its focal point.
   Text from the server is set with textContent, never as markup. */
(() => {
  'use strict';

  const el = (tag, props = {}, ...children) => {
    const node = Object.assign(document.createElement(tag), props);
    children.forEach((c) => node.append(c));
    return node;
  };

  function uploadOne(file, folder, token, list) {
    return new Promise((resolve) => {
      const progress = el('progress', { max: 100, value: 0 });
      progress.setAttribute('aria-label', `Uploading ${file.name}`);
      const line = el('li', {}, el('span', { textContent: `${file.name} ` }), progress);
      list.append(line);
      const data = new FormData();
      data.append('files', file, file.name);
      data.append('folder', folder);
      data.append('__RequestVerificationToken', token);
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/admin/media/upload');
      xhr.setRequestHeader('RequestVerificationToken', token);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.addEventListener('progress', (e) => { if (e.lengthComputable) progress.value = Math.round((e.loaded / e.total) * 100); });
      const refuse = (message) => { line.className = 'media-upload-refused'; line.replaceChildren(`${file.name}: ${message}`); resolve(false); };
      xhr.addEventListener('load', () => {
        let result = null;
        try { result = JSON.parse(xhr.responseText); } catch { /* not JSON: said below */ }
        const first = result?.results?.[0] ?? result;
        if (xhr.status >= 200 && xhr.status < 300 && first?.asset) {
          line.className = 'media-upload-done';
          line.replaceChildren(`${file.name}: uploaded as `, el('a', { href: `/admin/media/item/${first.asset.path.split('/').map(encodeURIComponent).join('/')}`, textContent: first.asset.path }));
          resolve(true);
        } else {
          refuse(first?.refusal?.message ?? first?.message ?? result?.detail ?? `the upload failed (${xhr.status}).`);
        }
      });
      xhr.addEventListener('error', () => refuse('the connection failed; try again.'));
      xhr.send(data);
    });
  }

  function initDropzone(zone) {
    const form = zone.querySelector('form');
    const input = zone.querySelector('input[type=file]');
    const list = zone.querySelector('.media-upload-status');
    const token = form.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';
    const send = async (files) => {
      if (files.length === 0) return;
      list.replaceChildren();
      const results = [];
      // Three at a time: quick for a dozen photos, gentle on the server.
      const queue = [...files];
      const worker = async () => { while (queue.length) results.push(await uploadOne(queue.shift(), zone.dataset.folder ?? '', token, list)); };
      await Promise.all([worker(), worker(), worker()]);
      input.value = '';
      if (results.some(Boolean)) {
        list.append(el('li', {}, el('a', { href: window.location.href, textContent: 'Show the new files' })));
        if (results.every(Boolean)) setTimeout(() => window.location.reload(), 1200);
      }
    };
    form.addEventListener('submit', (event) => { event.preventDefault(); send(input.files); });
    zone.classList.add('media-dropzone');
    ['dragenter', 'dragover'].forEach((type) => zone.addEventListener(type, (event) => { event.preventDefault(); zone.classList.add('dragging'); }));
    ['dragleave', 'drop'].forEach((type) => zone.addEventListener(type, () => zone.classList.remove('dragging')));
    zone.addEventListener('drop', (event) => { event.preventDefault(); send(event.dataTransfer?.files ?? []); });
  }

  function initSelectAll(label) {
    const box = label.querySelector('input');
    const boxes = () => [...document.querySelectorAll('.media-library-grid input[name="paths"]')];
    label.hidden = false;
    box.addEventListener('change', () => boxes().forEach((b) => { b.checked = box.checked; }));
  }

  function initFocal(frame) {
    const img = frame.querySelector('img');
    const marker = frame.querySelector('.media-focal-marker');
    const x = document.querySelector('[data-media-focal-x]');
    const y = document.querySelector('[data-media-focal-y]');
    if (!img || !marker || !x || !y) return;
    document.querySelector('[data-media-focal-hint]')?.removeAttribute('hidden');
    frame.classList.add('media-focal-active');
    const place = () => {
      const fx = Number(x.value || frame.dataset.x || 0.5);
      const fy = Number(y.value || frame.dataset.y || 0.5);
      marker.style.left = `${Math.min(1, Math.max(0, fx)) * 100}%`;
      marker.style.top = `${Math.min(1, Math.max(0, fy)) * 100}%`;
      marker.hidden = false;
    };
    img.addEventListener('click', (event) => {
      const box = img.getBoundingClientRect();
      x.value = ((event.clientX - box.left) / box.width).toFixed(2);
      y.value = ((event.clientY - box.top) / box.height).toFixed(2);
      place();
    });
    [x, y].forEach((input) => input.addEventListener('input', place));
    place();
  }

  document.querySelectorAll('[data-media-dropzone]').forEach(initDropzone);
  document.querySelectorAll('[data-media-select-all]').forEach(initSelectAll);
  document.querySelectorAll('[data-media-focal]').forEach(initFocal);
})();
