// The dashboard: the client's matters and their conversations, unread ones in bold.
import { portal } from './api.js';
import { h, notice, show } from './dom.js';

export async function dashboard(navigate) {
  const { conversations } = await portal.conversations();
  const byMatter = new Map();
  for (const conversation of conversations) {
    const key = conversation.matter.id;
    if (!byMatter.has(key)) byMatter.set(key, { matter: conversation.matter, conversations: [] });
    byMatter.get(key).conversations.push(conversation);
  }
  const sections = [...byMatter.values()].map(({ matter, conversations: list }) =>
    h('section', { class: 'card', 'aria-labelledby': `matter-${matter.id}` },
      h('h2', { id: `matter-${matter.id}` }, matter.title,
        matter.number ? h('span', { class: 'muted' }, ` · ${matter.number}`) : null),
      matter.status ? h('p', { class: 'muted' }, `Status: ${matter.status}`) : null,
      h('ul', { class: 'conversations' }, list.map((conversation) => {
        const unread = conversation.unread > 0;
        return h('li', { class: unread ? 'unread' : '' },
          h('a', { href: `/portal/c/${conversation.id}`, onclick: (event) => {
            event.preventDefault();
            navigate(`/portal/c/${conversation.id}`);
          } },
          h('span', { class: 'title' }, conversation.title || 'Conversation with the firm'),
          conversation.require_mfa ? h('span', { class: 'badge lock',
            title: 'Protected: a code is emailed to you to read it' }, 'Protected') : null,
          unread ? h('span', { class: 'badge count' },
            `${conversation.unread} unread`) : null));
      })))
  );
  show(h('h1', {}, 'Your conversations'),
    sections.length ? sections
      : notice('There is nothing here yet. The firm will email you when it writes to you.'));
}
