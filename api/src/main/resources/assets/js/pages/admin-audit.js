// The audit log, read-only and filterable, with export.
import {get, download} from '../api.js';
import {h, mount, button, field} from '../dom.js';
import {when, number} from '../format.js';
import {t} from '../i18n.js';
import {messageLine, problemText} from '../admin-form.js';

const PAGE_SIZE = 50;
const FIELDS = ['actor', 'action', 'targetType', 'targetId', 'from', 'to'];

export async function render(body, {query, navigate}) {
  const message = messageLine('audit-message');
  const inputs = Object.fromEntries(FIELDS.map(name => [name, h('input', {
    type: name === 'from' || name === 'to' ? 'date' : 'text', id: `audit-${name}`, value: query.get(name) || ''})]));
  const page = Number(query.get('page') || 0);
  const filters = () => Object.fromEntries(FIELDS.map(name => [name, inputs[name].value.trim()]).filter(([, v]) => v));
  const go = toPage => navigate(`admin/audit?${new URLSearchParams({...filters(), ...(toPage ? {page: toPage} : {})})}`);
  const form = h('form', {class: 'filters', id: 'audit-filters', on: {submit: e => { e.preventDefault(); go(0); }}},
    FIELDS.map(name => field(t(`audit.field.${name}`), inputs[name],
      name === 'action' ? t('audit.actionHint') : null).wrap),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, t('audit.filter')),
      button(t('search.exportCsv'), () => exportAs('csv'), {id: 'audit-export-csv'}),
      button(t('search.exportJson'), () => exportAs('json'), {id: 'audit-export-json'})));
  const table = h('div', {id: 'audit-table'});
  body.append(form, message, table);

  async function exportAs(format) {
    try {
      const file = await download('/api/audit/export', {...filters(), format}, `audit.${format}`);
      message.textContent = t('audit.exported', {file: file.name});
    } catch (error) {
      message.textContent = problemText(error);
    }
  }

  const result = await get('/api/audit', {...Object.fromEntries([...query.entries()].filter(([k]) => k !== 'page')),
    page, pageSize: PAGE_SIZE});
  mount(table, h('p', {id: 'audit-total'}, t('audit.total', {count: number(result.total)})),
  h('div', {class: 'table-wrap'}, h('table', {class: 'compact audit'}, h('caption', {}, t('audit.entries', {
    from: number(result.hits.length ? page * PAGE_SIZE + 1 : 0), to: number(page * PAGE_SIZE + result.hits.length),
    total: number(result.total)})),
  h('thead', {}, h('tr', {}, ['when', 'actor', 'role', 'action', 'target', 'detail', 'from'].map(key =>
    h('th', {scope: 'col'}, t(`audit.column.${key}`))))),
  h('tbody', {}, result.hits.map(row => h('tr', {},
    h('td', {}, when(row.at)), h('td', {}, row.actor), h('td', {}, row.role || '—'), h('td', {}, row.action),
    h('td', {}, [row.targetType, row.targetId].filter(Boolean).join(' ') || '—'),
    h('td', {class: 'detail'}, h('code', {}, typeof row.detail === 'string' ? row.detail : JSON.stringify(row.detail))),
    h('td', {}, row.remoteAddr || '—')))))),
  h('nav', {class: 'pager', 'aria-label': t('audit.pages')},
    page > 0 ? button(t('audit.newer'), () => go(page - 1)) : '',
    (page + 1) * PAGE_SIZE < result.total ? button(t('audit.older'), () => go(page + 1)) : ''));
}
