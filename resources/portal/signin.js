// Signing in: an invitation link, or a sign-in link asked for by email; what to do when a
// link has expired or was used.
import { portal, setCsrf } from './api.js';
import { focusFirst, h, notice, show } from './dom.js';

export async function redeemInvitation(token, navigate) {
  show(h('p', { class: 'loading' }, 'Signing you in…'));
  try {
    const signIn = await portal.redeem(token);
    setCsrf(signIn.csrf_token);
    // The token is spent: take it out of the address bar and the history.
    navigate(`/portal/c/${signIn.conversation_id}`, { replace: true });
  } catch (error) {
    history.replaceState(null, '', '/portal/');
    linkProblem(token, error);
  }
}

function linkProblem(token, error) {
  const expired = error.code === 'invitation_expired' || error.code === 'invitation_used';
  const heading = error.code === 'invitation_used' ? 'This link has been used'
    : error.code === 'invitation_expired' ? 'This link has expired' : 'This link does not work';
  const status = h('div', { class: 'status-area' });
  const ask = h('button', { type: 'button', class: 'primary', onclick: async () => {
    ask.disabled = true;
    try {
      await portal.renew(token);
      status.replaceChildren(notice('A fresh link is on its way to your email. It works once, ' +
        'for a limited time.', 'success'));
    } catch (failure) {
      ask.disabled = false;
      status.replaceChildren(notice(failure.message, 'error'));
    }
  } }, 'Email me a fresh link');
  const main = show(h('section', { class: 'card narrow', 'aria-labelledby': 'problem-title' },
    h('h1', { id: 'problem-title' }, heading),
    h('p', {}, error.message),
    expired ? ask : null,
    status,
    h('hr'),
    signInForm()));
  focusFirst(main, 'h1');
  main.querySelector('h1').setAttribute('tabindex', '-1');
  main.querySelector('h1').focus();
}

function signInForm() {
  const status = h('div', { class: 'status-area' });
  const email = h('input', { id: 'email', type: 'email', name: 'email', required: true,
    autocomplete: 'email', inputmode: 'email' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Email me a sign-in link');
  const form = h('form', { class: 'stack', onsubmit: async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      await portal.signInLink(email.value);
      status.replaceChildren(notice('If this address belongs to a client of the firm, a sign-in ' +
        'link is on its way. Open it on this device.', 'success'));
    } catch (error) {
      status.replaceChildren(notice(error.message, 'error'));
    } finally {
      submit.disabled = false;
    }
  } },
  h('label', { for: 'email' }, 'Your email address'),
  email, submit, status);
  return form;
}

export function signInPage(message) {
  const main = show(h('section', { class: 'card narrow', 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title' }, 'Sign in to your client portal'),
    message ? notice(message, 'info') : null,
    h('p', {}, 'Open the link from the firm’s latest email, or ask for a new sign-in link. ' +
      'There is no password to remember.'),
    signInForm()));
  focusFirst(main, 'input');
}
