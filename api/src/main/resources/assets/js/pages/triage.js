// Officer triage queue: ranked flagged narratives, keyboard triage, bulk actions, filters, live updates.
import {get, request} from '../api.js';
import {h, mount, button, field, options} from '../dom.js';
import {sparkline} from '../charts.js';
import {category, language, ranked, target, number, categoryOptions, locale, timeZone} from '../format.js';
import {t, label} from '../i18n.js';
import {moveCase, bulkMove, askReason, describeError, SEVERITIES} from '../triage-actions.js';

const POLL_MS = 5000;
const STATES = ['new', 'acknowledged', 'monitoring', 'responding', 'dismissed', 'closed'];

export async function render(main, {setTitle, announce, navigate, user, query}) {
  setTitle(t('triage.title'));
  const canAct = user.role === 'officer' || user.role === 'admin';
  const state = {cases: [], narratives: new Map(), selected: new Set(), focusId: null, fingerprint: null};

  const filters = {
    state: h('select', {id: 'filter-state'}, options([['', t('triage.openCases')],
      ...STATES.map(v => [v, label('triageState', v)])], query.get('state') || '')),
    severity: h('select', {id: 'filter-severity'}, options([['', t('triage.anySeverity')],
      ...SEVERITIES.map(v => [v, label('severity', v)])], '')),
    category: h('select', {id: 'filter-category'},
      options([['', t('common.anyCategory')], ...categoryOptions()], '')),
    language: h('select', {id: 'filter-language'}, options([['', t('common.anyLanguage')]], '')),
    neighbourhood: h('select', {id: 'filter-neighbourhood'}, options([['', t('common.anyNeighbourhood')]], '')),
    overdue: h('input', {type: 'checkbox', id: 'filter-overdue'}),
  };
  const live = h('p', {class: 'live', id: 'live-status'}, t('triage.liveChecking'));
  const message = h('p', {class: 'message', id: 'triage-message', role: 'status'});
  const selectAll = h('input', {type: 'checkbox', id: 'select-all', 'aria-label': t('triage.selectAll')});
  const selectedCount = h('span', {id: 'selected-count'}, t('triage.selected', {count: 0}));
  const body = h('tbody', {id: 'queue-body'});
  const table = h('table', {class: 'queue', id: 'queue', 'aria-describedby': 'keyboard-help-summary'},
    h('caption', {class: 'visually-hidden'}, t('triage.caption')),
    h('thead', {}, h('tr', {},
      h('th', {scope: 'col'}, canAct ? selectAll : h('span', {class: 'visually-hidden'}, t('triage.selection'))),
      ['priority', 'narrative', 'severity', 'state', 'categories', 'languages', 'neighbourhoods', 'velocity',
        'target', 'actions'].map(key => h('th', {scope: 'col'}, t(`triage.column.${key}`))))),
    body);

  const bulkBar = h('div', {class: 'bulk', role: 'group', 'aria-label': t('triage.bulkActions'), id: 'bulk-bar'},
    selectedCount,
    button(t('triage.acknowledge'), () => bulk('acknowledged'), {id: 'bulk-acknowledge'}),
    button(t('triage.acknowledgeAndMonitor'), () => bulk('monitoring'), {id: 'bulk-monitor'}),
    button(t('triage.dismiss'), () => bulk('dismissed'), {id: 'bulk-dismiss'}),
    button(t('triage.close'), () => bulk('closed'), {id: 'bulk-close'}));

  const filterForm = h('form', {class: 'filters', id: 'triage-filters', on: {submit: e => e.preventDefault(),
    change: event => { if (event.target === filters.state || event.target === filters.overdue) load(); else draw(); }}},
  field(t('common.state'), filters.state).wrap, field(t('common.severity'), filters.severity).wrap,
  field(t('common.category'), filters.category).wrap, field(t('common.language'), filters.language).wrap,
  field(t('common.neighbourhood'), filters.neighbourhood).wrap,
  h('div', {class: 'field checkbox'}, filters.overdue, h('label', {for: 'filter-overdue'}, t('triage.overdueOnly'))));

  const help = h('details', {class: 'help', id: 'keyboard-help'},
    h('summary', {id: 'keyboard-help-summary'}, t('triage.keys.summary')),
    h('ul', {}, ['move', 'open', 'acknowledge', 'monitor', 'respond', 'dismiss', 'select', 'selectAll']
      .map(key => h('li', {}, t(`triage.keys.${key}`)))));

  main.append(h('h1', {}, t('triage.title')), live, filterForm, help, canAct ? bulkBar : '', message,
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
        t('common.anyLanguage'), language);
      refillSelect(filters.neighbourhood, [...new Set(all.flatMap(n => Object.keys(n.neighbourhoods || {})))].sort(),
        t('common.anyNeighbourhood'), v => v);
      const ids = new Set(state.cases.map(c => c.id));
      [...state.selected].forEach(id => { if (!ids.has(id)) state.selected.delete(id); });
      draw();
    } catch (error) {
      message.textContent = t('triage.loadFailed', {reason: describeError(error)});
    }
  }

  function draw() {
    const shown = visible();
    const hadFocus = body.contains(document.activeElement);
    mount(body, shown.length ? shown.map(row) : h('tr', {}, h('td', {colspan: '11', class: 'empty'},
      t('triage.noMatch'))));
    selectedCount.textContent = t('triage.selected', {count: state.selected.size});
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
    const undecided = ['new', 'acknowledged'].includes(c.state);
    const due = undecided || c.decidedAt ? target(c.targetAt, undecided ? null : c.decidedAt) : {text: '—', overdue: false};
    const name = n ? n.label : c.label;
    const checkbox = h('input', {type: 'checkbox', class: 'select', 'aria-label': t('triage.selectOne', {label: name}),
      props: {checked: state.selected.has(c.id)}, on: {change: e => {
        e.target.checked ? state.selected.add(c.id) : state.selected.delete(c.id);
        selectedCount.textContent = t('triage.selected', {count: state.selected.size});
      }}});
    const actions = canAct ? h('div', {class: 'row-actions'},
      c.state === 'new' ? button(t('triage.acknowledge'), () => act(c, 'acknowledged'), {class: 'small act-acknowledge'}) : '',
      ['new', 'acknowledged'].includes(c.state) ? button(t(c.state === 'new' ? 'triage.acknowledgeAndMonitor'
        : 'triage.monitor'), () => act(c, 'monitoring'), {class: 'small act-monitor'}) : '',
      ['new', 'acknowledged', 'monitoring'].includes(c.state) ? button(t(c.state === 'new'
        ? 'triage.acknowledgeAndRespond' : 'triage.respond'), () => act(c, 'responding'),
      {class: 'small act-respond'}) : '',
      ['new', 'acknowledged', 'monitoring'].includes(c.state) ? button(t('triage.dismiss'), () => act(c, 'dismissed'),
        {class: 'small act-dismiss'}) : '') : '';
    const tr = h('tr', {dataset: {case: c.id, narrative: c.narrativeId}, tabindex: '-1',
      class: [c.overdue ? 'overdue' : '', state.selected.has(c.id) ? 'is-selected' : ''],
      'aria-label': `${name}, ${label('severity', c.severity)}, ${label('triageState', c.state)}`,
      on: {keydown: event => keys(event, c), focus: () => { state.focusId = c.id; }}},
    h('td', {}, canAct ? checkbox : ''),
    h('td', {class: 'num'}, number(c.priority * 100, 0)),
    h('td', {}, h('a', {href: `#/narratives/${encodeURIComponent(c.narrativeId)}`, class: 'narrative-link', dir: 'auto'},
      name)),
    h('td', {}, h('span', {class: ['badge', `sev-${c.severity}`], dataset: {severity: c.severity}},
      label('severity', c.severity))),
    h('td', {}, h('span', {class: ['state', `state-${c.state}`], dataset: {state: c.state}},
      label('triageState', c.state))),
    h('td', {}, n ? chips(ranked(n.harmMix).filter(([k]) => k !== 'offensive').slice(0, 3).map(([k]) => category(k)))
      : '—'),
    h('td', {}, n ? chips(ranked(n.languages).slice(0, 4).map(([k]) => language(k))) : '—'),
    h('td', {}, n ? chips(ranked(n.neighbourhoods).slice(0, 3).map(([k]) => k)) : '—'),
    h('td', {}, n ? h('span', {class: 'velocity'}, sparkline(n.volumeSeries, {label: t('triage.velocityLabel',
      {label: name, velocity: number(n.metrics.velocity, 1), baseline: number(n.metrics.baselineVelocity, 1)})}),
    h('span', {class: 'rate'}, t('common.perHourShort', {value: number(n.metrics.velocity, 1)}))) : '—'),
    h('td', {class: ['target', due.overdue ? 'overdue-text' : '']}, due.text),
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
      reason = await askReason(t('triage.dismissOne', {label: c.label}));
      if (reason === null) return refocus();
    }
    try {
      const moved = await moveCase(c, target, reason);
      message.textContent = t('triage.moved', {label: c.label, state: label('triageState', moved.state)});
      announce(message.textContent);
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
      message.textContent = t('triage.selectFirst');
      return;
    }
    let reason = null;
    if (target === 'dismissed') {
      reason = await askReason(t('triage.dismissMany', {count: chosen.length}));
      if (reason === null) return;
    }
    try {
      const result = await bulkMove(chosen, target, reason);
      message.textContent = t('triage.bulkMoved', {moved: result.moved, count: chosen.length,
        state: label('triageState', target)}) + (result.failed.length
        ? ` ${t('triage.notMoved', {reasons: result.failed.join('; ')})}` : '');
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
        announce(t('triage.updated'));
      }
      state.fingerprint = pulse.fingerprint;
      live.textContent = t('triage.live', {open: number(pulse.openCases), overdue: number(pulse.overdueCases),
        time: new Date().toLocaleTimeString(locale(), {timeZone: timeZone(), hour: '2-digit', minute: '2-digit',
          second: '2-digit'})});
    } catch (error) {
      live.textContent = t('triage.livePaused', {reason: error.message});
    }
  }

  await load();
  await poll();
  const timer = setInterval(poll, POLL_MS);
  return () => clearInterval(timer);
}
