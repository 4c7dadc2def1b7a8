// Resumable uploads with tus 1.0.0 (the server's /api/v1/uploads/): create, then PATCH the
// file in 5 MB pieces; when a piece fails (connection dropped), ask the server where it
// stands (HEAD) and go on from there, a few times with a growing pause.
import { csrf } from './api.js';

const PieceBytes = 5 * 1024 * 1024;
const Retries = 8;

function base64(text) {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

function request(method, url, headers, body, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('Tus-Resumable', '1.0.0');
    xhr.setRequestHeader('X-CSRF-Token', csrf());
    if (onProgress) xhr.upload.onprogress = (event) => onProgress(event.loaded);
    xhr.onload = () => resolve(xhr);
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(body);
  });
}

function failure(xhr) {
  let message = `The upload failed (${xhr.status}).`;
  try {
    message = JSON.parse(xhr.responseText).error.message || message;
  } catch { /* not JSON */ }
  return new Error(message);
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Uploads file; onProgress(sentBytes). Resolves with the upload's id.
export async function upload(file, onProgress) {
  const created = await request('POST', '/api/v1/uploads/', {
    'Upload-Length': String(file.size),
    'Upload-Metadata': `filename ${base64(file.name)}`,
  }, null);
  if (created.status !== 201) throw failure(created);
  const location = created.getResponseHeader('Location');
  const url = new URL(location, window.location.href).pathname;
  let offset = 0;
  let failures = 0;
  while (offset < file.size) {
    try {
      const piece = file.slice(offset, Math.min(file.size, offset + PieceBytes));
      const start = offset;
      const patched = await request('PATCH', url, {
        'Upload-Offset': String(offset),
        'Content-Type': 'application/offset+octet-stream',
      }, piece, (loaded) => onProgress(start + loaded));
      if (patched.status === 409) throw new Error('offset');
      if (patched.status !== 204) throw failure(patched);
      offset = Number(patched.getResponseHeader('Upload-Offset'));
      failures = 0;
      onProgress(offset);
    } catch (error) {
      if (error.message !== 'network' && error.message !== 'offset') throw error;
      failures += 1;
      if (failures > Retries) {
        throw new Error('The connection keeps dropping: the upload stopped. Try again later; ' +
          'it goes on from where it stopped.');
      }
      await pause(Math.min(8000, 250 * 2 ** failures));
      try {
        const head = await request('HEAD', url, {}, null);
        if (head.status === 200) offset = Number(head.getResponseHeader('Upload-Offset'));
      } catch { /* still offline: try again */ }
    }
  }
  return url.split('/').pop();
}
