// Saved searches beside the search box: the caller's own and the team's, with their matches of the last 24 h,
// "save this search" with an optional alert, each search's alert history, and a query-language help panel.
// Every name and query is user text: it only ever reaches the page as text nodes.
import {get, request, ApiError} from './api.js';
import {h, mount, button, field} from './dom.js';
import {when, number} from './format.js';
import {sparkline} from './charts.js';
import {t} from './i18n.js';

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
      status.textContent = t('saved.saved', {name: body.name});
      announce(status.textContent);
      name.value = '';
      await refresh();
    } catch (e) {
      status.textContent = e instanceof ApiError && e.fieldMessages.length
        ? t('saved.notSaved', {reason: e.fieldMessages.join('; ')}) : t('saved.notSaved', {reason: e.message});
    }
  }}},
  field(t('saved.saveAs'), name).wrap,
  h('div', {class: 'checks'},
    h('label', {}, shared, ` ${t('saved.share')}`),
    h('label', {}, alertMe, ` ${t('saved.alertMe')}`)),
  h('div', {class: 'filter-row alert-rule'}, field(t('saved.atLeast'), minMatches).wrap,
    field(t('saved.within'), windowMinutes).wrap, h('label', {}, openCase, ` ${t('saved.openCase')}`)),
  h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'saved-save'}, t('saved.save'))));

  async function refresh() {
    try {
      const searches = await get('/api/saved-searches');
      mount(list, searches.length ? searches.map(item) : h('li', {class: 'muted small'}, t('saved.none')));
    } catch (e) {
      mount(list, h('li', {class: 'error'}, t('saved.loadFailed', {reason: e.message})));
    }
  }

  function item(search) {
    const rule = search.alert ? (search.alert.type === 'count'
      ? t('saved.ruleCount', {count: number(search.alert.minMatches), minutes: number(search.alert.windowMinutes)})
      : t(search.alert.type === 'first' ? 'saved.ruleFirst' : 'saved.ruleNarrative')) : t('saved.noAlert');
    return h('li', {class: 'saved', dataset: {saved: search.id}},
      button(search.name, () => apply({q: search.query, ...search.filters}), {class: 'link saved-run'}),
      h('span', {class: 'count', title: t('saved.todayTitle')}, ` ${t('saved.today', {count: number(search.matchesLast24h)})}`),
      sparkline((search.matchesByHour || []).map(posts => ({posts})), {width: 96, height: 20,
        label: t('saved.sparkline', {count: number(search.matchesLast24h)})}),
      h('p', {class: 'meta small'}, search.query || t('saved.everyPost'), ' · ', rule,
        search.shared ? ` · ${t('saved.sharedBy', {owner: search.owner})}` : ''),
      h('div', {class: 'actions'},
        button(t('saved.alerts'), () => showAlerts(search), {class: 'quiet saved-alerts'}),
        search.editable ? button(t('saved.delete'), () => remove(search), {class: 'quiet saved-delete'}) : ''));
  }

  async function showAlerts(search) {
    try {
      const alerts = await get(`/api/saved-searches/${encodeURIComponent(search.id)}/alerts`, {pageSize: 20});
      mount(history, h('section', {class: 'alert-history', 'aria-labelledby': 'alert-history-title'},
        h('h3', {id: 'alert-history-title'}, t('saved.alertsOf', {name: search.name, count: number(alerts.total)})),
        alerts.items.length ? h('ol', {class: 'plain', id: 'alert-items'}, alerts.items.map(a => h('li', {},
          when(a.firedAt), `: ${t('saved.matching', {count: number(a.matchCount)})}`,
          a.windowStart ? [` ${t('saved.between')} `, when(a.windowStart), ` ${t('saved.and')} `, when(a.windowEnd)] : '',
          a.narrativeId ? [' · ', h('a', {href: `#/narratives/${encodeURIComponent(a.narrativeId)}`},
            t('search.narrativeLink'))] : ''))) : h('p', {class: 'muted small', id: 'alert-items-none'}, t('saved.noAlerts'))));
    } catch (e) {
      mount(history, h('p', {class: 'error'}, t('saved.alertsFailed', {reason: e.message})));
    }
  }

  async function remove(search) {
    try {
      await request(`/api/saved-searches/${encodeURIComponent(search.id)}`, {method: 'DELETE'});
      status.textContent = t('saved.deleted', {name: search.name});
      announce(status.textContent);
      mount(history);
      await refresh();
    } catch (e) {
      status.textContent = t('saved.notDeleted', {reason: e.message});
    }
  }

  const panel = h('aside', {class: 'saved-searches', 'aria-labelledby': 'saved-title', id: 'saved-panel'},
    h('h2', {id: 'saved-title'}, t('saved.title')), list, saveForm, status, history, queryHelp());
  refresh();
  return panel;
}

/** The query language in brief. */
export function queryHelp() {
  const rows = [
    ['shelter rumour', 'words'], ['"town hall"', 'phrase'], ['flood OR rumour', 'or'], ['migrants NOT shelter', 'not'],
    ['shelt*', 'prefix'], ['weekand~1', 'fuzzy'], ['lang:fr, category:threat, neighbourhood:"old town"', 'field'],
    ['kind:tip', 'kind'], ['harm:[0.8 TO 1]', 'harm'], ['createdAt:[2026-03-14 TO 2026-03-15]', 'period'],
  ];
  return h('details', {class: 'query-help', id: 'query-help'},
    h('summary', {}, t('help.title')),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('help.write')),
      h('th', {scope: 'col'}, t('help.find')))),
    h('tbody', {}, rows.map(([example, meaning]) => h('tr', {}, h('td', {dir: 'ltr'}, h('code', {}, example)),
      h('td', {}, t(`help.${meaning}`)))))),
    h('p', {class: 'small'}, t('help.noAuthors')));
}
