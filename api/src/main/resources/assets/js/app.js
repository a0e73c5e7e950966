// The dashboard shell: sign-in, role-based navigation and a hash router (#/triage, #/narratives/<id>, …).
import {currentSession, onSessionChange, signOut, get, request} from './api.js';
import {h, mount, button, options} from './dom.js';
import {t, applyLanguage, isSupported, label, LANGUAGES, currentLanguage} from './i18n.js';
import {setTimeZone, timeZone} from './format.js';

const ROUTES = [
  {path: 'login', page: () => import('./pages/login.js'), roles: null},
  {path: 'triage', page: () => import('./pages/triage.js'), roles: ['officer', 'admin', 'analyst'],
    nav: () => t('nav.triage')},
  {path: 'narratives/:id', page: () => import('./pages/narrative.js'), roles: ['officer', 'admin', 'analyst']},
  {path: 'inbox', page: () => import('./pages/inbox.js'), roles: ['messenger'], nav: () => t('nav.inbox')},
  {path: 'search', page: () => import('./pages/search.js'), roles: ['analyst', 'officer', 'admin'],
    nav: () => t('nav.search')},
  {path: 'map', page: () => import('./pages/map.js'), roles: ['officer', 'analyst', 'admin'], nav: () => t('nav.map')},
  {path: 'partner', page: () => import('./pages/partner.js'), roles: ['partner'], nav: () => t('nav.partner')},
  {path: 'admin/:section', page: () => import('./pages/admin.js'), roles: ['admin'], nav: () => t('nav.admin'),
    navPath: 'admin/users'},
];

const HOME = {officer: 'triage', analyst: 'search', messenger: 'inbox', admin: 'triage', partner: 'partner'};
const NAV_ORDER = {officer: ['triage', 'map', 'search'], analyst: ['search', 'map', 'triage'],
  messenger: ['inbox'], partner: ['partner'], admin: ['triage', 'map', 'search', 'admin/:section']};

let cleanup = null;
let renderToken = 0;
// the signed-in user's own settings (GET /api/users/me), read once per session
let profile = null;
let profileToken = null;
const LANGUAGE_KEY = 'bellwether.language';

/** The signed-in user's settings, loaded once per session; null when signed out or unreadable. */
async function settings(sessionValue) {
  if (!sessionValue) {
    profile = null;
    profileToken = null;
    return null;
  }
  if (profileToken !== sessionValue.token) {
    profileToken = sessionValue.token;
    profile = await get('/api/users/me').catch(() => null);
    // a messenger who chose no language here reads the dashboard in the language of their messenger profile
    if (profile && !profile.language && sessionValue.user.role === 'messenger') {
      profile.fallbackLanguage = (await get('/api/messengers/me').catch(() => null))?.preferredLanguage || null;
    }
  }
  return profile;
}

/** The page's language: ?lang= for this view, else the user's setting, else the last one chosen here, else the browser's. */
function chooseLanguage(query, sessionValue) {
  const asked = query.get('lang') || new URLSearchParams(location.search).get('lang');
  if (isSupported(asked)) return asked;
  if (profile && isSupported(profile.language)) return profile.language;
  if (sessionValue && isSupported(sessionValue.user.language)) return sessionValue.user.language;
  if (profile && isSupported(profile.fallbackLanguage)) return profile.fallbackLanguage;
  const stored = localStorage.getItem(LANGUAGE_KEY);
  if (isSupported(stored)) return stored;
  return navigator.language;
}

/** Saves the user's language and time zone (null keeps the city's zone) and re-renders the page in them. */
export async function saveSettings(language, zone) {
  localStorage.setItem(LANGUAGE_KEY, language);
  if (currentSession()) {
    profile = (await request('/api/users/me', {method: 'PUT', body: {language, timeZone: zone ?? null}})).data;
  }
  route();
}

/** Says something to screen readers (polite), or as an alert. */
export function announce(message, urgent = false) {
  const region = document.getElementById(urgent ? 'alert' : 'status');
  region.textContent = '';
  setTimeout(() => { region.textContent = message; }, 50);
}

export function navigate(path) {
  if (location.hash === `#/${path}`) route();
  else location.hash = `#/${path}`;
}

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, queryString] = raw.split('?');
  return {path: decodeURIComponent(path || ''), query: new URLSearchParams(queryString || '')};
}

function match(path) {
  for (const route of ROUTES) {
    const names = [];
    const pattern = new RegExp('^' + route.path.replace(/:[a-z]+/g, m => { names.push(m.slice(1)); return '([^/]+)'; })
      + '$');
    const found = pattern.exec(path);
    if (found) return {route, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(found[i + 1])]))};
  }
  return null;
}

function renderChrome(sessionValue, activePath) {
  const nav = document.getElementById('nav');
  const who = document.getElementById('who');
  if (!sessionValue) {
    mount(nav);
    mount(who);
    return;
  }
  const role = sessionValue.user.role;
  const items = NAV_ORDER[role].map(path => ROUTES.find(r => r.path === path)).filter(r => r && r.nav);
  mount(nav, h('ul', {}, items.map(route => {
    const target = route.navPath || route.path;
    const current = activePath.split('/')[0] === target.split('/')[0];
    return h('li', {}, h('a', {href: `#/${target}`, 'aria-current': current ? 'page' : null,
      id: `nav-${target.split('/')[0]}`}, route.nav()));
  })));
  mount(who, h('span', {class: 'user', id: 'signed-in-as', dataset: {user: sessionValue.user.username}},
    `${sessionValue.user.displayName} (${label('role', role)})`), settingsMenu(),
  button(t('nav.signOut'), async () => { await signOut(); navigate('login'); }, {id: 'sign-out', class: 'quiet'}));
}

