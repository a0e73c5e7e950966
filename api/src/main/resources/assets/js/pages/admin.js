// Admin: users and roles, messengers, playbooks, sources and watchlists, retention, audit log.
import {h} from '../dom.js';
import {t} from '../i18n.js';

const SECTIONS = [
  ['users', () => import('./admin-users.js')],
  ['messengers', () => import('./admin-messengers.js')],
  ['playbooks', () => import('./admin-playbooks.js')],
  ['sources', () => import('./admin-sources.js')],
  ['retention', () => import('./admin-retention.js')],
  ['audit', () => import('./admin-audit.js')],
];

export async function render(main, context) {
  const section = SECTIONS.find(([id]) => id === context.params.section) || SECTIONS[0];
  const title = t('admin.title', {section: t(`admin.section.${section[0]}`)});
  context.setTitle(title);
  main.append(h('h1', {}, title),
    h('nav', {class: 'tabs', 'aria-label': t('admin.sections')}, h('ul', {}, SECTIONS.map(([id]) =>
      h('li', {}, h('a', {href: `#/admin/${id}`, id: `admin-tab-${id}`,
        'aria-current': id === section[0] ? 'page' : null}, t(`admin.section.${id}`)))))));
  const body = h('div', {class: 'admin-body', id: `admin-${section[0]}`});
  main.append(body);
  const module = await section[1]();
  return module.render(body, context);
}
