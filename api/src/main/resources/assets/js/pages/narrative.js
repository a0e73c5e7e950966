// One narrative: what it says, how fast it grows, where, why it was flagged, and who could answer it.
import {get, request, ApiError} from '../api.js';
import {h, mount, outsideLink, button} from '../dom.js';
import {volumeChart, dataTable} from '../charts.js';
import {loadCity, drawCity} from '../citymap.js';
import {category, language, ranked, number, percent, dateTime, shortTime, timeToTarget, langAttr} from '../format.js';
import {moveCase, askReason, describeError} from '../triage-actions.js';
import {suggestionsSection} from './suggestions.js';
import {networkSection} from './narrative-network.js';

export async function render(main, context) {
  const {params, setTitle, user, announce, query} = context;
  const id = params.id;
  const canAct = user.role === 'officer' || user.role === 'admin';
  let detail;
  try {
    detail = await get(`/api/narratives/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      main.append(h('h1', {}, 'Narrative not found'), h('p', {}, 'It may have been merged into another one.'));
      return;
    }
    throw error;
  }
  const n = detail.narrative;
  setTitle(n.label);
  if (detail.triage) {
    // narrative reads may show a case's state up to a second old; the triage endpoint is always current
    const current = (await get(`/api/triage/${detail.triage.caseId}`)).triageCase;
    detail.triage = {caseId: current.id, state: current.state, severity: current.severity, targetAt: current.targetAt,
      overdue: current.overdue, version: current.version};
  }
  const [timeline, city, posts] = await Promise.all([
    get(`/api/narratives/${encodeURIComponent(id)}/timeline`).catch(() => ({alerts: [], responses: []})),
    loadCity().catch(() => null),
    get('/api/search/posts', {narrativeId: id, pageSize: REASON_SAMPLE}).catch(() => null)]);
  const scoredOn = posts?.facets?.category || {};
  const reasons = reasonsByCategory(posts?.hits || []);

  const message = h('p', {class: 'message', id: 'narrative-message', role: 'status'});
  main.append(
    h('p', {class: 'crumbs'}, h('a', {href: '#/triage'}, 'Triage queue'), ' › Narrative'),
    h('h1', {id: 'narrative-title'}, n.label),
    summary(n, detail), message,
    triageSection(detail.triage, n, canAct, message, () => context.navigate(`narratives/${encodeURIComponent(id)}`)),
    chartSection(n, timeline, detail.impact),
    h('div', {class: 'columns'}, harmSection(n, timeline, scoredOn, reasons, (posts?.hits || []).length), placesSection(n, city)),
    postsSection(n, user.role === 'officer', message),
    evidenceSection(n));
  main.append(await networkSection(n, {user, message, announce}));
  if (canAct) {
    const assign = await suggestionsSection(n, {announce, message, focus: query.get('assign') === '1',
      triage: detail.triage});
    main.append(assign);
  }
}

function summary(n, detail) {
  const m = n.metrics || {};
  const facts = [
    ['Status', n.status], ['Priority', number(n.priority * 100, 0)], ['Harm', percent(n.harm)],
    ['Counter-speech', `${percent(n.counterSpeechShare || 0)} of posts push back against it`],
    ['Posts', number(n.postCount)], ['Amplification', number(n.amplificationCount)],
    ['Distinct authors', number(n.distinctAuthors)],
    ['Velocity', `${number(m.velocity, 1)} posts/h (baseline ${number(m.baselineVelocity, 1)})`],
    ['Last 24 h', `${number(m.volumeLastDay)} posts`], ['First seen', dateTime(n.firstSeen)],
    ['Last seen', dateTime(n.lastSeen)],
  ];
  return h('section', {class: 'summary', 'aria-labelledby': 'summary-title'},
    h('h2', {id: 'summary-title', class: 'visually-hidden'}, 'Summary'),
    h('p', {class: 'lead', id: 'narrative-summary'},
      `Posts about ${(n.topTerms || []).slice(0, 5).join(', ') || 'this story'}` +
      (Object.keys(n.languages || {}).length ? ` in ${ranked(n.languages).map(([k]) => language(k)).join(', ')}` : '') +
      (Object.keys(n.neighbourhoods || {}).length ? `, mostly around ${ranked(n.neighbourhoods)[0][0]}` : '') + '.'),
    h('dl', {class: 'facts'}, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    detail.triage ? '' : h('p', {class: 'muted'}, 'Not flagged: there is no triage case.'));
}

function triageSection(triage, n, canAct, message, reload) {
  if (!triage) return '';
  const due = timeToTarget(triage.targetAt);
  const section = h('section', {class: 'card', 'aria-labelledby': 'triage-title', id: 'triage-card'},
    h('h2', {id: 'triage-title'}, 'Triage'),
    h('p', {}, h('span', {class: ['badge', `sev-${triage.severity}`]}, triage.severity), ' ',
      h('span', {class: ['state', `state-${triage.state}`], id: 'case-state'}, triage.state), ' ',
      ['new', 'acknowledged'].includes(triage.state) ? h('span', {class: due.overdue ? 'overdue-text' : ''},
        `Target ${due.text}`) : ''));
  if (canAct) {
    const view = {id: triage.caseId, state: triage.state, version: triage.version, label: n.label};
    const move = async target => {
      let reason = null;
      if (target === 'dismissed') {
        reason = await askReason(`Dismiss “${n.label}”`);
        if (reason === null) return;
      }
      try {
        const moved = await moveCase(view, target, reason);
        message.textContent = `The case is now ${moved.state}.`;
        reload();
      } catch (error) {
        message.textContent = describeError(error);
      }
    };
    const next = {new: ['acknowledged', 'monitoring', 'dismissed'], acknowledged: ['monitoring', 'dismissed'],
      monitoring: ['dismissed', 'closed'], responding: ['closed'], dismissed: ['closed']}[triage.state] || [];
    const names = {acknowledged: 'Acknowledge', monitoring: 'Monitor', dismissed: 'Dismiss…', closed: 'Close'};
    section.append(h('div', {class: 'actions'}, next.map(target =>
      button(names[target], () => move(target), {id: `case-${target}`}))));
  }
  section.append(notes(triage.caseId, canAct));
  return section;
}

function notes(caseId, canAct) {
  const list = h('ul', {class: 'notes', id: 'case-notes'});
  const wrap = h('details', {class: 'notes-wrap'}, h('summary', {}, 'Notes and history'), list);
  const load = async () => {
    const detail = await get(`/api/triage/${caseId}`);
    mount(list,
      detail.notes.map(note => h('li', {}, h('strong', {}, note.author), ` · ${dateTime(note.createdAt)}: `, note.body)),
      detail.history.map(event => h('li', {class: 'muted'},
        `${dateTime(event.at)}: ${event.fromState || 'created'} → ${event.toState} by ${event.actor}` +
        (event.reason ? ` (${event.reason})` : ''))));
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
    }}}, h('label', {for: 'note-body'}, 'Add a note'), body, h('button', {type: 'submit'}, 'Add note')));
  }
  return wrap;
}

function chartSection(n, timeline, impact) {
  const buckets = n.volumeSeries || [];
  return h('section', {class: 'card', 'aria-labelledby': 'volume-title'},
    h('h2', {id: 'volume-title'}, 'Volume over time'),
    h('figure', {}, volumeChart(buckets, {alerts: timeline.alerts, responses: timeline.responses, impact}),
      h('figcaption', {}, h('span', {class: 'key key-bar'}, 'posts per hour'), ' ',
        h('span', {class: 'key key-alert'}, `alerts (${timeline.alerts.length})`), ' ',
        h('span', {class: 'key key-response'}, `responses (${timeline.responses.length})`))),
    impact ? h('p', {class: 'impact', id: 'impact'},
      `Before the first response: ${number(impact.velocityBefore, 1)} posts/h; after: ` +
      `${number(impact.velocityAfter, 1)} posts/h over ${impact.windowHours} h windows` +
      (impact.change === null || impact.change === undefined ? '.' : ` (${impact.change > 0 ? '+' : ''}${percent(impact.change)}).`),
      h('br'), h('small', {}, impact.label)) : h('p', {class: 'muted', id: 'impact'}, timeline.responses.length
      ? 'A response is recorded; velocity before and after it can be compared once the narrative has a window of ' +
        'volume on each side.' : 'No response recorded yet.'),
    dataTable('Posts per hour', ['Hour (UTC)', 'Posts'], buckets.map(b => [shortTime(b.start), String(b.posts)])));
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
    h('h2', {id: 'harm-title'}, 'Harm categories'),
    h('ul', {class: 'meters'}, mix.map(([name, score]) => h('li', {},
      h('span', {class: 'meter-label', id: `harm-${name}`}, category(name)),
      h('meter', {min: '0', max: '1', value: String(score), 'aria-labelledby': `harm-${name}`}),
      h('span', {class: 'num'}, percent(score)),
      scoredOn[name] ? h('a', {class: 'small scored-on', href: `#/search?${new URLSearchParams({
        q: `narrative:"${n.narrativeId}"`, category: name})}`}, `${number(scoredOn[name])} posts scored on it`) : '',
      reasons[name]?.length ? h('ul', {class: 'harm-reasons small', 'data-category': name,
        'aria-label': `Reasons for ${category(name)}`}, reasons[name].map(([reason, count]) =>
        h('li', {}, h('code', {}, reason), ` · ${number(count)} of ${number(sampled)} latest posts`))) : ''))),
    h('h3', {}, 'Why it was flagged'),
    timeline.alerts.length ? h('ul', {class: 'reasons', id: 'alert-reasons'}, timeline.alerts.map(alert =>
      h('li', {}, h('strong', {}, `${alert.rule || 'rule'} (${alert.severity || '—'})`), ` · ${dateTime(alert.flaggedAt)}: `,
        alert.reason || 'no reason given'))) : h('p', {class: 'muted'}, 'No alert recorded.'),
    h('p', {class: 'muted small'}, 'Category scores are the mean over the narrative’s posts; the terms and entities ' +
      'below are what the posts have in common.'));
}

function placesSection(n, city) {
  const places = ranked(n.neighbourhoods);
  const total = places.reduce((a, [, v]) => a + v, 0);
  return h('section', {class: 'card', 'aria-labelledby': 'places-title'},
    h('h2', {id: 'places-title'}, 'Languages and neighbourhoods'),
    h('ul', {class: 'chips', id: 'languages'}, ranked(n.languages).map(([k, v]) => h('li', {}, `${language(k)}: ${v}`))),
    city ? drawCity(city, {values: n.neighbourhoods || {}, width: 360,
      label: `Neighbourhoods of this narrative: ${places.map(([k, v]) => `${k} ${v}`).join(', ') || 'none placed'}`}) : '',
    h('ul', {class: 'plain', id: 'neighbourhoods'}, places.map(([k, v]) =>
      h('li', {}, `${k}: ${v} posts (${percent(v / (total || 1))})`))));
}

function postsSection(n, officer, message) {
  return h('section', {class: 'card', 'aria-labelledby': 'posts-title'},
    h('h2', {id: 'posts-title'}, 'Representative posts'),
    h('ol', {class: 'posts', id: 'representative-posts'}, (n.representativePosts || []).map(post =>
      h('li', {class: 'post', lang: langAttr(post.lang)},
        h('p', {class: 'post-text', dir: 'auto'}, post.text ?? 'Text expired under the retention policy.'),
        h('p', {class: 'meta', lang: 'en'}, `${post.authorPseudonym || 'unknown'} · ${language(post.lang)} · ` +
          `${dateTime(post.createdAt)}`, post.url ? [' · ', outsideLink(post.url, 'original')] : ''),
        officer ? postActions(post, message) : ''))));
}

// Officers only, each with a reason the audit log keeps: a tip's contact and a reply to the tipster (in their
// language, through the channel the tip came by), or a post's sealed original link.
function postActions(post, message) {
  const id = String(post.postId || '');
  const out = h('div', {class: 'post-action-result', role: 'status', lang: 'en'});
  const fail = error => { message.textContent = describeError(error); };
  if (id.startsWith('tip:')) {
    const reference = id.slice(4);
    const path = `/api/tips/${encodeURIComponent(reference)}`;
    const reveal = async () => {
      const reason = await askReason(`Reveal the contact of tip ${reference}`, 'Why you need it (required, audited)');
      if (!reason) return;
      try {
        const contact = await get(`${path}/contact`, {reason});
        mount(out, h('p', {}, contact.contact ? ['Contact: ', h('span', {dir: 'auto'}, contact.contact)]
          : 'The tipster left no contact.'),
        h('p', {class: 'muted'}, contact.replyBy ? `A reply goes by ${contact.replyBy}, in ${language(contact.language)}.`
          : 'No reply can reach this tipster.'));
      } catch (error) { fail(error); }
    };
    const reply = async () => {
      const text = await askReason(`Reply to the tipster of ${reference}`,
        'Your message (the greeting and the reference are added in their language)');
      if (!text) return;
      const reason = await askReason(`Reply to the tipster of ${reference}`, 'Why you contact them (required, audited)');
      if (!reason) return;
      try {
        const sent = (await request(`${path}/replies`, {method: 'POST', body: {body: text, reason}})).data;
        mount(out, h('p', {}, `Reply queued by ${sent.channel}, in ${language(sent.language)}:`),
          h('pre', {class: 'reply-preview', dir: 'auto'}, sent.body));
      } catch (error) { fail(error); }
    };
    return h('div', {class: 'post-actions'}, h('div', {class: 'actions'},
      button('Reveal contact', reveal, {class: 'reveal-contact'}), button('Reply', reply, {class: 'reply-tip'})), out);
  }
  const open = async () => {
    const reason = await askReason('Open the original post', 'Why you need the original (required, audited)');
    if (!reason) return;
    try {
      const original = (await request(`/api/posts/${encodeURIComponent(id)}/original`, {query: {reason}})).data;
      const link = outsideLink(original.url, 'Open the original post');
      mount(out, h('p', {}, link));
      link.focus();
    } catch (error) { fail(error); }
  };
  return h('div', {class: 'post-actions'}, h('div', {class: 'actions'},
    button('Open original', open, {class: 'open-original'})), out);
}

function evidenceSection(n) {
  const list = (title, values, id) => [h('h3', {}, title), values.length
    ? h('ul', {class: 'chips', id}, values.map(v => h('li', {}, v))) : h('p', {class: 'muted'}, 'None.')];
  return h('section', {class: 'card', 'aria-labelledby': 'evidence-title'},
    h('h2', {id: 'evidence-title'}, 'Terms, entities and links'),
    list('Top terms', n.topTerms || [], 'terms'), list('Entities', n.entities || [], 'entities'),
    list('Hashtags', (n.hashtags || []).map(t => `#${t}`), 'hashtags'),
    h('h3', {}, 'Most shared links'),
    (n.urls || []).length ? h('ul', {class: 'plain', id: 'links'}, n.urls.map(u => h('li', {}, outsideLink(u))))
      : h('p', {class: 'muted'}, 'None.'));
}