/** The user's own settings in the header: language and time zone. */
function settingsMenu() {
  const language = h('select', {id: 'settings-language'}, options(Object.entries(LANGUAGES), currentLanguage()));
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zone = h('input', {type: 'text', id: 'settings-zone', list: 'settings-zones', autocomplete: 'off',
    spellcheck: 'false', value: profile?.timeZoneChosen ? profile.timeZone : '',
    placeholder: profile?.cityTimeZone || 'UTC'});
  const status = h('p', {class: 'message small', role: 'status', id: 'settings-status'});
  return h('details', {class: 'settings', id: 'settings'}, h('summary', {}, t('settings.title')),
    h('form', {class: 'settings-form', on: {submit: async event => {
      event.preventDefault();
      try {
        await saveSettings(language.value, zone.value.trim() || null);
      } catch (error) {
        status.textContent = t('settings.failed', {reason: error.message});
      }
    }}},
    h('div', {class: 'field'}, h('label', {for: 'settings-language'}, t('settings.language')), language),
    h('div', {class: 'field'}, h('label', {for: 'settings-zone'}, t('settings.timeZone')), zone,
      h('span', {class: 'hint'}, t('settings.timeZoneHint', {zone: profile?.cityTimeZone || 'UTC'}))),
    h('datalist', {id: 'settings-zones'}, zones.map(z => h('option', {value: z}))),
    status, h('button', {type: 'submit', class: 'small', id: 'settings-save'}, t('settings.save'))));
}

/**
 * Puts an empty main in place of the page shown and returns it. Each view draws into a main of its own, so a page
 * left before its render finished draws into one no longer shown; and no style carries over (pages style their own
 * view, e.g. the phone layout).
 */
function freshMain() {
  const shown = document.getElementById('main');
  const view = shown.cloneNode(false);
  view.className = '';
  shown.replaceWith(view);
  return view;
}

async function route() {
  const token = ++renderToken;
  if (cleanup) {
    try { cleanup(); } catch { /* a page's cleanup must not block navigation */ }
    cleanup = null;
  }
  const sessionValue = currentSession();
  let {path, query} = parseHash();
  if (!sessionValue && path !== 'login') {
    location.replace(`#/login${path ? `?next=${encodeURIComponent(path)}` : ''}`);
    return;
  }
  if (sessionValue && (path === '' || path === 'login')) path = HOME[sessionValue.user.role];
  await settings(sessionValue);
  if (token !== renderToken) return;
  applyLanguage(chooseLanguage(query, sessionValue));
  setTimeZone(profile?.timeZone || 'UTC');
  document.getElementById('skip-link').textContent = t('nav.skip');
  document.getElementById('nav').setAttribute('aria-label', t('nav.main'));
  const found = match(path);
  renderChrome(sessionValue, path);
  if (!found) {
    mount(freshMain(), h('h1', {tabindex: '-1'}, t('error.notFound')), h('p', {}, t('error.notFoundText')));
    document.title = `${t('error.notFound')} · Bellwether`;
    return;
  }
  if (found.route.roles && !found.route.roles.includes(sessionValue.user.role)) {
    mount(freshMain(), h('h1', {tabindex: '-1'}, t('error.notForRole')), h('p', {}, t('error.notForRoleText')),
      h('p', {}, h('a', {href: `#/${HOME[sessionValue.user.role]}`}, t('error.home'))));
    document.title = `${t('error.notForRole')} · Bellwether`;
    return;
  }
  const module = await found.route.page();
  if (token !== renderToken) return;
  const view = freshMain();
  const context = {
    params: found.params, query, user: sessionValue && sessionValue.user, announce, navigate, timeZone,
    setLanguage: code => saveSettings(code, profile?.timeZoneChosen ? profile.timeZone : null),
    setTitle: title => { document.title = `${title} · Bellwether`; },
    isCurrent: () => token === renderToken,
  };
  try {
    const done = await module.render(view, context) || null;
    // a page left before its render finished stops its own timers; the page shown now keeps its cleanup
    if (token !== renderToken) {
      if (done) done();
      return;
    }
    cleanup = done;
  } catch (error) {
    if (token !== renderToken) return;
    mount(view, h('h1', {tabindex: '-1'}, t('error.failed')), h('p', {class: 'error'}, error.message));
  }
  if (token === renderToken) {
    const heading = view.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({preventScroll: false});
    }
  }
}

// Content-Security-Policy violations are reported to the server by the browser; keep a copy for the page too.
window.addEventListener('securitypolicyviolation', event => {
  console.warn('CSP violation', event.violatedDirective, event.blockedURI);
});

onSessionChange(value => { if (!value && parseHash().path !== 'login') navigate('login'); });
window.addEventListener('hashchange', route);
route();
