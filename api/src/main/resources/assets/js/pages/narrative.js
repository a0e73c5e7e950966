// One narrative: what it says, how fast it grows, where, why it was flagged, and who could answer it.
import {get, request, ApiError} from '../api.js';
import {h, mount, button, outsideLink} from '../dom.js';
import {volumeChart, dataTable} from '../charts.js';
import {loadCity, drawCity} from '../citymap.js';
import {category, language, ranked, number, percent, when, shortTime, target, langAttr, external} from '../format.js';
import {t, label} from '../i18n.js';
import {moveCase, askReason, describeError} from '../triage-actions.js';
import {suggestionsSection} from './suggestions.js';
import {networkSection} from './narrative-network.js';
import {openCaseButton} from './narrative-open-case.js';

// what to say on a narrative's page once it has been drawn again after an action there (drawing it again replaces
// the message line), and the case the action opened: {id, text, caseId}
let afterReload = null;

export async function render(main, context) {
  const {params, setTitle, user, announce, query} = context;
  const id = params.id;
  const canAct = user.role === 'officer' || user.role === 'admin';
  let detail;
  try {
    detail = await get(`/api/narratives/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      main.append(h('h1', {}, t('narrative.notFound')), h('p', {}, t('narrative.notFoundText')));
      return;
    }
    throw error;
  }
  const n = detail.narrative;
  setTitle(n.label);
  const after = afterReload?.id === id ? afterReload : null;
  afterReload = null;
  // narrative reads may show a case's state up to a second old (or miss a case just opened here); the triage
  // endpoint is always current
  const caseId = detail.triage?.caseId ?? after?.caseId;
  if (caseId) {
    const current = (await get(`/api/triage/${caseId}`)).triageCase;
    detail.triage = {caseId: current.id, state: current.state, severity: current.severity, targetAt: current.targetAt,
      overdue: current.overdue, decidedAt: current.decidedAt, version: current.version};
  }
  const [timeline, city, posts] = await Promise.all([
    get(`/api/narratives/${encodeURIComponent(id)}/timeline`).catch(() => ({alerts: [], responses: []})),
    loadCity().catch(() => null),
    get('/api/search/posts', {narrativeId: id, pageSize: REASON_SAMPLE}).catch(() => null)]);
  // a page left (or drawn again) while it loaded draws nothing more into the page shown now
  if (!context.isCurrent()) return;
  const scoredOn = posts?.facets?.category || {};
  const reasons = reasonsByCategory(posts?.hits || []);

  const message = h('p', {class: 'message', id: 'narrative-message', role: 'status'}, after?.text || '');
  const reload = (text, openedCaseId = null) => {
    afterReload = {id, text, caseId: openedCaseId};
    announce(text);
    context.navigate(`narratives/${encodeURIComponent(id)}`);
  };
  // a case opens on a narrative no rule flagged, not on one merged into another (its case is the other's)
  const openCase = canAct && !detail.triage && !n.mergedInto ? openCaseButton(n, {message,
    opened: (opened, created) => reload(t(created ? 'narrative.caseOpened' : 'narrative.caseExisted',
      {state: label('triageState', opened.state)}), opened.id)}) : '';
  main.append(
    h('p', {class: 'crumbs'}, h('a', {href: '#/triage'}, t('nav.triage')), ` › ${t('narrative.crumb')}`),
    h('h1', {id: 'narrative-title', dir: 'auto'}, n.label),
    sectionBar(canAct),
    summary(n, detail, openCase), message,
    triageSection(detail.triage, n, canAct, message, reload),
    chartSection(n, timeline, detail.impact),
    h('div', {class: 'columns'}, harmSection(n, timeline, scoredOn, reasons, (posts?.hits || []).length), placesSection(n, city)),
    postsSection(n, user.role === 'officer', message),
    evidenceSection(n));
  const network = await networkSection(n, {user, message, announce});
  if (!context.isCurrent()) return;
  main.append(network);
  if (canAct) {
    const assign = await suggestionsSection(n, {announce, message, focus: query.get('assign') === '1',
      triage: detail.triage});
    if (!context.isCurrent()) return;
    main.append(assign);
  }
}

function summary(n, detail, openCase) {
  const m = n.metrics || {};
  const facts = [
    ['status', label('narrativeStatus', n.status)], ['priority', number(n.priority * 100, 0)],
    ['harm', percent(n.harm)],
    ['counterSpeech', t('narrative.counterSpeechValue', {share: percent(n.counterSpeechShare || 0)})],
    ['posts', number(n.postCount)], ['amplification', number(n.amplificationCount)],
    ['authors', number(n.distinctAuthors)],
    ['velocity', t('narrative.velocityValue', {velocity: number(m.velocity, 1), baseline: number(m.baselineVelocity, 1)})],
    ['lastDay', t('narrative.postsCount', {count: number(m.volumeLastDay)})], ['firstSeen', when(n.firstSeen)],
    ['lastSeen', when(n.lastSeen)],
  ];
  return h('section', {class: 'summary', 'aria-labelledby': 'summary-title', id: 'summary'},
    h('h2', {id: 'summary-title', class: 'visually-hidden'}, t('narrative.section.summary')),
    h('p', {class: 'lead', id: 'narrative-summary'},
      t('narrative.about', {terms: (n.topTerms || []).slice(0, 5).join(', ') || t('narrative.thisStory')}),
      Object.keys(n.languages || {}).length ? ' ' + t('narrative.inLanguages',
        {languages: ranked(n.languages).map(([k]) => language(k)).join(', ')}) : '',
      Object.keys(n.neighbourhoods || {}).length ? ' ' + t('narrative.mostlyAround',
        {place: ranked(n.neighbourhoods)[0][0]}) : ''),
    h('dl', {class: 'facts'}, facts.map(([k, v]) => [h('dt', {}, t(`narrative.fact.${k}`)), h('dd', {}, v)])),
    detail.triage ? '' : h('p', {id: 'not-flagged'},
      h('span', {class: 'muted'}, t('narrative.notFlagged')), openCase ? [' ', openCase] : ''));
}

/** Links to the page's sections, messengers first among the actions: the page is long. */
function sectionBar(canAct) {
  const sections = [['summary', 'summary'], ...(canAct ? [['suggestions', 'messengers']] : []), ['posts', 'posts'],
    ['places', 'map'], ['evidence', 'links']];
  return h('nav', {class: 'section-bar', id: 'section-bar', 'aria-label': t('narrative.sections')},
    h('ul', {}, sections.map(([id, key]) => h('li', {}, h('a', {href: `#${id}`, dataset: {section: id},
      on: {click: event => {
        // the router owns the hash: scroll to the section and move the focus there instead
        event.preventDefault();
        const target = document.getElementById(id);
        if (!target) return;
        target.scrollIntoView({block: 'start'});
        const heading = target.querySelector('h2') || target;
        heading.setAttribute('tabindex', '-1');
        heading.focus({preventScroll: true});
      }}}, t(`narrative.section.${key}`))))));
}

