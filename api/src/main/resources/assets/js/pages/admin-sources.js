// Sources and the watchlist: the messaging lines (SMS, WhatsApp, Telegram, e-mail), collector status and the
// watchlist YAML (served where collectors run).
import {get, request, ApiError} from '../api.js';
import {h, mount, field} from '../dom.js';
import {number, when} from '../format.js';
import {t} from '../i18n.js';
import {messageLine, problemText} from '../admin-form.js';

export async function render(body) {
  const message = messageLine('sources-message');
  const lines = h('section', {class: 'card', id: 'line-status'}, h('h2', {}, t('sources.lines')));
  const status = h('section', {class: 'card', id: 'collector-status'}, h('h2', {}, t('sources.title')));
  const watchlist = h('section', {class: 'card', id: 'watchlist'}, h('h2', {}, t('sources.watchlist')));
  body.append(message, lines, status, watchlist);

  try {
    const all = await get('/api/admin/lines');
    lines.append(h('p', {class: 'muted small'}, t('sources.linesNote')),
    h('div', {class: 'table-wrap'}, h('table', {class: 'compact', id: 'lines-table'},
      h('caption', {class: 'visually-hidden'}, t('sources.linesCaption')),
      h('thead', {}, h('tr', {}, ['line', 'on', 'lastMessage', 'lastError', 'in', 'duplicate', 'invalid',
        'queued', 'sent', 'delivered', 'failed'].map(key => h('th', {scope: 'col'}, t(`sources.lineColumn.${key}`))))),
      h('tbody', {}, all.map(line => h('tr', {}, h('th', {scope: 'row'}, line.line),
        h('td', {}, t(line.enabled ? 'sources.on' : 'sources.off')), h('td', {}, when(line.lastMessageAt)),
        h('td', {lang: 'en'}, line.lastError || '—'),
        h('td', {class: 'num'}, line.received ? number(line.received.collected) : '—'),
        h('td', {class: 'num'}, line.received ? number(line.received.duplicate) : '—'),
        h('td', {class: 'num'}, line.received ? number(line.received.invalid) : '—'),
        h('td', {class: 'num'}, number(line.sent.queued)), h('td', {class: 'num'}, number(line.sent.sent)),
        h('td', {class: 'num'}, number(line.sent.delivered)), h('td', {class: 'num'}, number(line.sent.failed))))))));
  } catch (error) {
    lines.append(h('p', {class: 'muted'}, problemText(error)));
  }

  try {
    const collectors = await get('/api/admin/collectors');
    const sources = collectors.sources || [];
    status.append(sources.length ? h('div', {class: 'table-wrap'}, h('table', {class: 'compact', id: 'sources-table'},
      h('caption', {class: 'visually-hidden'}, t('sources.counters')),
      h('thead', {}, h('tr', {}, ['source', 'collected', 'duplicate', 'invalid', 'failed', 'lag', 'circuit',
        'lastSuccess', 'lastError'].map(key => h('th', {scope: 'col'}, t(`sources.column.${key}`))))),
      h('tbody', {}, sources.map(s => h('tr', {}, h('th', {scope: 'row'}, s.source),
        h('td', {class: 'num'}, number(s.collected)), h('td', {class: 'num'}, number(s.duplicate)),
        h('td', {class: 'num'}, number(s.invalid)), h('td', {class: 'num'}, number(s.failed)),
        h('td', {class: 'num'}, `${number((s.lagMillis || 0) / 1000, 1)} s`),
        h('td', {}, String((collectors.breakers || {})[s.source] ?? '—')),
        h('td', {}, when(s.lastSuccess)), h('td', {lang: 'en'}, s.lastError || '—'))))))
      : h('p', {class: 'muted'}, t('sources.none')));
  } catch (error) {
    status.append(h('p', {class: 'muted'}, error instanceof ApiError && error.status === 404
      ? t('sources.elsewhere') : problemText(error)));
  }

  try {
    const current = await request('/api/admin/watchlist', {accept: 'application/yaml, text/plain'});
    const yaml = h('textarea', {id: 'watchlist-yaml', rows: '14', spellcheck: 'false', class: 'code'});
    yaml.value = typeof current.data === 'string' ? current.data : '';
    watchlist.append(h('p', {class: 'muted small'}, t('sources.lastChanged', {by: current.headers.get('X-Updated-By')
      || '—'}), ' ', when(current.headers.get('X-Updated-At'))),
    h('form', {id: 'watchlist-form', on: {submit: async event => {
      event.preventDefault();
      try {
        const saved = await request('/api/admin/watchlist', {method: 'PUT', body: yaml.value,
          contentType: 'application/yaml'});
        message.textContent = t('sources.applied', {feeds: saved.data.feeds, keywords: saved.data.keywords,
          hashtags: saved.data.hashtags});
      } catch (error) {
        message.textContent = t('sources.notApplied', {reason: problemText(error)});
      }
    }}}, field(t('sources.yaml'), yaml).wrap,
    h('button', {type: 'submit', class: 'primary'}, t('sources.apply'))));
  } catch (error) {
    watchlist.append(h('p', {class: 'muted'}, error instanceof ApiError && error.status === 404
      ? t('sources.watchlistElsewhere') : problemText(error)));
  }
  mount(message);
}
