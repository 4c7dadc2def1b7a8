// The client portal: plain ES modules, no build step. Routes: /portal/invite/<token> (an
// invitation or sign-in link), /portal/ (the dashboard, or signing in), /portal/c/<id> (a
// conversation).
import { portal, setCsrf } from './api.js';
import { conversationPage } from './conversation.js';
import { dashboard } from './dashboard.js';
import { h, notice, show } from './dom.js';
import { redeemInvitation, signInPage } from './signin.js';

let me = null;

function navigate(path, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  route();
}

function chrome() {
  const firm = document.getElementById('firm');
  const logo = document.getElementById('logo');
  const account = document.getElementById('account');
  if (me) {
    firm.textContent = me.firm.name || 'Client portal';
    document.title = `${me.firm.name || 'Client'} portal`;
    logo.onerror = () => { logo.hidden = true; };
    logo.onload = () => { logo.hidden = false; };
    if (!logo.getAttribute('src')) logo.src = me.firm.logo;
    logo.alt = '';
  }
  account.hidden = !me;
}

async function loadMe() {
  try {
    me = await portal.me();
    setCsrf(me.csrf_token);
  } catch (error) {
    me = null;
    if (error.status !== 401) throw error;
  }
  chrome();
}

async function route() {
  const path = window.location.pathname;
  const invite = path.match(/^\/portal\/invite\/([A-Za-z0-9_-]{1,256})$/);
  try {
    if (invite) {
      await redeemInvitation(invite[1], navigate);
      return;
    }
    await loadMe();
    if (!me) {
      signInPage();
      return;
    }
    const conversation = path.match(/^\/portal\/c\/([0-9]{1,18})$/);
    if (conversation) await conversationPage(Number(conversation[1]), me, navigate);
    else await dashboard(navigate);
    document.getElementById('main').focus({ preventScroll: true });
  } catch (error) {
    if (error.status === 401) {
      me = null;
      chrome();
      signInPage('Your session has ended. Sign in again with a new link.');
      return;
    }
    show(h('h1', {}, 'Something went wrong'), notice(error.message, 'error'),
      h('p', {}, h('a', { href: '/portal/' }, 'Back to your conversations')));
  }
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('home-link').addEventListener('click', (event) => {
    event.preventDefault();
    navigate('/portal/');
  });
  document.getElementById('sign-out').addEventListener('click', async () => {
    try {
      await portal.signOut();
    } finally {
      me = null;
      chrome();
      navigate('/portal/', { replace: true });
    }
  });
  window.addEventListener('popstate', route);
  route();
});