function triageSection(triage, n, canAct, message, reload) {
  if (!triage) return '';
  const undecided = ['new', 'acknowledged'].includes(triage.state);
  const due = undecided || triage.decidedAt ? target(triage.targetAt, undecided ? null : triage.decidedAt) : null;
  const section = h('section', {class: 'card', 'aria-labelledby': 'triage-title', id: 'triage-card'},
    h('h2', {id: 'triage-title'}, t('narrative.triage')),
    h('p', {}, h('span', {class: ['badge', `sev-${triage.severity}`]}, label('severity', triage.severity)), ' ',
      h('span', {class: ['state', `state-${triage.state}`], id: 'case-state', dataset: {state: triage.state}},
        label('triageState', triage.state)), ' ',
      due ? h('span', {class: due.overdue ? 'overdue-text' : '', id: 'case-target'},
        t('narrative.target', {target: due.text})) : ''));
  if (canAct) {
    const view = {id: triage.caseId, state: triage.state, version: triage.version, label: n.label};
    const move = async target => {
      let reason = null;
      if (target === 'dismissed') {
        reason = await askReason(t('triage.dismissOne', {label: n.label}));
        if (reason === null) return;
      }
      try {
        const moved = await moveCase(view, target, reason);
        reload(t('narrative.caseMoved', {state: label('triageState', moved.state)}));
      } catch (error) {
        message.textContent = describeError(error);
      }
    };
    const next = {new: ['acknowledged', 'monitoring', 'dismissed'], acknowledged: ['monitoring', 'dismissed'],
      monitoring: ['dismissed', 'closed'], responding: ['closed'], dismissed: ['closed']}[triage.state] || [];
    const fresh = triage.state === 'new';
    const names = {acknowledged: t('triage.acknowledge'),
      monitoring: t(fresh ? 'triage.acknowledgeAndMonitor' : 'triage.monitor'), dismissed: t('triage.dismiss'),
      closed: t('triage.close')};
    section.append(h('div', {class: 'actions'}, next.map(target =>
      button(names[target], () => move(target), {id: `case-${target}`}))));
  }
  section.append(notes(triage.caseId, canAct));
  return section;
}

