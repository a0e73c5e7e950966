// Sources and the watchlist: the messaging lines (SMS, WhatsApp, Telegram, e-mail), collector status and the
// watchlist YAML (served where collectors run).
import {get, request, ApiError} from '../api.js';
import {h, mount, field} from '../dom.js';
import {number, dateTime} from '../format.js';
import {messageLine, problemText} from '../admin-form.js';

export async function render(body) {
  const message = messageLine('sources-message');
  const lines = h('section', {class: 'card', id: 'line-status'}, h('h2', {}, 'Messaging lines'));
  const status = h('section', {class: 'card', id: 'collector-status'}, h('h2', {}, 'Sources'));
  const watchlist = h('section', {class: 'card', id: 'watchlist'}, h('h2', {}, 'Watchlist'));
  body.append(message, lines, status, watchlist);

  try {
    const all = await get('/api/admin/lines');
    lines.append(h('p', {class: 'muted small'}, 'A line is switched on in the configuration, with its secrets from the ' +
      'environment (see the intake set-up in the README). In: messages received; out: messages sent through the outbox.'),
    h('table', {class: 'compact', id: 'lines-table'},
      h('caption', {class: 'visually-hidden'}, 'Messaging line status'),
      h('thead', {}, h('tr', {}, ['Line', 'On', 'Last message', 'Last error', 'In', 'Duplicate', 'Invalid',
        'Queued', 'Sent', 'Delivered', 'Failed'].map(t => h('th', {scope: 'col'}, t)))),
      h('tbody', {}, all.map(line => h('tr', {}, h('th', {scope: 'row'}, line.line),
        h('td', {}, line.enabled ? 'on' : 'off'), h('td', {}, dateTime(line.lastMessageAt)),
        h('td', {}, line.lastError || '—'),
        h('td', {class: 'num'}, line.received ? number(line.received.collected) : '—'),
        h('td', {class: 'num'}, line.received ? number(line.received.duplicate) : '—'),
        h('td', {class: 'num'}, line.received ? number(line.received.invalid) : '—'),
        h('td', {class: 'num'}, number(line.sent.queued)), h('td', {class: 'num'}, number(line.sent.sent)),
        h('td', {class: 'num'}, number(line.sent.delivered)), h('td', {class: 'num'}, number(line.sent.failed)))))));
  } catch (error) {
    lines.append(h('p', {class: 'muted'}, problemText(error)));
  }

  try {
    const collectors = await get('/api/admin/collectors');
    const sources = collectors.sources || [];
    status.append(sources.length ? h('table', {class: 'compact', id: 'sources-table'},
      h('caption', {class: 'visually-hidden'}, 'Collector counters'),
      h('thead', {}, h('tr', {}, ['Source', 'Collected', 'Duplicate', 'Invalid', 'Failed', 'Lag', 'Circuit',
        'Last success', 'Last error'].map(t => h('th', {scope: 'col'}, t)))),
      h('tbody', {}, sources.map(s => h('tr', {}, h('th', {scope: 'row'}, s.source),
        h('td', {class: 'num'}, number(s.collected)), h('td', {class: 'num'}, number(s.duplicate)),
        h('td', {class: 'num'}, number(s.invalid)), h('td', {class: 'num'}, number(s.failed)),
        h('td', {class: 'num'}, `${number((s.lagMillis || 0) / 1000, 1)} s`),
        h('td', {}, String((collectors.breakers || {})[s.source] ?? '—')),
        h('td', {}, dateTime(s.lastSuccess)), h('td', {}, s.lastError || '—')))))
      : h('p', {class: 'muted'}, 'No source is running.'));
  } catch (error) {
    status.append(h('p', {class: 'muted'}, error instanceof ApiError && error.status === 404
      ? 'Collectors do not run in this process, so their status is not available here.' : problemText(error)));
  }

  try {
    const current = await request('/api/admin/watchlist', {accept: 'application/yaml, text/plain'});
    const yaml = h('textarea', {id: 'watchlist-yaml', rows: '14', spellcheck: 'false', class: 'code'});
    yaml.value = typeof current.data === 'string' ? current.data : '';
    watchlist.append(h('p', {class: 'muted small'}, `Last changed by ${current.headers.get('X-Updated-By') || '—'} at ` +
      `${dateTime(current.headers.get('X-Updated-At'))}.`),
    h('form', {id: 'watchlist-form', on: {submit: async event => {
      event.preventDefault();
      try {
        const saved = await request('/api/admin/watchlist', {method: 'PUT', body: yaml.value,
          contentType: 'application/yaml'});
        message.textContent = `Watchlist applied: ${saved.data.feeds} feeds, ${saved.data.keywords} keywords, ` +
          `${saved.data.hashtags} hashtags.`;
      } catch (error) {
        message.textContent = `Not applied: ${problemText(error)}`;
      }
    }}}, field('Watchlist (YAML: feeds, mastodon, bluesky, hashtags, keywords, neighbourhoods)', yaml).wrap,
    h('button', {type: 'submit', class: 'primary'}, 'Apply watchlist')));
  } catch (error) {
    watchlist.append(h('p', {class: 'muted'}, error instanceof ApiError && error.status === 404
      ? 'The watchlist is managed where the collectors run; it is not served by this process.' : problemText(error)));
  }
  mount(message);
}
