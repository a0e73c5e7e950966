// The JSON API client: bearer token from sign-in, problem+json errors, ETag/If-Match for versioned writes.

const TOKEN_KEY = 'bellwether.session';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || problem?.message || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** Field messages of a 400, as "field: message" strings. */
  get fieldMessages() {
    return (this.problem.errors || []).map(e => (e.field ? `${e.field}: ` : '') + e.message);
  }
}

let session = readSession();
const listeners = new Set();

function readSession() {
  try {
    const stored = JSON.parse(sessionStorage.getItem(TOKEN_KEY) || 'null');
    if (stored && stored.token && Date.parse(stored.expiresAt) > Date.now()) return stored;
  } catch {
    // a damaged entry is the same as none
  }
  sessionStorage.removeItem(TOKEN_KEY);
  return null;
}

export function currentSession() {
  return session;
}

export function onSessionChange(listener) {
  listeners.add(listener);
}

function setSession(value) {
  session = value;
  if (value) sessionStorage.setItem(TOKEN_KEY, JSON.stringify(value));
  else sessionStorage.removeItem(TOKEN_KEY);
  listeners.forEach(listener => listener(value));
}

export async function signIn(username, password) {
  const response = await request('/api/auth/login', {method: 'POST', body: {username, password}, anonymous: true});
  setSession({token: response.data.token, expiresAt: response.data.expiresAt, user: response.data.user});
  return session;
}

export async function signOut() {
  try {
    if (session) await request('/api/auth/logout', {method: 'POST'});
  } catch {
    // the token may already be gone; signing out locally is what matters
  }
  setSession(null);
}

/**
 * One API call. Returns {status, data, etag}. Throws ApiError for any status >= 400; a 401 also ends the session.
 * Options: method, body (JSON unless a string with contentType), etag (sent as If-Match), query (object).
 */
export async function request(path, options = {}) {
  const headers = {'Accept': options.accept || 'application/json'};
  if (session && !options.anonymous) headers['Authorization'] = `Bearer ${session.token}`;
  if (options.etag !== undefined && options.etag !== null) headers['If-Match'] = options.etag;
  let body;
  if (options.body !== undefined) {
    if (typeof options.body === 'string') {
      body = options.body;
      headers['Content-Type'] = options.contentType || 'text/plain';
    } else {
      body = JSON.stringify(options.body);
      headers['Content-Type'] = 'application/json';
    }
  }
  const response = await fetch(withQuery(path, options.query), {
    method: options.method || 'GET', headers, body, credentials: 'omit', cache: 'no-store', redirect: 'error'});
  const type = response.headers.get('Content-Type') || '';
  let data = null;
  if (response.status !== 204) {
    data = type.includes('json') ? await response.json().catch(() => null) : await response.text();
  }
  if (response.status === 401 && session && !options.anonymous) setSession(null);
  if (response.status >= 400) throw new ApiError(response.status, typeof data === 'object' ? data : {detail: data});
  return {status: response.status, data, etag: response.headers.get('ETag'), headers: response.headers};
}

export const get = (path, query) => request(path, {query}).then(r => r.data);

/** The query string of an object, without empty values. */
export function withQuery(path, query) {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}

/** Downloads an authenticated API resource as a file (the link carries no token, the request does). */
export async function download(path, query, fallbackName) {
  const headers = session ? {'Authorization': `Bearer ${session.token}`} : {};
  const response = await fetch(withQuery(path, query), {headers, credentials: 'omit', cache: 'no-store'});
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new ApiError(response.status, problem);
  }
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="([^"]+)"/.exec(disposition);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = match ? match[1] : fallbackName;
  anchor.hidden = true;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return {name: anchor.download, size: blob.size, rows: response.headers.get('X-Total-Count')};
}
