// A conversation: its thread with a reply box and files (Messages), the firm's status
// updates (Status) and its documents (Documents). A protected conversation first asks for
// the code the portal emails.
import { portal } from './api.js';
import { formatSize, formatTime, h, notice, show } from './dom.js';
import { upload } from './upload.js';

const ClientFileBytes = 100 * 1000 * 1000;

export async function conversationPage(id, me, navigate) {
  const { conversations } = await portal.conversations();
  const conversation = conversations.find((c) => c.id === id);
  if (!conversation) {
    show(h('h1', {}, 'Not available'),
      notice('This conversation is not available to you. It may have been closed, or your ' +
        'access removed.', 'error'),
      h('p', {}, h('a', { href: '/portal/' }, 'Back to your conversations')));
    return;
  }
  if (conversation.mfa_pending) {
    mfaPage(conversation, () => conversationPage(id, me, navigate));
    return;
  }
  let page;
  try {
    page = await portal.messages(id);
  } catch (error) {
    if (error.code === 'mfa_required') {
      mfaPage(conversation, () => conversationPage(id, me, navigate));
      return;
    }
    throw error;
  }
  render(conversation, page.messages, me);
}

function mfaPage(conversation, done) {
  const status = h('div', { class: 'status-area' });
  const code = h('input', { id: 'code', name: 'code', inputmode: 'numeric', autocomplete:
    'one-time-code', pattern: '[0-9]{6}', maxlength: '6', required: true, disabled: true });
  const verify = h('button', { type: 'submit', class: 'primary', disabled: true }, 'Open');
  const send = h('button', { type: 'button', onclick: async () => {
    send.disabled = true;
    try {
      await portal.sendCode(conversation.id);
      code.disabled = false;
      verify.disabled = false;
      code.focus();
      status.replaceChildren(notice('We emailed you a 6-digit code. It works for 10 minutes.',
        'success'));
      send.textContent = 'Send a new code';
    } catch (error) {
      status.replaceChildren(notice(error.message, 'error'));
    } finally {
      send.disabled = false;
    }
  } }, 'Email me a code');
  const form = h('form', { class: 'stack', onsubmit: async (event) => {
    event.preventDefault();
    verify.disabled = true;
    try {
      await portal.verifyCode(conversation.id, code.value);
      done();
    } catch (error) {
      verify.disabled = false;
      status.replaceChildren(notice(error.message, 'error'));
      if (error.code !== 'mfa_locked') code.select();
      else {
        code.disabled = true;
        verify.disabled = true;
        send.disabled = true;
      }
    }
  } }, h('label', { for: 'code' }, 'Security code'), code, verify);
  const main = show(h('section', { class: 'card narrow', 'aria-labelledby': 'mfa-title' },
    h('h1', { id: 'mfa-title', tabindex: '-1' }, conversation.title || 'Protected conversation'),
    h('p', {}, 'This conversation is protected. To read it, enter the code we email to you.'),
    send, form, status));
  main.querySelector('h1').focus();
}

function attachmentLinks(attachments) {
  return h('ul', { class: 'files' }, attachments.map((file) => h('li', {},
    file.stopped || !file.sha256
      ? h('span', { class: 'muted' }, `${file.name} (no longer shared)`)
      : h('a', { href: `/api/v1/blobs/${file.sha256}`, download: file.name }, file.name),
    h('span', { class: 'muted' }, ` · ${formatSize(file.size)}`),
    file.mode === 'share' ? h('span', { class: 'badge' }, 'Live document') : null)));
}

function messageItem(message, me) {
  const mine = message.sender_id === me.user.id;
  if (message.kind === 'event') return null;
  return h('li', { class: `message ${mine ? 'mine' : 'theirs'}` },
    h('div', { class: 'meta' },
      h('strong', {}, mine ? 'You' : message.sender_name),
      h('time', { datetime: message.created_at }, ` · ${formatTime(message.created_at)}`),
      message.kind === 'status' ? h('span', { class: 'badge' }, 'Status update') : null),
    message.deleted ? h('p', { class: 'body muted' }, 'This message was deleted.')
      : message.body ? h('p', { class: 'body' }, message.body) : null,
    !message.deleted && message.attachments && message.attachments.length
      ? attachmentLinks(message.attachments) : null);
}

// A closed conversation (the matter closed, or the client cancelled) stays readable.
function closedNotice() {
  return h('p', { class: 'notice', id: 'closed-notice', role: 'status' },
    'This conversation is closed. You can still read everything in it and download its ' +
    'files, but replies can no longer be sent.');
}