function notes(caseId, canAct) {
  const list = h('ul', {class: 'notes', id: 'case-notes'});
  const wrap = h('details', {class: 'notes-wrap'}, h('summary', {}, t('narrative.notes')), list);
  const load = async () => {
    const detail = await get(`/api/triage/${caseId}`);
    mount(list,
      detail.notes.map(note => h('li', {}, h('strong', {}, note.author), ' · ', when(note.createdAt), ': ', note.body)),
      detail.history.map(event => h('li', {class: 'muted'}, when(event.at), ': ', t('narrative.historyLine', {
        from: event.fromState ? label('triageState', event.fromState) : t('narrative.created'),
        to: label('triageState', event.toState), actor: event.actor}),
      event.reason ? ` (${event.reason})` : '')));
  };
  wrap.addEventListener('toggle', () => { if (wrap.open) load().catch(() => {}); });
  if (canAct) {
    const body = h('textarea', {id: 'note-body', rows: '2', maxlength: '5000'});
    wrap.append(h('form', {class: 'note-form', on: {submit: async event => {
      event.preventDefault();
      if (!body.value.trim()) return;
      await request(`/api/triage/${caseId}/notes`, {method: 'POST', body: {body: body.value.trim()}});
      body.value = '';
      await load();
    }}}, h('label', {for: 'note-body'}, t('narrative.addNoteLabel')), body,
    h('button', {type: 'submit'}, t('narrative.addNote'))));
  }
  return wrap;
}

function chartSection(n, timeline, impact) {
  const buckets = n.volumeSeries || [];
  return h('section', {class: 'card', 'aria-labelledby': 'volume-title'},
    h('h2', {id: 'volume-title'}, t('narrative.volume')),
    h('figure', {}, volumeChart(buckets, {alerts: timeline.alerts, responses: timeline.responses, impact}),
      h('figcaption', {}, h('span', {class: 'key key-bar'}, t('narrative.key.posts')), ' ',
        h('span', {class: 'key key-alert'}, t('narrative.key.alerts', {count: timeline.alerts.length})), ' ',
        h('span', {class: 'key key-response'}, t('narrative.key.responses', {count: timeline.responses.length})))),
    impact ? h('p', {class: 'impact', id: 'impact'},
      t('narrative.impact', {before: number(impact.velocityBefore, 1), after: number(impact.velocityAfter, 1),
        hours: impact.windowHours}) +
      (impact.change === null || impact.change === undefined ? '' : ` (${impact.change > 0 ? '+' : ''}${percent(impact.change)})`),
      h('br'), h('small', {lang: 'en'}, impact.label)) : h('p', {class: 'muted', id: 'impact'}, timeline.responses.length
      ? t('narrative.impactWaiting') : t('narrative.noResponse')),
    dataTable(t('chart.postsPerHour'), [t('narrative.hour'), t('narrative.fact.posts')],
      buckets.map(b => [shortTime(b.start), String(b.posts)])));
}

