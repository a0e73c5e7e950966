// Analyst search: query syntax, filters and facets, highlighted hits, histogram, the narratives of the matching
// posts, export, and saved searches that alert.
import {get, download, ApiError} from '../api.js';
import {h, mount, button, field, options} from '../dom.js';
import {histogram} from '../charts.js';
import {neighbourhoodNames} from '../citymap.js';
import {savedSearchPanel} from '../saved-searches.js';
import {category, language, when, number, percent, categoryOptions, languageOptions, langAttr, ranked, pickerValue,
  fromPicker, timeZone, external} from '../format.js';
import {t} from '../i18n.js';

const FILTERS = ['q', 'lang', 'category', 'neighbourhood', 'source', 'from', 'to'];
const PAGE_SIZE = 20;
// the most rows one export holds (the api's SearchExportResource.MAX_ROWS)
const EXPORT_CAP = 10000;

export async function render(main, {setTitle, query, navigate, announce}) {
  setTitle(t('search.title'));
  const places = await neighbourhoodNames().catch(() => []);
  const inputs = {
    q: h('input', {type: 'search', id: 'search-q', name: 'q', value: query.get('q') || '', autocomplete: 'off',
      spellcheck: 'false', class: 'wide'}),
    lang: h('select', {id: 'search-lang'}, options([['', t('common.anyLanguage')], ...languageOptions()],
      query.get('lang') || '')),
    category: h('select', {id: 'search-category'}, options([['', t('common.anyCategory')], ...categoryOptions()],
      query.get('category') || '')),
    neighbourhood: h('select', {id: 'search-neighbourhood'}, options([['', t('common.anyNeighbourhood')],
      ...places.map(p => [p, p])], query.get('neighbourhood') || '')),
    source: h('input', {type: 'text', id: 'search-source', value: query.get('source') || '', placeholder: t('search.sourceExample')}),
    from: h('input', {type: 'datetime-local', id: 'search-from', value: query.get('from') || ''}),
    to: h('input', {type: 'datetime-local', id: 'search-to', value: query.get('to') || ''}),
  };
  const page = Number(query.get('page') || 0);
  const error = h('p', {class: 'error', id: 'search-error', role: 'alert'});
  const form = h('form', {class: 'search-form', id: 'search-form', role: 'search', on: {submit: event => {
    event.preventDefault();
    go(0);
  }}},
  field(t('search.label'), inputs.q, t('search.hint')).wrap,
  h('div', {class: 'filter-row'}, field(t('common.language'), inputs.lang).wrap,
    field(t('common.category'), inputs.category).wrap,
    field(t('common.neighbourhood'), inputs.neighbourhood).wrap, field(t('search.source'), inputs.source).wrap,
    field(t('search.from', {zone: timeZone()}), inputs.from).wrap,
    field(t('search.to', {zone: timeZone()}), inputs.to).wrap),
  h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary', id: 'search-submit'}, t('search.submit')),
    button(t('search.clear'), () => navigate('search'), {class: 'quiet'})));

  const results = h('div', {class: 'results', id: 'results'});
  const saved = savedSearchPanel({current, announce, apply: values => {
    for (const name of FILTERS) inputs[name].value = '';
    for (const [name, value] of Object.entries(values)) {
      if (!inputs[name] || value === null || value === undefined) continue;
      if (inputs[name].tagName === 'SELECT' && ![...inputs[name].options].some(o => o.value === value)) {
        inputs[name].append(h('option', {value}, value));
      }
      inputs[name].value = value;
    }
    go(0);
  }});
  main.append(h('h1', {}, t('search.title')), h('div', {class: 'search-top'}, h('div', {}, form, error, comparePanel()), saved),
    results);

  /** Two periods of the same query and filters, counted side by side (posts, and per category and neighbourhood). */
  function comparePanel() {
    const period = id => h('input', {type: 'datetime-local', id});
    const a = {from: period('compare-a-from'), to: period('compare-a-to')};
    const b = {from: period('compare-b-from'), to: period('compare-b-to')};
    const out = h('div', {id: 'compare-result', 'aria-live': 'polite'});
    const run = async event => {
      event.preventDefault();
      const base = Object.fromEntries(Object.entries(current()).filter(([name]) => name !== 'from' && name !== 'to'));
      const ask = p => get('/api/search/posts', {...base, from: fromPicker(p.from.value), to: fromPicker(p.to.value),
        pageSize: 1});
      try {
        const [first, second] = await Promise.all([ask(a), ask(b)]);
        const rows = [[t('search.compare.allPosts'), first.total, second.total]];
        for (const [facet, label] of [['category', category], ['neighbourhood', v => v]]) {
          const names = [...new Set([...Object.keys(first.facets[facet] || {}), ...Object.keys(second.facets[facet] || {})])];
          names.sort((x, y) => ((second.facets[facet]?.[y] || 0) + (first.facets[facet]?.[y] || 0))
            - ((second.facets[facet]?.[x] || 0) + (first.facets[facet]?.[x] || 0)));
          for (const name of names.slice(0, 10)) {
            rows.push([label(name), first.facets[facet]?.[name] || 0, second.facets[facet]?.[name] || 0]);
          }
        }
        mount(out, h('table', {class: 'compact', id: 'compare-table'}, h('caption', {}, t('search.compare.caption')),
          h('thead', {}, h('tr', {}, ['', t('search.compare.first'), t('search.compare.second'), t('search.compare.change')]
            .map(text => h('th', {scope: 'col'}, text)))),
          h('tbody', {}, rows.map(([name, x, y]) => h('tr', {}, h('th', {scope: 'row'}, name),
            h('td', {class: 'num'}, number(x)), h('td', {class: 'num'}, number(y)),
            h('td', {class: 'num'}, `${y - x > 0 ? '+' : ''}${number(y - x)}`))))));
      } catch (e) {
        mount(out, h('p', {class: 'error'}, t('search.compare.failed', {reason: e instanceof ApiError && e.fieldMessages.length
          ? e.fieldMessages.join('; ') : e.message})));
      }
    };
    return h('details', {class: 'compare', id: 'compare'}, h('summary', {}, t('search.compare.title')),
      h('form', {id: 'compare-form', on: {submit: run}},
        h('div', {class: 'filter-row'}, field(t('search.compare.firstFrom', {zone: timeZone()}), a.from).wrap,
          field(t('search.compare.firstTo', {zone: timeZone()}), a.to).wrap,
          field(t('search.compare.secondFrom', {zone: timeZone()}), b.from).wrap,
          field(t('search.compare.secondTo', {zone: timeZone()}), b.to).wrap),
        h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'compare-submit'}, t('search.compare.submit')))),
      out);
  }

  function current() {
    return Object.fromEntries(FILTERS.map(name => [name, inputs[name].value.trim()]).filter(([, v]) => v));
  }

  function go(toPage) {
    const params = new URLSearchParams(current());
    if (toPage) params.set('page', String(toPage));
    navigate(`search?${params}`);
  }

  const filters = Object.fromEntries(FILTERS.map(name => [name, query.get(name) || '']).filter(([, v]) => v)
    .map(([name, value]) => [name, name === 'from' || name === 'to' ? fromPicker(value) : value]));
  const [postResult, narrativeResult] = await Promise.allSettled([
    get('/api/search/posts', {...filters, page, pageSize: PAGE_SIZE}),
    get('/api/search/narratives', {...filters, match: 'posts', pageSize: 10})]);
  if (postResult.status === 'rejected') {
    const e = postResult.reason;
    error.textContent = e instanceof ApiError && e.status === 400
      ? t('search.unreadable', {reason: e.fieldMessages.join('; ') || e.message}) : e.message;
    inputs.q.setAttribute('aria-invalid', 'true');
    return;
  }
  const posts = postResult.value;
  // the narratives whose posts match the same query and filters
  const narratives = narrativeResult.status === 'fulfilled' ? narrativeResult.value : null;

  const exportStatus = h('p', {class: 'message', role: 'status', id: 'export-status'});
  const exporter = format => async () => {
    try {
      const file = await download('/api/search/posts/export', {...filters, format}, `bellwether-posts.${format}`);
      exportStatus.textContent = t('search.exported', {count: file.rows ?? '', file: file.name}) +
        (Number(file.rows) >= EXPORT_CAP ? ` ${t('search.exportCapped', {cap: number(EXPORT_CAP)})}` : '');
      announce(exportStatus.textContent);
    } catch (e) {
      exportStatus.textContent = t('search.exportFailed', {reason: e.message});
    }
  };

  mount(results,
    h('aside', {class: 'facets', 'aria-labelledby': 'facets-title', id: 'facets'},
      h('h2', {id: 'facets-title'}, t('search.refine')),
      facetGroup(t('common.language'), 'lang', posts.facets.lang, language),
      facetGroup(t('common.category'), 'category', posts.facets.category, category),
      facetGroup(t('common.neighbourhood'), 'neighbourhood', posts.facets.neighbourhood, v => v),
      facetGroup(t('search.source'), 'source', posts.facets.source, v => v)),
    h('section', {class: 'hits', 'aria-labelledby': 'hits-title'},
      h('h2', {id: 'hits-title'}, t('search.postsCount', {count: number(posts.total)})),
      h('figure', {}, histogram(posts.histogram, {onSelect: (start, end) => {
        inputs.from.value = pickerValue(start);
        inputs.to.value = pickerValue(end);
        go(0);
      }}), h('figcaption', {class: 'small muted'}, t('search.histogramCaption', {zone: timeZone()}))),
      h('div', {class: 'actions'}, button(t('search.exportCsv'), exporter('csv'), {id: 'export-csv'}),
        button(t('search.exportJson'), exporter('json'), {id: 'export-json'})),
      h('p', {class: 'small muted', id: 'export-cap'}, t('search.exportCap', {cap: number(EXPORT_CAP)})), exportStatus,
      h('ol', {class: 'posts', id: 'post-hits', start: String(page * PAGE_SIZE + 1)}, posts.hits.map(postHit)),
      pager(posts.total)),
    h('aside', {class: 'narrative-hits', 'aria-labelledby': 'narratives-title'},
      h('h2', {id: 'narratives-title'}, narratives ? t('search.narrativesCount', {count: number(narratives.total)})
        : t('search.narratives')),
      narratives ? h('ol', {class: 'plain narrative-hit-list', id: 'narrative-hits'}, narratives.hits.map(narrativeHit))
        : h('p', {class: 'muted', id: 'narrative-hits-note'}, t('search.narrativesFailed'))));

  /** A narrative as a short card: label, a one-line summary, languages, counts and its trend. */
  function narrativeHit(hit) {
    const n = hit.narrative;
    const terms = (n.topTerms || []).slice(0, 4);
    const languages = ranked(n.languages).slice(0, 3).map(([code]) => language(code));
    const velocity = n.metrics?.velocity;
    const baseline = n.metrics?.baselineVelocity;
    const trend = velocity === undefined || baseline === undefined ? null
      : velocity > baseline * 1.25 ? 'rising' : velocity < baseline * 0.8 ? 'falling' : 'steady';
    return h('li', {class: 'narrative-hit', dataset: {narrative: n.narrativeId}},
      h('a', {href: `#/narratives/${encodeURIComponent(n.narrativeId)}`, class: 'narrative-hit-label', dir: 'auto'},
        n.label),
      n.flagged ? [' ', h('span', {class: 'badge flagged'}, t('search.flagged'))] : '',
      h('p', {class: 'narrative-hit-summary', dir: 'auto'}, terms.length
        ? t('search.narrativeAbout', {terms: terms.join(', ')}) : highlighted(hit.snippet)),
      h('p', {class: 'meta small'}, [
        languages.length ? languages.join(', ') : '',
        t('narrative.postsCount', {count: number(n.postCount)}),
        t('search.harm', {value: percent(n.harm)}),
        trend ? t(`search.trend.${trend}`) : '',
      ].filter(Boolean).join(' · ')));
  }

  function facetGroup(title, name, counts, label) {
    const entries = Object.entries(counts || {}).sort((a, b) => b[1] - a[1]).slice(0, 12);
    return h('section', {class: 'facet'}, h('h3', {}, title), entries.length ? h('ul', {class: 'plain'},
      entries.map(([value, count]) => {
        const active = filters[name] === value;
        return h('li', {}, button(`${label(value)} (${count})`, () => {
          inputs[name].value = active ? '' : value;
          if (inputs[name].tagName === 'SELECT' && !active && inputs[name].value !== value) {
            inputs[name].append(h('option', {value}, value));
            inputs[name].value = value;
          }
          go(0);
        }, {class: ['facet-value', active ? 'active' : ''], 'aria-pressed': String(active),
          dataset: {facet: name, value}}));
      })) : h('p', {class: 'muted small'}, t('common.none')));
  }

  function postHit(hit) {
    return h('li', {class: ['post', hit.kind === 'tip' ? 'tip' : ''], lang: langAttr(hit.lang), dataset: {post: hit.postId}},
      h('p', {class: 'snippet', dir: 'auto'}, hit.snippet.length ? highlighted(hit.snippet)
        : (hit.text ?? t('search.textExpired'))),
      h('p', {class: 'meta', lang: document.documentElement.lang},
        `${t(hit.kind === 'tip' ? 'search.tip' : 'search.post')} · ${language(hit.lang)} · ${hit.source} · `,
        when(hit.createdAt),
        `${hit.neighbourhood ? ` · ${hit.neighbourhood}` : ''} · ${hit.authorPseudonym || t('common.unknown')} · ` +
        `${t('search.harm', {value: percent(hit.harm)})}` +
        `${hit.categories.length ? ` · ${hit.categories.map(category).join(', ')}` : ''}`,
        hit.narrativeId ? [' · ', h('a', {href: `#/narratives/${encodeURIComponent(hit.narrativeId)}`},
          t('search.narrativeLink'))] : '',
        hit.url ? [' · ', external(hit.url, t('common.original'))] : ''),
      whyScored(hit));
  }

  /** The reasons behind each harm category the post was scored on (they quote the post: text, never markup). */
  function whyScored(hit) {
    const scores = (hit.harmScores || []).filter(score => score.reasons?.length);
    if (!scores.length) return '';
    return h('p', {class: 'reasons small'}, t('search.why'), ' ', scores.map((score, i) => [i ? '; ' : '',
      h('strong', {}, category(score.category)), ` ${percent(score.score)}: `, score.reasons.join(', ')]));
  }

  function pager(total) {
    const pages = Math.ceil(total / PAGE_SIZE);
    if (pages <= 1) return '';
    return h('nav', {class: 'pager', 'aria-label': t('search.pages')},
      page > 0 ? button(t('search.previous'), () => go(page - 1), {id: 'previous-page'}) : '',
      h('span', {}, t('search.pageOf', {page: page + 1, pages})),
      page + 1 < pages ? button(t('search.next'), () => go(page + 1), {id: 'next-page'}) : '');
  }
}

/** Snippet parts as text nodes, matches wrapped in <mark>. */
export function highlighted(parts) {
  return (parts || []).map(part => part.match ? h('mark', {}, part.text) : document.createTextNode(part.text));
}
