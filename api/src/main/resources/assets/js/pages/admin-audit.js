// The audit log, read-only and filterable, with export.
import {get, download} from '../api.js';
import {h, mount, button, field} from '../dom.js';
import {dateTime} from '../format.js';
import {messageLine, problemText} from '../admin-form.js';

const PAGE_SIZE = 50;
const FIELDS = [['actor', 'Actor'], ['action', 'Action', 'e.g. triage.transition, search.export'],
  ['targetType', 'Target type'], ['targetId', 'Target id'], ['from', 'From (UTC date)'], ['to', 'To (UTC date)']];

export async function render(body, {query, navigate}) {
  const message = messageLine('audit-message');
  const inputs = Object.fromEntries(FIELDS.map(([name]) => [name, h('input', {
    type: name === 'from' || name === 'to' ? 'date' : 'text', id: `audit-${name}`, value: query.get(name) || ''})]));
  const page = Number(query.get('page') || 0);
  const filters = () => Object.fromEntries(FIELDS.map(([name]) => [name, inputs[name].value.trim()]).filter(([, v]) => v));
  const go = toPage => navigate(`admin/audit?${new URLSearchParams({...filters(), ...(toPage ? {page: toPage} : {})})}`);
  const form = h('form', {class: 'filters', id: 'audit-filters', on: {submit: e => { e.preventDefault(); go(0); }}},
    FIELDS.map(([name, label, hint]) => field(label, inputs[name], hint).wrap),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, 'Filter'),
      button('Export CSV', () => exportAs('csv'), {id: 'audit-export-csv'}),
      button('Export JSON', () => exportAs('json'), {id: 'audit-export-json'})));
  const table = h('div', {id: 'audit-table'});
  body.append(form, message, table);

  async function exportAs(format) {
    try {
      const file = await download('/api/audit/export', {...filters(), format}, `audit.${format}`);
      message.textContent = `Exported to ${file.name}.`;
    } catch (error) {
      message.textContent = problemText(error);
    }
  }

  const result = await get('/api/audit', {...Object.fromEntries([...query.entries()].filter(([k]) => k !== 'page')),
    page, pageSize: PAGE_SIZE});
  mount(table, h('table', {class: 'compact audit'}, h('caption', {}, `Entries ${page * PAGE_SIZE + 1}–` +
    `${page * PAGE_SIZE + result.hits.length}`),
  h('thead', {}, h('tr', {}, ['When', 'Actor', 'Role', 'Action', 'Target', 'Detail', 'From'].map(t => h('th', {scope: 'col'}, t)))),
  h('tbody', {}, result.hits.map(row => h('tr', {},
    h('td', {}, dateTime(row.at)), h('td', {}, row.actor), h('td', {}, row.role || '—'), h('td', {}, row.action),
    h('td', {}, [row.targetType, row.targetId].filter(Boolean).join(' ') || '—'),
    h('td', {class: 'detail'}, h('code', {}, typeof row.detail === 'string' ? row.detail : JSON.stringify(row.detail))),
    h('td', {}, row.remoteAddr || '—'))))),
  h('nav', {class: 'pager', 'aria-label': 'Audit pages'},
    page > 0 ? button('Newer', () => go(page - 1)) : '',
    result.hits.length === PAGE_SIZE ? button('Older', () => go(page + 1)) : ''));
}