// how many of the narrative's latest posts are read for the reasons behind its categories
const REASON_SAMPLE = 50;

/** category → [[reason, posts]], most frequent first, from the posts' own harm scores. */
function reasonsByCategory(hits) {
  const counts = {};
  for (const hit of hits) {
    for (const score of hit.harmScores || []) {
      const seen = new Set(score.reasons || []);
      for (const reason of seen) {
        const byReason = counts[score.category] ||= new Map();
        byReason.set(reason, (byReason.get(reason) || 0) + 1);
      }
    }
  }
  return Object.fromEntries(Object.entries(counts).map(([name, byReason]) =>
    [name, [...byReason.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3)]));
}

function harmSection(n, timeline, scoredOn, reasons, sampled) {
  const mix = ranked(n.harmMix);
  return h('section', {class: 'card', 'aria-labelledby': 'harm-title', id: 'harm'},
    h('h2', {id: 'harm-title'}, t('narrative.harm')),
    h('ul', {class: 'meters'}, mix.map(([name, score]) => h('li', {},
      h('span', {class: 'meter-label', id: `harm-${name}`}, category(name)),
      h('meter', {min: '0', max: '1', value: String(score), 'aria-labelledby': `harm-${name}`}),
      h('span', {class: 'num'}, percent(score)),
      scoredOn[name] ? h('a', {class: 'small scored-on', href: `#/search?${new URLSearchParams({
        q: `narrative:"${n.narrativeId}"`, category: name})}`}, t('narrative.scoredOn', {count: number(scoredOn[name])})) : '',
      reasons[name]?.length ? h('ul', {class: 'harm-reasons small', 'data-category': name,
        'aria-label': t('narrative.reasonsFor', {category: category(name)})}, reasons[name].map(([reason, count]) =>
        h('li', {}, h('code', {}, reason), ' · ', t('narrative.ofLatest', {count: number(count),
          total: number(sampled)})))) : ''))),
    h('h3', {}, t('narrative.whyFlagged')),
    timeline.alerts.length ? h('ul', {class: 'reasons', id: 'alert-reasons'}, timeline.alerts.map(alert =>
      h('li', {}, h('strong', {}, `${alert.rule || t('narrative.rule')} (${alert.severity ? label('severity',
        alert.severity) : '—'})`), ' · ', when(alert.flaggedAt), ': ',
      h('span', {lang: 'en'}, alert.reason || t('narrative.noReason'))))) : h('p', {class: 'muted'}, t('narrative.noAlert')),
    h('p', {class: 'muted small'}, t('narrative.harmNote')));
}

function placesSection(n, city) {
  const places = ranked(n.neighbourhoods);
  const total = places.reduce((a, [, v]) => a + v, 0);
  return h('section', {class: 'card', 'aria-labelledby': 'places-title', id: 'places'},
    h('h2', {id: 'places-title'}, t('narrative.places')),
    h('ul', {class: 'chips', id: 'languages'}, ranked(n.languages).map(([k, v]) => h('li', {}, `${language(k)}: ${v}`))),
    city ? drawCity(city, {values: n.neighbourhoods || {}, width: 360,
      label: t('narrative.mapLabel', {places: places.map(([k, v]) => `${k} ${v}`).join(', ') || t('narrative.nonePlaced')})})
      : '',
    h('ul', {class: 'plain', id: 'neighbourhoods'}, places.map(([k, v]) =>
      h('li', {}, t('narrative.placeLine', {place: k, count: number(v), share: percent(v / (total || 1))})))));
}

function postsSection(n, officer, message) {
  return h('section', {class: 'card', 'aria-labelledby': 'posts-title', id: 'posts'},
    h('h2', {id: 'posts-title'}, t('narrative.posts')),
    h('ol', {class: 'posts', id: 'representative-posts'}, (n.representativePosts || []).map(post =>
      h('li', {class: 'post', lang: langAttr(post.lang)},
        h('p', {class: 'post-text', dir: 'auto'}, post.text ?? t('narrative.textExpired')),
        h('p', {class: 'meta', lang: document.documentElement.lang}, `${post.authorPseudonym || t('common.unknown')} · `
          + `${language(post.lang)} · `, when(post.createdAt), post.url ? [' · ', external(post.url, t('common.original'))]
          : ''),
        officer ? postActions(post, message) : ''))));
}

