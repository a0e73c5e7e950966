// Retention of raw text, the notification outbox, and contact-key rotation.
import {get, request} from '../api.js';
import {h, mount, button} from '../dom.js';
import {dateTime} from '../format.js';
import {messageLine, problemText} from '../admin-form.js';

const REMOVED = {postTexts: 'Post texts removed', notificationBodies: 'Notification bodies blanked',
  expiredTokens: 'Expired sign-in tokens removed'};

function kept(hours) {
  return hours % 24 === 0 ? `${hours / 24} day${hours === 24 ? '' : 's'}` : `${hours} hours`;
}

function showPolicy(target, policy) {
  mount(target, h('dl', {class: 'facts'},
    h('dt', {}, 'Raw post text kept'), h('dd', {}, kept(policy.rawTextHours)),
    h('dt', {}, 'Text removed from posts before'), h('dd', {}, dateTime(policy.cutoff)),
    h('dt', {}, 'Scheduled run'), h('dd', {}, policy.enabled ? `every ${policy.interval.replace(/^PT/, '').toLowerCase()}`
      : 'off (run it by hand)'),
    h('dt', {}, 'Last run on this node'), h('dd', {}, policy.lastRunAt ? dateTime(policy.lastRunAt) : 'not yet'),
    Object.entries(policy.lastRemoved).map(([k, v]) => [h('dt', {}, REMOVED[k] || k), h('dd', {}, String(v))])));
}

export async function render(body) {
  const message = messageLine('retention-message');
  const policy = h('div', {id: 'retention-policy'});
  const outbox = h('div', {id: 'outbox'});
  body.append(message,
    h('section', {class: 'card'}, h('h2', {}, 'Retention'),
      h('p', {}, 'Raw post text older than the policy is deleted; narrative aggregates, alerts and the audit log ' +
        'remain. The policy is set in the api configuration (retention.rawText). The job runs on its own schedule; ' +
        'run it now to apply a changed policy at once.'),
      policy,
      button('Run retention now', async () => {
        try {
          await request('/api/admin/retention/run', {method: 'POST'});
          showPolicy(policy, await get('/api/admin/retention'));
          message.textContent = 'Retention applied.';
        } catch (error) {
          message.textContent = problemText(error);
        }
      }, {id: 'run-retention', class: 'primary'})),
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

  showPolicy(policy, await get('/api/admin/retention'));
  const rows = await get('/api/admin/outbox');
  mount(outbox, rows.length ? h('table', {class: 'compact'}, h('caption', {class: 'visually-hidden'}, 'Outbox'),
    h('thead', {}, h('tr', {}, ['Id', 'Channel', 'Attempts', 'Next attempt', 'Failed', 'Last error']
      .map(t => h('th', {scope: 'col'}, t)))),
    h('tbody', {}, rows.map(r => h('tr', {}, h('td', {}, String(r.id)), h('td', {}, r.channel),
      h('td', {class: 'num'}, String(r.attempts)), h('td', {}, dateTime(r.nextAttemptAt)),
      h('td', {}, dateTime(r.failedAt)), h('td', {}, r.lastError || '—')))))
    : h('p', {class: 'muted'}, 'Every notification has been delivered.'));
}