function render(conversation, messages, me) {
  const tabs = [
    { id: 'messages', label: 'Messages' },
    { id: 'status', label: 'Status' },
    { id: 'documents', label: 'Documents' },
  ];
  const panels = {};
  const tabButtons = tabs.map((tab, index) => h('button', {
    type: 'button', role: 'tab', id: `tab-${tab.id}`, 'aria-controls': `panel-${tab.id}`,
    'aria-selected': index === 0 ? 'true' : 'false', tabindex: index === 0 ? '0' : '-1',
    onclick: () => select(tab.id),
    onkeydown: (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = tabs[(index + step + tabs.length) % tabs.length];
      select(next.id);
      document.getElementById(`tab-${next.id}`).focus();
    },
  }, tab.label));
  function select(id) {
    for (const tab of tabs) {
      const selected = tab.id === id;
      const button = document.getElementById(`tab-${tab.id}`);
      button.setAttribute('aria-selected', selected ? 'true' : 'false');
      button.tabIndex = selected ? 0 : -1;
      panels[tab.id].hidden = !selected;
    }
  }

  const thread = h('ol', { class: 'thread', 'aria-label': 'Messages' },
    messages.map((message) => messageItem(message, me)));
  panels.messages = h('section', { id: 'panel-messages', role: 'tabpanel',
    'aria-labelledby': 'tab-messages' }, thread,
    conversation.closed ? closedNotice() : composer(conversation, thread, me));

  const updates = messages.filter((m) => m.kind === 'status');
  panels.status = h('section', { id: 'panel-status', role: 'tabpanel',
    'aria-labelledby': 'tab-status', hidden: true },
  updates.length ? h('ol', { class: 'thread' }, [...updates].reverse().map((m) =>
    messageItem(m, me))) : notice('The firm has not posted a status update yet.'));

  const files = new Map();
  for (const message of messages) {
    for (const file of message.attachments || []) {
      // A live document appears once, at its latest version, until sharing stops; copies
      // each time they were sent.
      const key = file.mode === 'share' ? `share-${file.document_id}` : `file-${file.id}`;
      if (file.stopped || !file.sha256) files.delete(key);
      else files.set(key, { file, message });
    }
  }
  const rows = [...files.values()].reverse();
  panels.documents = h('section', { id: 'panel-documents', role: 'tabpanel',
    'aria-labelledby': 'tab-documents', hidden: true },
  rows.length ? h('table', { class: 'documents' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Kind'),
      h('th', { scope: 'col' }, 'Last updated'), h('th', { scope: 'col' }, 'Size'))),
    h('tbody', {}, rows.map(({ file, message }) => h('tr', {},
      h('td', {}, h('a', { href: `/api/v1/blobs/${file.sha256}`, download: file.name },
        file.name)),
      h('td', {}, file.mode === 'share' ? 'Shared, latest version'
        : file.mode === 'copy' ? 'Copy sent to you' : 'Attached'),
      h('td', {}, formatTime(file.updated_at || message.created_at)),
      h('td', {}, formatSize(file.size))))))
    : notice('No documents in this conversation yet.'));

  show(h('p', { class: 'crumbs' }, h('a', { href: '/portal/' }, 'Your conversations'),
    ` › ${conversation.matter.title}`),
  h('h1', {}, conversation.title || 'Conversation with the firm'),
  h('div', { role: 'tablist', 'aria-label': 'Conversation', class: 'tabs' }, tabButtons),
  panels.messages, panels.status, panels.documents);
  const last = [...messages].reverse().find((m) => m.sender_id !== me.user.id && m.kind !== 'event');
  if (last) portal.read(conversation.id, last.id).catch(() => {});
  const end = thread.lastElementChild;
  if (end) end.scrollIntoView({ block: 'end' });
}

function composer(conversation, thread, me) {
  const status = h('div', { class: 'status-area' });
  const text = h('textarea', { id: 'reply', name: 'reply', rows: '4', maxlength: '65518',
    placeholder: 'Write to the firm…' });
  const picker = h('input', { id: 'files', type: 'file', multiple: true, class: 'visually-hidden',
    onchange: () => listChosen() });
  const chosen = h('ul', { class: 'files chosen', 'aria-live': 'polite' });
  let files = [];
  // One id per draft: a send retried after a lost answer is stored once.
  let txn = crypto.randomUUID();
  function listChosen() {
    files = [...picker.files];
    const tooBig = files.filter((f) => f.size > ClientFileBytes);
    chosen.replaceChildren(...files.map((f) => h('li', {}, `${f.name} · ${formatSize(f.size)}`)));
    if (tooBig.length) {
      status.replaceChildren(notice(`Files can be at most 100 MB each: ${tooBig.map((f) =>
        f.name).join(', ')} is too large.`, 'error'));
    } else {
      status.replaceChildren();
    }
  }
  const send = h('button', { type: 'submit', class: 'primary' }, 'Send');
  const form = h('form', { class: 'composer', onsubmit: async (event) => {
    event.preventDefault();
    if (!text.value.trim() && !files.length) {
      status.replaceChildren(notice('Write a message or attach a file first.', 'error'));
      return;
    }
    if (files.some((f) => f.size > ClientFileBytes)) return;
    send.disabled = true;
    try {
      const attachments = [];
      for (const file of files) {
        const bar = h('progress', { max: String(file.size), value: '0',
          'aria-label': `Uploading ${file.name}` });
        const done = h('span', { class: 'muted' });
        status.replaceChildren(h('p', {}, `Uploading ${file.name}… `, done), bar);
        const uploadId = await upload(file, (sent) => {
          bar.value = sent;
          done.textContent = `${formatSize(sent)} of ${formatSize(file.size)}`;
        });
        attachments.push({ mode: 'file', upload_id: uploadId });
      }
      const message = await portal.send(conversation.id, {
        client_txn_id: txn, kind: 'text', body: text.value, attachments,
      });
      thread.append(messageItem(message, me));
      txn = crypto.randomUUID();
      text.value = '';
      picker.value = '';
      files = [];
      chosen.replaceChildren();
      status.replaceChildren(notice('Sent.', 'success'));
      thread.lastElementChild.scrollIntoView({ block: 'end' });
    } catch (error) {
      // The text and the chosen files stay: nothing is lost.
      status.replaceChildren(notice(error.message, 'error'));
    } finally {
      send.disabled = false;
    }
  } },
  h('label', { for: 'reply' }, 'Your reply'), text,
  h('div', { class: 'row' },
    h('label', { for: 'files', class: 'button' }, 'Attach files'), picker, send),
  chosen, status);
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  return form;
}
