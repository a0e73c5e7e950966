// Retention of raw text, the notification outbox, and contact-key rotation.
import {get, request} from '../api.js';
import {h, mount, button} from '../dom.js';
import {when, number} from '../format.js';
import {t} from '../i18n.js';
import {messageLine, problemText} from '../admin-form.js';

const REMOVED = ['postTexts', 'notificationBodies', 'expiredTokens'];

function kept(hours) {
  if (hours === 24) return t('retention.oneDay');
  return hours % 24 === 0 ? t('retention.days', {count: hours / 24}) : t('retention.hours', {count: hours});
}

function showPolicy(target, policy) {
  mount(target, h('dl', {class: 'facts'},
    h('dt', {}, t('retention.kept')), h('dd', {}, kept(policy.rawTextHours)),
    h('dt', {}, t('retention.cutoff')), h('dd', {}, when(policy.cutoff)),
    h('dt', {}, t('retention.scheduled')), h('dd', {}, policy.enabled
      ? t('retention.every', {interval: policy.interval.replace(/^PT/, '').toLowerCase()}) : t('retention.off')),
    h('dt', {}, t('retention.lastRun')), h('dd', {}, policy.lastRunAt ? when(policy.lastRunAt) : t('retention.notYet')),
    Object.entries(policy.lastRemoved).map(([k, v]) => [h('dt', {}, REMOVED.includes(k) ? t(`retention.removed.${k}`) : k),
      h('dd', {}, number(v))])));
}

export async function render(body) {
  const message = messageLine('retention-message');
  const policy = h('div', {id: 'retention-policy'});
  const outbox = h('div', {id: 'outbox'});
  body.append(message,
    h('section', {class: 'card'}, h('h2', {}, t('retention.title')),
      h('p', {}, t('retention.explain')),
      policy,
      button(t('retention.run'), async () => {
        try {
          await request('/api/admin/retention/run', {method: 'POST'});
          showPolicy(policy, await get('/api/admin/retention'));
          message.textContent = t('retention.applied');
        } catch (error) {
          message.textContent = problemText(error);
        }
      }, {id: 'run-retention', class: 'primary'})),
    h('section', {class: 'card'}, h('h2', {}, t('retention.outbox')), outbox),
    h('section', {class: 'card'}, h('h2', {}, t('retention.keys')),
      h('p', {}, t('retention.keysExplain')),
      button(t('retention.reseal'), async () => {
        try {
          const done = (await request('/api/admin/contact-keys/reseal', {method: 'POST'})).data;
          message.textContent = t('retention.resealed', {count: number(done.resealed)});
        } catch (error) {
          message.textContent = problemText(error);
        }
      }, {id: 'reseal'})));

  showPolicy(policy, await get('/api/admin/retention'));
  const rows = await get('/api/admin/outbox');
  mount(outbox, rows.length ? h('div', {class: 'table-wrap'}, h('table', {class: 'compact'},
    h('caption', {class: 'visually-hidden'}, t('retention.outbox')),
    h('thead', {}, h('tr', {}, ['id', 'channel', 'attempts', 'next', 'failed', 'error']
      .map(key => h('th', {scope: 'col'}, t(`retention.column.${key}`))))),
    h('tbody', {}, rows.map(r => h('tr', {}, h('td', {}, String(r.id)), h('td', {}, r.channel),
      h('td', {class: 'num'}, String(r.attempts)), h('td', {}, when(r.nextAttemptAt)),
      h('td', {}, when(r.failedAt)), h('td', {lang: 'en'}, r.lastError || '—'))))))
    : h('p', {class: 'muted'}, t('retention.delivered')));
}
