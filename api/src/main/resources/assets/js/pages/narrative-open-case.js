// Opening a case on a narrative no rule flagged: a resident's call or a partner's report is a reason to act that the
// alert rules cannot see. The officer gives the reason (kept in the case's history) and a severity.
import {request} from '../api.js';
import {h, button, field, options} from '../dom.js';
import {t, label} from '../i18n.js';
import {askReason, describeError, SEVERITIES} from '../triage-actions.js';

/**
 * The "Open a case" button of a narrative without a case. Asks for a reason and a severity (medium unless chosen),
 * opens the case, then calls opened(case view, created): created is false when the narrative had a case meanwhile
 * (the reason was added to it). A refusal is written to the page's message line.
 */
export function openCaseButton(n, {message, opened}) {
  const open = async () => {
    const severity = h('select', {id: 'open-case-severity'},
      options(SEVERITIES.map(value => [value, label('severity', value)]), 'medium'));
    const reason = await askReason(t('narrative.openCaseTitle', {label: n.label}), t('narrative.openCaseReason'),
      field(t('common.severity'), severity).wrap);
    if (reason === null) return;
    try {
      const response = await request('/api/triage', {method: 'POST',
        body: {narrativeId: n.narrativeId, severity: severity.value, reason}});
      opened(response.data, response.status === 201);
    } catch (error) {
      message.textContent = describeError(error);
    }
  };
  return button(t('narrative.openCase'), open, {id: 'open-case'});
}
