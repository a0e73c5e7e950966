// Saved searches beside the search box: the caller's own and the team's, with their matches of the last 24 h,
// "save this search" with an optional alert, each search's alert history, and a query-language help panel.
// Every name and query is user text: it only ever reaches the page as text nodes.
import {get, request, ApiError} from './api.js';
import {h, mount, button, field} from './dom.js';
import {dateTime, number} from './format.js';
import {sparkline} from './charts.js';

const FILTER_NAMES = ['category', 'lang', 'neighbourhood', 'source'];

/**
 * The saved-searches panel. current() gives the search form's values ({q, lang, category, …});
 * apply(values) runs a saved search on the page.
 */
export function savedSearchPanel({current, apply, announce}) {
  const list = h('ul', {class: 'plain saved-list', id: 'saved-searches'});
  const status = h('p', {class: 'message', role: 'status', id: 'saved-status'});
  const history = h('div', {id: 'alert-history'});
  const name = h('input', {type: 'text', id: 'saved-name', maxlength: '200', autocomplete: 'off'});
  const shared = h('input', {type: 'checkbox', id: 'saved-shared'});
  const alertMe = h('input', {type: 'checkbox', id: 'saved-alert'});
  const minMatches = h('input', {type: 'number', id: 'saved-min', min: '1', max: '100000', value: '20'});
  const windowMinutes = h('input', {type: 'number', id: 'saved-window', min: '1', max: '10080', value: '60'});
  const openCase = h('input', {type: 'checkbox', id: 'saved-case'});

  const saveForm = h('form', {class: 'saved-form', id: 'saved-form', on: {submit: async event => {
    event.preventDefault();
    const values = current();
    const filters = Object.fromEntries(FILTER_NAMES.filter(n => values[n]).map(n => [n, values[n]]));
    const body = {name: name.value.trim(), query: values.q || '', filters, shared: shared.checked};
    if (alertMe.checked) {
      body.alert = {minMatches: Number(minMatches.value), windowMinutes: Number(windowMinutes.value),
        openCase: openCase.checked};
    }
    try {
      await request('/api/saved-searches', {method: 'POST', body});
      status.textContent = `Saved “${body.name}”.`;
      announce(status.textContent);
      name.value = '';
      await refresh();
    } catch (e) {
      status.textContent = e instanceof ApiError && e.fieldMessages.length
        ? `Not saved: ${e.fieldMessages.join('; ')}` : `Not saved: ${e.message}`;
    }
  }}},
  field('Save this search as', name).wrap,
  h('div', {class: 'checks'},
    h('label', {}, shared, ' Share with the team'),
    h('label', {}, alertMe, ' Alert me')),
  h('div', {class: 'filter-row alert-rule'}, field('At least (posts)', minMatches).wrap,
    field('Within (minutes)', windowMinutes).wrap, h('label', {}, openCase, ' Open a triage case')),
  h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'saved-save'}, 'Save search')));

  async function refresh() {
    try {
      const searches = await get('/api/saved-searches');
      mount(list, searches.length ? searches.map(item) : h('li', {class: 'muted small'}, 'No saved searches yet.'));
    } catch (e) {
      mount(list, h('li', {class: 'error'}, `Saved searches could not be loaded: ${e.message}`));
    }
  }

  function item(search) {
    const rule = search.alert ? (search.alert.type === 'count'
      ? `alerts at ${number(search.alert.minMatches)} in ${number(search.alert.windowMinutes)} min`
      : `alerts on ${search.alert.type === 'first' ? 'the first match' : 'a new narrative'}`) : 'no alert';
    return h('li', {class: 'saved', dataset: {saved: search.id}},
      button(search.name, () => apply({q: search.query, ...search.filters}), {class: 'link saved-run'}),
      h('span', {class: 'count', title: 'matching posts in the last 24 hours'}, ` ${number(search.matchesLast24h)} today`),
      sparkline((search.matchesByHour || []).map(posts => ({posts})), {width: 96, height: 20,
        label: `Matches per hour over the last 24 hours, ${number(search.matchesLast24h)} in all`}),
      h('p', {class: 'meta small'}, search.query || '(every post)', ' · ', rule,
        search.shared ? ` · shared by ${search.owner}` : ''),
      h('div', {class: 'actions'},
        button('Alerts', () => showAlerts(search), {class: 'quiet saved-alerts'}),
        search.editable ? button('Delete', () => remove(search), {class: 'quiet saved-delete'}) : ''));
  }

  async function showAlerts(search) {
    try {
      const alerts = await get(`/api/saved-searches/${encodeURIComponent(search.id)}/alerts`, {pageSize: 20});
      mount(history, h('section', {class: 'alert-history', 'aria-labelledby': 'alert-history-title'},
        h('h3', {id: 'alert-history-title'}, `Alerts of “${search.name}” (${number(alerts.total)})`),
        alerts.items.length ? h('ol', {class: 'plain', id: 'alert-items'}, alerts.items.map(a => h('li', {},
          `${dateTime(a.firedAt)}: ${number(a.matchCount)} matching posts`,
          a.windowStart ? ` between ${dateTime(a.windowStart)} and ${dateTime(a.windowEnd)}` : '',
          a.narrativeId ? [' · ', h('a', {href: `#/narratives/${encodeURIComponent(a.narrativeId)}`}, 'narrative')]
            : ''))) : h('p', {class: 'muted small', id: 'alert-items-none'}, 'No alerts yet.')));
    } catch (e) {
      mount(history, h('p', {class: 'error'}, `Alerts could not be loaded: ${e.message}`));
    }
  }

  async function remove(search) {
    try {
      await request(`/api/saved-searches/${encodeURIComponent(search.id)}`, {method: 'DELETE'});
      status.textContent = `Deleted “${search.name}”.`;
      announce(status.textContent);
      mount(history);
      await refresh();
    } catch (e) {
      status.textContent = `Not deleted: ${e.message}`;
    }
  }

  const panel = h('aside', {class: 'saved-searches', 'aria-labelledby': 'saved-title', id: 'saved-panel'},
    h('h2', {id: 'saved-title'}, 'Saved searches'), list, saveForm, status, history, queryHelp());
  refresh();
  return panel;
}

/** The query language in brief. */
export function queryHelp() {
  const rows = [
    ['shelter rumour', 'both words (AND is implied), in any language'],
    ['"town hall"', 'the exact phrase'],
    ['flood OR rumour', 'either word'],
    ['migrants NOT shelter', 'the first without the second (also -shelter)'],
    ['shelt*', 'words starting with shelt'],
    ['weekand~1', 'a word within one letter of weekand'],
    ['lang:fr, category:threat, neighbourhood:"old town"', 'a field (also source, kind, hashtag, entity, url, narrative)'],
    ['kind:tip', 'community tips only (kind:post for posts)'],
    ['harm:[0.8 TO 1]', 'harm score in a range'],
    ['createdAt:[2026-03-14 TO 2026-03-15]', 'posted in a period (UTC)'],
  ];
  return h('details', {class: 'query-help', id: 'query-help'},
    h('summary', {}, 'Query language help'),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Write'), h('th', {scope: 'col'}, 'To find'))),
      h('tbody', {}, rows.map(([example, meaning]) => h('tr', {}, h('td', {}, h('code', {}, example)),
        h('td', {}, meaning))))),
    h('p', {class: 'small'}, 'Authors and accounts cannot be searched: Bellwether searches what is said, never ' +
      'who said it.'));
}
