// The dashboard shell: sign-in, role-based navigation and a hash router (#/triage, #/narratives/<id>, …).
import {currentSession, onSessionChange, signOut} from './api.js';
import {h, mount, button} from './dom.js';

const ROUTES = [
  {path: 'login', page: () => import('./pages/login.js'), roles: null, title: 'Sign in'},
  {path: 'triage', page: () => import('./pages/triage.js'), roles: ['officer', 'admin', 'analyst'],
    nav: 'Triage queue'},
  {path: 'narratives/:id', page: () => import('./pages/narrative.js'), roles: ['officer', 'admin', 'analyst']},
  {path: 'inbox', page: () => import('./pages/inbox.js'), roles: ['messenger'], nav: 'My assignments'},
  {path: 'search', page: () => import('./pages/search.js'), roles: ['analyst', 'officer', 'admin'], nav: 'Search'},
  {path: 'map', page: () => import('./pages/map.js'), roles: ['officer', 'analyst', 'admin'], nav: 'City map'},
  {path: 'admin/:section', page: () => import('./pages/admin.js'), roles: ['admin'], nav: 'Admin',
    navPath: 'admin/users'},
];

const HOME = {officer: 'triage', analyst: 'search', messenger: 'inbox', admin: 'triage'};
const NAV_ORDER = {officer: ['triage', 'map', 'search'], analyst: ['search', 'map', 'triage'],
  messenger: ['inbox'], admin: ['triage', 'map', 'search', 'admin/:section']};

let cleanup = null;
let renderToken = 0;

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
      id: `nav-${target.split('/')[0]}`}, route.nav));
  })));
  mount(who, h('span', {class: 'user', id: 'signed-in-as'}, `${sessionValue.user.displayName} (${role})`),
    button('Sign out', async () => { await signOut(); navigate('login'); }, {id: 'sign-out', class: 'quiet'}));
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
  const found = match(path);
  const main = document.getElementById('main');
  renderChrome(sessionValue, path);
  if (!found) {
    mount(main, h('h1', {tabindex: '-1'}, 'Not found'), h('p', {}, 'There is no page here.'));
    return;
  }
  if (found.route.roles && !found.route.roles.includes(sessionValue.user.role)) {
    mount(main, h('h1', {tabindex: '-1'}, 'Not for your role'),
      h('p', {}, 'Your role does not include this page.'));
    return;
  }
  const module = await found.route.page();
  if (token !== renderToken) return;
  mount(main);
  const context = {
    params: found.params, query, user: sessionValue && sessionValue.user, announce, navigate,
    setTitle: title => { document.title = `${title} · Bellwether`; },
    isCurrent: () => token === renderToken,
  };
  try {
    cleanup = await module.render(main, context) || null;
  } catch (error) {
    if (token !== renderToken) return;
    mount(main, h('h1', {tabindex: '-1'}, 'Something went wrong'), h('p', {class: 'error'}, error.message));
  }
  if (token === renderToken) {
    const heading = main.querySelector('h1');
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
