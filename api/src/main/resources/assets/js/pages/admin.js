// Admin: users and roles, messengers, playbooks, sources and watchlists, retention, audit log.
import {h} from '../dom.js';

const SECTIONS = [
  ['users', 'Users and roles', () => import('./admin-users.js')],
  ['messengers', 'Messengers', () => import('./admin-messengers.js')],
  ['playbooks', 'Playbooks', () => import('./admin-playbooks.js')],
  ['sources', 'Sources and watchlist', () => import('./admin-sources.js')],
  ['retention', 'Retention and delivery', () => import('./admin-retention.js')],
  ['audit', 'Audit log', () => import('./admin-audit.js')],
];

export async function render(main, context) {
  const section = SECTIONS.find(([id]) => id === context.params.section) || SECTIONS[0];
  context.setTitle(`Admin: ${section[1]}`);
  main.append(h('h1', {}, `Admin: ${section[1]}`),
    h('nav', {class: 'tabs', 'aria-label': 'Admin sections'}, h('ul', {}, SECTIONS.map(([id, label]) =>
      h('li', {}, h('a', {href: `#/admin/${id}`, id: `admin-tab-${id}`,
        'aria-current': id === section[0] ? 'page' : null}, label))))));
  const body = h('div', {class: 'admin-body', id: `admin-${section[0]}`});
  main.append(body);
  const module = await section[2]();
  return module.render(body, context);
}
