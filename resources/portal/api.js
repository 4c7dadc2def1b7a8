// The portal's calls to parley-server: JSON, the session cookie (HttpOnly, sent by the
// browser), and the CSRF token on every request that changes something.
let csrfToken = '';

export function setCsrf(token) {
  csrfToken = token || '';
}

export function csrf() {
  return csrfToken;
}

export class ApiError extends Error {
  constructor(status, body) {
    const error = (body && body.error) || {};
    super(error.message || `The server answered ${status}.`);
    this.status = status;
    this.code = error.code || 'network_error';
    this.details = error;
  }
}

export async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, { error: { code: 'network_error',
      message: 'The portal cannot be reached. Check your connection and try again.' } });
  }
  const text = await response.text();
  const json = text ? JSON.parse(text) : {};
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

export const portal = {
  redeem: (token) => call('POST', '/api/v1/portal/invitations/redeem', { token }),
  renew: (token) => call('POST', '/api/v1/portal/invitations/renew', { token }),
  signInLink: (email) => call('POST', '/api/v1/portal/sign-in-link', { email }),
  me: () => call('GET', '/api/v1/portal/me'),
  signOut: () => call('POST', '/api/v1/portal/sign-out', {}),
  conversations: () => call('GET', '/api/v1/portal/conversations'),
  messages: (id) => call('GET', `/api/v1/portal/conversations/${id}/messages?limit=200`),
  send: (id, message) => call('POST', `/api/v1/portal/conversations/${id}/messages`, message),
  read: (id, messageId) =>
    call('POST', `/api/v1/portal/conversations/${id}/read`, { message_id: messageId }),
  sendCode: (id) => call('POST', `/api/v1/portal/conversations/${id}/mfa/code`, {}),
  verifyCode: (id, code) =>
    call('POST', `/api/v1/portal/conversations/${id}/mfa/verify`, { code }),
};
