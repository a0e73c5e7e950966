// Retention of raw text, the notification outbox, and contact-key rotation.
import {get, request} from '../api.js';
import {h, mount, button} from '../dom.js';
import {dateTime} from '../format.js';
import {messageLine, problemText} from '../admin-form.js';

export async function render(body) {
  const message = messageLine('retention-message');
  const result = h('div', {id: 'retention-result'});
  const outbox = h('div', {id: 'outbox'});
  body.append(message,
    h('section', {class: 'card'}, h('h2', {}, 'Retention'),
      h('p', {}, 'Raw post text older than the configured policy is deleted; narrative aggregates remain. The job ' +
        'runs on its own schedule; run it now to apply a changed policy at once.'),
      button('Run retention now', async () => {
        try {
          const counts = (await request('/api/admin/retention/run', {method: 'POST'})).data;
          mount(result, h('dl', {class: 'facts'}, Object.entries(counts).map(([k, v]) => [h('dt', {}, k),
            h('dd', {}, String(v))])));
          message.textContent = 'Retention applied.';
        } catch (error) {
          message.textContent = problemText(error);
        }
      }, {id: 'run-retention', class: 'primary'}), result),
    h('section', {class: 'card'}, h('h2', {}, 'Notifications waiting or failed'), outbox),
    h('section', {class: 'card'}, h('h2', {}, 'Contact keys'),
      h('p', {}, 'After adding a new active key, re-seal every stored contact under it (step 2 of a rotation).'),
      button('Re-seal contact details', async () => {
        try {
          const done = (await request('/api/admin/contact-keys/reseal', {method: 'POST'})).data;
          message.textContent = `${done.resealed} contact values re-sealed.`;
        } catch (error) {
          message.textContent = problemText(error);
        }
      }, {id: 'reseal'})));

  const rows = await get('/api/admin/outbox');
  mount(outbox, rows.length ? h('table', {class: 'compact'}, h('caption', {class: 'visually-hidden'}, 'Outbox'),
    h('thead', {}, h('tr', {}, ['Id', 'Channel', 'Attempts', 'Next attempt', 'Failed', 'Last error']
      .map(t => h('th', {scope: 'col'}, t)))),
    h('tbody', {}, rows.map(r => h('tr', {}, h('td', {}, String(r.id)), h('td', {}, r.channel),
      h('td', {class: 'num'}, String(r.attempts)), h('td', {}, dateTime(r.nextAttemptAt)),
      h('td', {}, dateTime(r.failedAt)), h('td', {}, r.lastError || '—')))))
    : h('p', {class: 'muted'}, 'Every notification has been delivered.'));
}
