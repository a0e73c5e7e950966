// Analyst search: query syntax, filters and facets, highlighted hits, histogram, the narratives of the matching
// posts, export, and saved searches that alert.
import {get, download, ApiError} from '../api.js';
import {h, mount, button, field, options, outsideLink} from '../dom.js';
import {histogram} from '../charts.js';
import {neighbourhoodNames} from '../citymap.js';
import {savedSearchPanel} from '../saved-searches.js';
import {category, language, dateTime, number, percent, CATEGORY_NAMES, LANGUAGE_NAMES, langAttr} from '../format.js';

const FILTERS = ['q', 'lang', 'category', 'neighbourhood', 'source', 'from', 'to'];
const PAGE_SIZE = 20;

export async function render(main, {setTitle, query, navigate, announce}) {
  setTitle('Search');
  const places = await neighbourhoodNames().catch(() => []);
  const inputs = {
    q: h('input', {type: 'search', id: 'search-q', name: 'q', value: query.get('q') || '', autocomplete: 'off',
      spellcheck: 'false', class: 'wide'}),
    lang: h('select', {id: 'search-lang'}, options([['', 'Any language'], ...Object.entries(LANGUAGE_NAMES)],
      query.get('lang') || '')),
    category: h('select', {id: 'search-category'}, options([['', 'Any category'], ...Object.entries(CATEGORY_NAMES)],
      query.get('category') || '')),
    neighbourhood: h('select', {id: 'search-neighbourhood'}, options([['', 'Any neighbourhood'],
      ...places.map(p => [p, p])], query.get('neighbourhood') || '')),
    source: h('input', {type: 'text', id: 'search-source', value: query.get('source') || '', placeholder: 'e.g. mastodon'}),
    from: h('input', {type: 'datetime-local', id: 'search-from', value: query.get('from') || ''}),
    to: h('input', {type: 'datetime-local', id: 'search-to', value: query.get('to') || ''}),
  };
  const page = Number(query.get('page') || 0);
  const error = h('p', {class: 'error', id: 'search-error', role: 'alert'});
  const form = h('form', {class: 'search-form', id: 'search-form', role: 'search', on: {submit: event => {
    event.preventDefault();
    go(0);
  }}},
  field('Search posts', inputs.q, 'Words, "phrases", AND / OR / NOT, field:value (lang, category, neighbourhood, ' +
    'source, hashtag, entity, url, kind), harm:[0.5 TO 1], createdAt:[2026-03-09 TO 2026-03-10], prefix*').wrap,
  h('div', {class: 'filter-row'}, field('Language', inputs.lang).wrap, field('Category', inputs.category).wrap,
    field('Neighbourhood', inputs.neighbourhood).wrap, field('Source', inputs.source).wrap,
    field('From (UTC)', inputs.from).wrap, field('To (UTC, exclusive)', inputs.to).wrap),
  h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary', id: 'search-submit'}, 'Search'),
    button('Clear', () => navigate('search'), {class: 'quiet'})));

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
  main.append(h('h1', {}, 'Search'), h('div', {class: 'search-top'}, h('div', {}, form, error, comparePanel()), saved),
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
      const ask = p => get('/api/search/posts', {...base, from: utcInstant(p.from.value), to: utcInstant(p.to.value),
        pageSize: 1});
      try {
        const [first, second] = await Promise.all([ask(a), ask(b)]);
        const rows = [['All matching posts', first.total, second.total]];
        for (const [facet, label] of [['category', category], ['neighbourhood', v => v]]) {
          const names = [...new Set([...Object.keys(first.facets[facet] || {}), ...Object.keys(second.facets[facet] || {})])];
          names.sort((x, y) => ((second.facets[facet]?.[y] || 0) + (first.facets[facet]?.[y] || 0))
            - ((second.facets[facet]?.[x] || 0) + (first.facets[facet]?.[x] || 0)));
          for (const name of names.slice(0, 10)) {
            rows.push([label(name), first.facets[facet]?.[name] || 0, second.facets[facet]?.[name] || 0]);
          }
        }
        mount(out, h('table', {class: 'compact', id: 'compare-table'}, h('caption', {}, 'First period against second'),
          h('thead', {}, h('tr', {}, ['', 'First', 'Second', 'Change'].map(t => h('th', {scope: 'col'}, t)))),
          h('tbody', {}, rows.map(([name, x, y]) => h('tr', {}, h('th', {scope: 'row'}, name),
            h('td', {class: 'num'}, number(x)), h('td', {class: 'num'}, number(y)),
            h('td', {class: 'num'}, `${y - x > 0 ? '+' : ''}${number(y - x)}`))))));
      } catch (e) {
        mount(out, h('p', {class: 'error'}, e instanceof ApiError && e.fieldMessages.length
          ? `Not compared: ${e.fieldMessages.join('; ')}` : `Not compared: ${e.message}`));
      }
    };
    return h('details', {class: 'compare', id: 'compare'}, h('summary', {}, 'Compare two periods'),
      h('form', {id: 'compare-form', on: {submit: run}},
        h('div', {class: 'filter-row'}, field('First from (UTC)', a.from).wrap, field('First to (UTC)', a.to).wrap,
          field('Second from (UTC)', b.from).wrap, field('Second to (UTC)', b.to).wrap),
        h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'compare-submit'}, 'Compare'))), out);
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
    .map(([name, value]) => [name, name === 'from' || name === 'to' ? utcInstant(value) : value]));
  const [postResult, narrativeResult] = await Promise.allSettled([
    get('/api/search/posts', {...filters, page, pageSize: PAGE_SIZE}),
    get('/api/search/narratives', {...filters, match: 'posts', pageSize: 10})]);
  if (postResult.status === 'rejected') {
    const e = postResult.reason;
    error.textContent = e instanceof ApiError && e.status === 400
      ? `The query could not be read: ${e.fieldMessages.join('; ') || e.message}` : e.message;
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
      exportStatus.textContent = `Exported ${file.rows ?? ''} posts to ${file.name}.`;
      announce(exportStatus.textContent);
    } catch (e) {
      exportStatus.textContent = `Export failed: ${e.message}`;
    }
  };

  mount(results,
    h('aside', {class: 'facets', 'aria-labelledby': 'facets-title', id: 'facets'},
      h('h2', {id: 'facets-title'}, 'Refine'),
      facetGroup('Language', 'lang', posts.facets.lang, language),
      facetGroup('Category', 'category', posts.facets.category, category),
      facetGroup('Neighbourhood', 'neighbourhood', posts.facets.neighbourhood, v => v),
      facetGroup('Source', 'source', posts.facets.source, v => v)),
    h('section', {class: 'hits', 'aria-labelledby': 'hits-title'},
      h('h2', {id: 'hits-title'}, `${number(posts.total)} posts`),
      h('figure', {}, histogram(posts.histogram, {onSelect: (start, end) => {
        inputs.from.value = localInput(start);
        inputs.to.value = localInput(end);
        go(0);
      }}), h('figcaption', {class: 'small muted'}, 'Matching posts over time (UTC); choose a bar to see only its period')),
      h('div', {class: 'actions'}, button('Export CSV', exporter('csv'), {id: 'export-csv'}),
        button('Export JSON', exporter('json'), {id: 'export-json'})), exportStatus,
      h('ol', {class: 'posts', id: 'post-hits', start: String(page * PAGE_SIZE + 1)}, posts.hits.map(postHit)),
      pager(posts.total)),
    h('aside', {class: 'narrative-hits', 'aria-labelledby': 'narratives-title'},
      h('h2', {id: 'narratives-title'}, narratives ? `${number(narratives.total)} narratives` : 'Narratives'),
      narratives ? h('ol', {class: 'plain', id: 'narrative-hits'}, narratives.hits.map(hit => h('li', {},
        h('a', {href: `#/narratives/${encodeURIComponent(hit.narrative.narrativeId)}`}, hit.narrative.label),
        h('p', {class: 'snippet'}, highlighted(hit.snippet)),
        h('p', {class: 'meta'}, `${number(hit.narrative.postCount)} posts · harm ${percent(hit.narrative.harm)}` +
          (hit.narrative.flagged ? ' · flagged' : '')))))
        : h('p', {class: 'muted', id: 'narrative-hits-note'}, 'Narratives could not be loaded.')));

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
      })) : h('p', {class: 'muted small'}, 'None'));
  }

  function postHit(hit) {
    return h('li', {class: ['post', hit.kind === 'tip' ? 'tip' : ''], lang: langAttr(hit.lang), dataset: {post: hit.postId}},
      h('p', {class: 'snippet'}, hit.snippet.length ? highlighted(hit.snippet) : (hit.text ?? 'Text expired.')),
      h('p', {class: 'meta', lang: 'en'},
        `${hit.kind === 'tip' ? 'Tip' : 'Post'} · ${language(hit.lang)} · ${hit.source} · ${dateTime(hit.createdAt)}` +
        `${hit.neighbourhood ? ` · ${hit.neighbourhood}` : ''} · ${hit.authorPseudonym || 'unknown'} · harm ${percent(hit.harm)}` +
        `${hit.categories.length ? ` · ${hit.categories.map(category).join(', ')}` : ''}`,
        hit.narrativeId ? [' · ', h('a', {href: `#/narratives/${encodeURIComponent(hit.narrativeId)}`}, 'narrative')] : '',
        hit.url ? [' · ', outsideLink(hit.url, 'original')] : ''),
      whyScored(hit));
  }

  /** The reasons behind each harm category the post was scored on (they quote the post: text, never markup). */
  function whyScored(hit) {
    const scores = (hit.harmScores || []).filter(score => score.reasons?.length);
    if (!scores.length) return '';
    return h('p', {class: 'reasons small', lang: 'en'}, 'Why: ', scores.map((score, i) => [i ? '; ' : '',
      h('strong', {}, category(score.category)), ` ${percent(score.score)}: `, score.reasons.join(', ')]));
  }

  function pager(total) {
    const pages = Math.ceil(total / PAGE_SIZE);
    if (pages <= 1) return '';
    return h('nav', {class: 'pager', 'aria-label': 'Result pages'},
      page > 0 ? button('Previous', () => go(page - 1), {id: 'previous-page'}) : '',
      h('span', {}, `Page ${page + 1} of ${pages}`),
      page + 1 < pages ? button('Next', () => go(page + 1), {id: 'next-page'}) : '');
  }
}

/** Snippet parts as text nodes, matches wrapped in <mark>. */
export function highlighted(parts) {
  return (parts || []).map(part => part.match ? h('mark', {}, part.text) : document.createTextNode(part.text));
}

/** The API's instant for a "from"/"to" input, read as UTC: 2026-03-09T10:00 → 2026-03-09T10:00:00Z. */
function utcInstant(value) {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00Z` : value;
}

/** A datetime-local value in UTC for an instant. */
function localInput(ms) {
  return new Date(ms).toISOString().slice(0, 16);
}
