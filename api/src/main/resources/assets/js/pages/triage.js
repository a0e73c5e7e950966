// Officer triage queue: ranked flagged narratives, keyboard triage, bulk actions, filters, live updates.
import {get, request} from '../api.js';
import {h, mount, button, field, options} from '../dom.js';
import {sparkline} from '../charts.js';
import {category, language, ranked, timeToTarget, number, CATEGORY_NAMES} from '../format.js';
import {moveCase, bulkMove, askReason, describeError} from '../triage-actions.js';

const POLL_MS = 5000;
const STATES = [['', 'Open (all undecided and active)'], ['new', 'New'], ['acknowledged', 'Acknowledged'],
  ['monitoring', 'Monitoring'], ['responding', 'Responding'], ['dismissed', 'Dismissed'], ['closed', 'Closed']];
const SEVERITIES = [['', 'Any severity'], ['critical', 'Critical'], ['high', 'High'], ['medium', 'Medium'],
  ['low', 'Low']];

export async function render(main, {setTitle, announce, navigate, user, query}) {
  setTitle('Triage queue');
  const canAct = user.role === 'officer' || user.role === 'admin';
  const state = {cases: [], narratives: new Map(), selected: new Set(), focusId: null, fingerprint: null};

  const filters = {
    state: h('select', {id: 'filter-state'}, options(STATES, query.get('state') || '')),
    severity: h('select', {id: 'filter-severity'}, options(SEVERITIES, '')),
    category: h('select', {id: 'filter-category'},
      options([['', 'Any category'], ...Object.entries(CATEGORY_NAMES)], '')),
    language: h('select', {id: 'filter-language'}, options([['', 'Any language']], '')),
    neighbourhood: h('select', {id: 'filter-neighbourhood'}, options([['', 'Any neighbourhood']], '')),
    overdue: h('input', {type: 'checkbox', id: 'filter-overdue'}),
  };
  const live = h('p', {class: 'live', id: 'live-status'}, 'Live: checking for changes every 5 seconds.');
  const message = h('p', {class: 'message', id: 'triage-message', role: 'status'});
  const selectAll = h('input', {type: 'checkbox', id: 'select-all', 'aria-label': 'Select all shown cases'});
  const selectedCount = h('span', {id: 'selected-count'}, '0 selected');
  const body = h('tbody', {id: 'queue-body'});
  const table = h('table', {class: 'queue', id: 'queue', 'aria-describedby': 'keyboard-help-summary'},
    h('caption', {class: 'visually-hidden'}, 'Flagged narratives by priority'),
    h('thead', {}, h('tr', {},
      h('th', {scope: 'col'}, canAct ? selectAll : h('span', {class: 'visually-hidden'}, 'Selection')),
      ['Priority', 'Narrative', 'Severity', 'State', 'Categories', 'Languages', 'Neighbourhoods', 'Velocity',
        'Time to target', 'Actions'].map(text => h('th', {scope: 'col'}, text)))),
    body);

  const bulkBar = h('div', {class: 'bulk', role: 'group', 'aria-label': 'Bulk actions', id: 'bulk-bar'},
    selectedCount,
    button('Acknowledge', () => bulk('acknowledged'), {id: 'bulk-acknowledge'}),
    button('Monitor', () => bulk('monitoring'), {id: 'bulk-monitor'}),
    button('Dismiss…', () => bulk('dismissed'), {id: 'bulk-dismiss'}),
    button('Close', () => bulk('closed'), {id: 'bulk-close'}));

  const filterForm = h('form', {class: 'filters', id: 'triage-filters', on: {submit: e => e.preventDefault(),
    change: event => { if (event.target === filters.state || event.target === filters.overdue) load(); else draw(); }}},
  field('State', filters.state).wrap, field('Severity', filters.severity).wrap,
  field('Category', filters.category).wrap, field('Language', filters.language).wrap,
  field('Neighbourhood', filters.neighbourhood).wrap,
  h('div', {class: 'field checkbox'}, filters.overdue, h('label', {for: 'filter-overdue'}, 'Overdue only')));

  const help = h('details', {class: 'help', id: 'keyboard-help'},
    h('summary', {id: 'keyboard-help-summary'}, 'Keyboard: ↑/↓ or j/k move, Enter opens, a acknowledge, m monitor, ' +
      'r respond, d dismiss, x select'),
    h('ul', {}, ['↑ / ↓ or j / k: previous / next narrative', 'Enter or o: open the narrative',
      'a: acknowledge', 'm: monitor', 'r: respond (opens the messenger suggestions)',
      'd: dismiss with a reason', 'x: select for a bulk action', 'Shift+A: select all shown'].map(t => h('li', {}, t))));

  main.append(h('h1', {}, 'Triage queue'), live, filterForm, help, canAct ? bulkBar : '', message,
    h('div', {class: 'table-wrap'}, table));

  selectAll.addEventListener('change', () => {
    visible().forEach(c => selectAll.checked ? state.selected.add(c.id) : state.selected.delete(c.id));
    draw();
  });

  function visible() {
    return state.cases.filter(c => {
      const n = state.narratives.get(c.narrativeId);
      if (filters.severity.value && c.severity !== filters.severity.value) return false;
      if (!n) return !filters.category.value && !filters.language.value && !filters.neighbourhood.value;
      if (filters.category.value && !(filters.category.value in (n.harmMix || {}))) return false;
      if (filters.language.value && !(filters.language.value in (n.languages || {}))) return false;
      if (filters.neighbourhood.value && !(filters.neighbourhood.value in (n.neighbourhoods || {}))) return false;
      return true;
    });
  }

  function refillSelect(select, values, first, labelOf) {
    const current = select.value;
    mount(select, options([['', first], ...values.map(v => [v, labelOf(v)])], current));
  }

  async function load() {
    try {
      const [queue, flagged] = await Promise.all([
        get('/api/triage', {state: filters.state.value, overdue: filters.overdue.checked, pageSize: 200}),
        get('/api/narratives', {flagged: 'true', pageSize: 100})]);
      state.cases = queue.hits;
      state.narratives = new Map(flagged.hits.map(item => [item.narrative.narrativeId, item.narrative]));
      const all = [...state.narratives.values()];
      refillSelect(filters.language, [...new Set(all.flatMap(n => Object.keys(n.languages || {})))].sort(),
        'Any language', language);
      refillSelect(filters.neighbourhood, [...new Set(all.flatMap(n => Object.keys(n.neighbourhoods || {})))].sort(),
        'Any neighbourhood', v => v);
      const ids = new Set(state.cases.map(c => c.id));
      [...state.selected].forEach(id => { if (!ids.has(id)) state.selected.delete(id); });
      draw();
    } catch (error) {
      message.textContent = `Could not load the queue: ${describeError(error)}`;
    }
  }

  function draw() {
    const shown = visible();
    const hadFocus = body.contains(document.activeElement);
    mount(body, shown.length ? shown.map(row) : h('tr', {}, h('td', {colspan: '11', class: 'empty'},
      'No case matches these filters.')));
    selectedCount.textContent = `${state.selected.size} selected`;
    selectAll.checked = shown.length > 0 && shown.every(c => state.selected.has(c.id));
    const target = body.querySelector(`tr[data-case="${CSS.escape(state.focusId || '')}"]`)
      || body.querySelector('tr[data-case]');
    if (target) {
      target.setAttribute('tabindex', '0');
      if (hadFocus) target.focus();
    }
  }

  function row(c) {
    const n = state.narratives.get(c.narrativeId);
    const due = timeToTarget(c.targetAt);
    const label = n ? n.label : c.label;
    const checkbox = h('input', {type: 'checkbox', class: 'select', 'aria-label': `Select ${label}`,
      props: {checked: state.selected.has(c.id)}, on: {change: e => {
        e.target.checked ? state.selected.add(c.id) : state.selected.delete(c.id);
        selectedCount.textContent = `${state.selected.size} selected`;
      }}});
    const actions = canAct ? h('div', {class: 'row-actions'},
      c.state === 'new' ? button('Acknowledge', () => act(c, 'acknowledged'), {class: 'small act-acknowledge'}) : '',
      ['new', 'acknowledged'].includes(c.state) ? button('Monitor', () => act(c, 'monitoring'),
        {class: 'small act-monitor'}) : '',
      ['new', 'acknowledged', 'monitoring'].includes(c.state) ? button('Respond', () => act(c, 'responding'),
        {class: 'small act-respond'}) : '',
      ['new', 'acknowledged', 'monitoring'].includes(c.state) ? button('Dismiss…', () => act(c, 'dismissed'),
        {class: 'small act-dismiss'}) : '') : '';
    const tr = h('tr', {dataset: {case: c.id, narrative: c.narrativeId}, tabindex: '-1',
      class: [c.overdue ? 'overdue' : '', state.selected.has(c.id) ? 'is-selected' : ''],
      'aria-label': `${label}, ${c.severity}, ${c.state}`,
      on: {keydown: event => keys(event, c), focus: () => { state.focusId = c.id; }}},
    h('td', {}, canAct ? checkbox : ''),
    h('td', {class: 'num'}, number(c.priority * 100, 0)),
    h('td', {}, h('a', {href: `#/narratives/${encodeURIComponent(c.narrativeId)}`, class: 'narrative-link'}, label)),
    h('td', {}, h('span', {class: ['badge', `sev-${c.severity}`]}, c.severity)),
    h('td', {}, h('span', {class: ['state', `state-${c.state}`]}, c.state)),
    h('td', {}, n ? chips(ranked(n.harmMix).filter(([k]) => k !== 'offensive').slice(0, 3).map(([k]) => category(k)))
      : '—'),
    h('td', {}, n ? chips(ranked(n.languages).slice(0, 4).map(([k]) => k)) : '—'),
    h('td', {}, n ? chips(ranked(n.neighbourhoods).slice(0, 3).map(([k]) => k)) : '—'),
    h('td', {}, n ? h('span', {class: 'velocity'}, sparkline(n.volumeSeries, {label:
      `Volume of ${label}: ${number(n.metrics.velocity, 1)} posts an hour, baseline ${number(n.metrics.baselineVelocity, 1)}`}),
    h('span', {class: 'rate'}, `${number(n.metrics.velocity, 1)}/h`)) : '—'),
    h('td', {class: due.overdue ? 'overdue-text' : ''}, ['new', 'acknowledged'].includes(c.state) ? due.text : 'decided'),
    h('td', {}, actions));
    return tr;
  }

  function chips(values) {
    return h('ul', {class: 'chips'}, values.map(v => h('li', {}, v)));
  }

  function keys(event, c) {
    if (event.target.tagName === 'INPUT' || event.target.tagName === 'BUTTON' || event.target.tagName === 'A') {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    }
    const rows = [...body.querySelectorAll('tr[data-case]')];
    const index = rows.indexOf(event.currentTarget);
    const go = next => {
      if (!rows[next]) return;
      rows.forEach(r => r.setAttribute('tabindex', '-1'));
      rows[next].setAttribute('tabindex', '0');
      rows[next].focus();
    };
    const key = event.key;
    if (key === 'ArrowDown' || key === 'j') go(index + 1);
    else if (key === 'ArrowUp' || key === 'k') go(index - 1);
    else if (key === 'Enter' || key === 'o') navigate(`narratives/${encodeURIComponent(c.narrativeId)}`);
    else if (!canAct) return;
    else if (key === 'a') act(c, 'acknowledged');
    else if (key === 'm') act(c, 'monitoring');
    else if (key === 'r') act(c, 'responding');
    else if (key === 'd') act(c, 'dismissed');
    else if (key === 'x') {
      state.selected.has(c.id) ? state.selected.delete(c.id) : state.selected.add(c.id);
      draw();
    } else if (key === 'A') {
      visible().forEach(v => state.selected.add(v.id));
      draw();
    } else return;
    event.preventDefault();
  }

  async function act(c, target) {
    state.focusId = c.id;
    let reason = null;
    if (target === 'dismissed') {
      reason = await askReason(`Dismiss “${c.label}”`);
      if (reason === null) return refocus();
    }
    try {
      const moved = await moveCase(c, target, reason);
      announce(`${c.label}: ${moved.state}`);
      message.textContent = `“${c.label}” is now ${moved.state}.`;
      if (target === 'responding') {
        navigate(`narratives/${encodeURIComponent(c.narrativeId)}?assign=1`);
        return;
      }
      await load();
    } catch (error) {
      message.textContent = describeError(error);
      announce(message.textContent, true);
      await load();
    }
    refocus();
  }

  async function bulk(target) {
    const chosen = state.cases.filter(c => state.selected.has(c.id));
    if (!chosen.length) {
      message.textContent = 'Select cases first (x on a row, or the checkboxes).';
      return;
    }
    let reason = null;
    if (target === 'dismissed') {
      reason = await askReason(`Dismiss ${chosen.length} cases`);
      if (reason === null) return;
    }
    try {
      const result = await bulkMove(chosen, target, reason);
      message.textContent = `${result.moved} of ${chosen.length} cases moved to ${target}.` +
        (result.failed.length ? ` Not moved: ${result.failed.join('; ')}` : '');
      announce(message.textContent);
      state.selected.clear();
    } catch (error) {
      message.textContent = describeError(error);
    }
    await load();
  }

  function refocus() {
    const target = body.querySelector(`tr[data-case="${CSS.escape(state.focusId || '')}"]`);
    if (target) target.focus();
  }

  async function poll() {
    try {
      const pulse = await get('/api/dashboard/pulse');
      if (state.fingerprint !== null && pulse.fingerprint !== state.fingerprint) {
        await load();
        announce('The triage queue was updated.');
      }
      state.fingerprint = pulse.fingerprint;
      live.textContent = `Live: ${pulse.openCases} open cases, ${pulse.overdueCases} overdue. ` +
        `Last checked ${new Date().toLocaleTimeString('en-GB')}.`;
    } catch (error) {
      live.textContent = `Live updates paused: ${error.message}`;
    }
  }

  await load();
  await poll();
  const timer = setInterval(poll, POLL_MS);
  return () => clearInterval(timer);
}
