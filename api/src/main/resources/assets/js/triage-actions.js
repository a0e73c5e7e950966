// Triage moves with versions: a case in "new" is acknowledged first, then moved; a stale version is reported.
import {request, ApiError} from './api.js';
import {h, button, field} from './dom.js';
import {t} from './i18n.js';

/** A case's severities, highest first (the api's wire names). */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'];

export async function moveCase(triageCase, target, reason) {
  let version = triageCase.version;
  let state = triageCase.state;
  if (state === 'new' && target !== 'acknowledged') {
    const acknowledged = await request(`/api/triage/${triageCase.id}/transitions`,
      {method: 'POST', etag: `"${version}"`, body: {to: 'acknowledged'}});
    version = acknowledged.data.version;
    state = acknowledged.data.state;
  }
  const moved = await request(`/api/triage/${triageCase.id}/transitions`,
    {method: 'POST', etag: `"${version}"`, body: {to: target, reason: reason || null}});
  return moved.data;
}

/** Moves many cases; new ones are acknowledged first. Returns {moved, failed: [detail]}. */
export async function bulkMove(cases, target, reason) {
  const failed = [];
  const fresh = cases.filter(c => c.state === 'new').map(c => c.id);
  if (target !== 'acknowledged' && fresh.length) {
    const results = (await request('/api/triage/bulk', {method: 'POST',
      body: {caseIds: fresh, to: 'acknowledged'}})).data;
    results.filter(r => r.status !== 200).forEach(r => failed.push(r.detail));
  }
  const results = (await request('/api/triage/bulk', {method: 'POST',
    body: {caseIds: cases.map(c => c.id), to: target, reason: reason || null}})).data;
  results.filter(r => r.status !== 200).forEach(r => failed.push(r.detail));
  return {moved: results.filter(r => r.status === 200).length, failed};
}

export function describeError(error) {
  if (error instanceof ApiError && error.status === 409) {
    return t('triage.stale', {reason: error.message});
  }
  if (error instanceof ApiError && error.fieldMessages.length) return error.fieldMessages.join('; ');
  return error.message;
}

/**
 * Asks for a reason in a modal dialog; resolves to the reason, or null when cancelled. Extra fields (e.g. a severity)
 * go below the reason, and the caller reads them once the dialog resolves.
 */
export function askReason(title, label = t('triage.reasonRequiredLabel'), extra = null) {
  return new Promise(resolve => {
    const reason = h('textarea', {id: 'dismiss-reason', rows: '3', required: true, maxlength: '2000'});
    const error = h('p', {class: 'error', role: 'alert'});
    const dialog = h('dialog', {class: 'dialog', 'aria-labelledby': 'dialog-title', id: 'reason-dialog'});
    const close = value => { dialog.close(); dialog.remove(); resolve(value); };
    dialog.append(h('form', {method: 'dialog', on: {submit: event => {
      event.preventDefault();
      if (!reason.value.trim()) {
        error.textContent = t('triage.reasonMissing');
        reason.focus();
        return;
      }
      close(reason.value.trim());
    }}},
    h('h2', {id: 'dialog-title'}, title), field(label, reason).wrap, extra, error,
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary', id: 'reason-confirm'}, t('common.confirm')),
      button(t('common.cancel'), () => close(null), {id: 'reason-cancel'}))));
    dialog.addEventListener('cancel', event => { event.preventDefault(); close(null); });
    document.body.append(dialog);
    dialog.showModal();
    reason.focus();
  });
}