// Officers only, each with a reason the audit log keeps: a tip's contact and a reply to the tipster (in their
// language, through the channel the tip came by), or a post's sealed original link.
function postActions(post, message) {
  const id = String(post.postId || '');
  const out = h('div', {class: 'post-action-result', role: 'status'});
  const fail = error => { message.textContent = describeError(error); };
  if (id.startsWith('tip:')) {
    const reference = id.slice(4);
    const path = `/api/tips/${encodeURIComponent(reference)}`;
    const reveal = async () => {
      const reason = await askReason(t('narrative.tip.revealTitle', {reference}),
        t('narrative.tip.revealReason'));
      if (!reason) return;
      try {
        const contact = await get(`${path}/contact`, {reason});
        mount(out, h('p', {}, contact.contact
          ? [t('narrative.tip.contact'), ' ', h('span', {dir: 'auto'}, contact.contact)] : t('narrative.tip.noContact')),
        h('p', {class: 'muted'}, contact.replyBy
          ? t('narrative.tip.replyBy', {channel: contact.replyBy, language: language(contact.language)})
          : t('narrative.tip.noReply')));
      } catch (error) { fail(error); }
    };
    const reply = async () => {
      const text = await askReason(t('narrative.tip.replyTitle', {reference}), t('narrative.tip.replyMessage'));
      if (!text) return;
      const reason = await askReason(t('narrative.tip.replyTitle', {reference}), t('narrative.tip.replyReason'));
      if (!reason) return;
      try {
        const sent = (await request(`${path}/replies`, {method: 'POST', body: {body: text, reason}})).data;
        mount(out, h('p', {}, t('narrative.tip.replyQueued', {channel: sent.channel, language: language(sent.language)})),
          h('pre', {class: 'reply-preview', dir: 'auto'}, sent.body));
      } catch (error) { fail(error); }
    };
    return h('div', {class: 'post-actions'}, h('div', {class: 'actions'},
      button(t('narrative.tip.reveal'), reveal, {class: 'reveal-contact'}),
      button(t('narrative.tip.reply'), reply, {class: 'reply-tip'})), out);
  }
  const open = async () => {
    const reason = await askReason(t('narrative.original.title'), t('narrative.original.reason'));
    if (!reason) return;
    try {
      const original = (await request(`/api/posts/${encodeURIComponent(id)}/original`, {query: {reason}})).data;
      const link = outsideLink(original.url, t('narrative.original.title'));
      mount(out, h('p', {}, link));
      link.focus();
    } catch (error) { fail(error); }
  };
  return h('div', {class: 'post-actions'}, h('div', {class: 'actions'},
    button(t('narrative.original.open'), open, {class: 'open-original'})), out);
}

function evidenceSection(n) {
  const list = (title, values, id) => [h('h3', {}, title), values.length
    ? h('ul', {class: 'chips', id}, values.map(v => h('li', {dir: 'auto'}, v))) : h('p', {class: 'muted'}, t('common.none'))];
  return h('section', {class: 'card', 'aria-labelledby': 'evidence-title', id: 'evidence'},
    h('h2', {id: 'evidence-title'}, t('narrative.evidence')),
    list(t('narrative.terms'), n.topTerms || [], 'terms'), list(t('narrative.entities'), n.entities || [], 'entities'),
    list(t('narrative.hashtags'), (n.hashtags || []).map(tag => `#${tag}`), 'hashtags'),
    h('h3', {}, t('narrative.links')),
    (n.urls || []).length ? [h('p', {class: 'muted small'}, t('narrative.linksWarning')),
      h('ul', {class: 'plain', id: 'links'}, n.urls.map(u => h('li', {}, external(u, null, true),
        h('span', {class: 'muted small url-text', dir: 'ltr'}, ` ${u}`))))]
      : h('p', {class: 'muted'}, t('common.none')));
}
