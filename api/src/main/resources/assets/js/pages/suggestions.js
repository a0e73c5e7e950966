// Ranked messenger suggestions with their per-factor explanation, assignment from here, and the assignments.
import {get, request} from '../api.js';
import {h, mount, button, field} from '../dom.js';
import {number, percent, when, humanized, pickerValue, fromPicker, timeZone} from '../format.js';
import {t, label} from '../i18n.js';
import {describeError, moveCase} from '../triage-actions.js';

export async function suggestionsSection(n, {announce, message, focus, triage}) {
  const section = h('section', {class: 'card', 'aria-labelledby': 'suggestions-title', id: 'suggestions'},
    h('h2', {id: 'suggestions-title', tabindex: '-1'}, t('suggestions.title')));
  const list = h('ol', {class: 'suggestions', id: 'suggestion-list'});
  const assignments = h('div', {id: 'assignments'});
  section.append(list, h('h3', {}, t('suggestions.assignments')), assignments);

  const loadAssignments = async () => {
    const rows = await get('/api/assignments', {narrativeId: n.narrativeId});
    mount(assignments, rows.length ? h('table', {class: 'compact', id: 'assignment-table'},
      h('thead', {}, h('tr', {}, ['messenger', 'state', 'deadline', 'response'].map(key =>
        h('th', {scope: 'col'}, t(`suggestions.column.${key}`))))),
      h('tbody', {}, rows.map(a => h('tr', {dataset: {assignment: a.id, state: a.state}},
        h('td', {}, a.messengerPseudonym), h('td', {}, h('span', {class: ['state', `state-${a.state}`]},
          label('assignmentState', a.state))),
        h('td', {class: a.overdue ? 'overdue-text' : ''}, when(a.deadline)),
        h('td', {dir: 'auto'}, a.response ? `${label('channel', a.response.channel)}: ${a.response.description
          || a.response.link || ''}` : '—')))))
      : h('p', {class: 'muted'}, t('suggestions.nobody')));
  };

  let suggestions;
  try {
    suggestions = await get(`/api/narratives/${encodeURIComponent(n.narrativeId)}/suggestions`);
  } catch (error) {
    list.replaceWith(h('p', {class: 'error'}, t('suggestions.failed', {reason: describeError(error)})));
    await loadAssignments().catch(() => {});
    return section;
  }
  suggestions.suggestions.forEach((suggestion, index) => {
    list.append(h('li', {class: 'suggestion', dataset: {messenger: suggestion.messengerId}},
      h('div', {class: 'suggestion-head'},
        h('strong', {}, `${index + 1}. ${suggestion.displayName}`), ` (${suggestion.pseudonym}) · ${t('suggestions.score')} `,
        h('span', {class: 'score'}, percent(suggestion.score)), ` · ${t('suggestions.load', {open:
          suggestion.openAssignments, capacity: suggestion.capacity})}`,
        button(t('suggestions.assign', {name: suggestion.displayName}), () => assign(suggestion),
          {class: 'primary small assign', dataset: {messenger: suggestion.messengerId}})),
      h('table', {class: 'factors compact'},
        h('caption', {class: 'visually-hidden'}, t('suggestions.why', {name: suggestion.displayName})),
        h('thead', {}, h('tr', {}, ['factor', 'value', 'weight', 'share', 'why'].map(key =>
          h('th', {scope: 'col'}, t(`suggestions.column.${key}`))))),
        h('tbody', {}, suggestion.factors.map(f => h('tr', {dataset: {factor: f.name}},
          h('th', {scope: 'row'}, label('factor', f.name)), h('td', {}, percent(f.value)), h('td', {}, number(f.weight, 2)),
          h('td', {}, percent(f.contribution)), h('td', {lang: 'en'}, humanized(f.explanation))))))));
  });
  if (!suggestions.suggestions.length) list.append(h('li', {}, t('suggestions.none')));
  if (suggestions.excluded.length) {
    section.insertBefore(h('details', {class: 'excluded'}, h('summary', {}, t('suggestions.excluded', {count: suggestions.excluded.length})),
      h('ul', {}, suggestions.excluded.map(x => h('li', {}, `${x.pseudonym}: `, h('span', {lang: 'en'}, humanized(x.reasons.join('; '))))))),
    list.nextSibling);
  }
  await loadAssignments();
  if (focus) section.querySelector('h2').focus();
  return section;

  function assign(suggestion) {
    const deadline = h('input', {type: 'datetime-local', id: 'assign-deadline', required: true,
      value: pickerValue(Date.now() + 24 * 3600000)});
    const note = h('textarea', {id: 'assign-note', rows: '3', maxlength: '5000'});
    const error = h('p', {class: 'error', role: 'alert'});
    const dialog = h('dialog', {class: 'dialog', 'aria-labelledby': 'assign-title', id: 'assign-dialog'});
    const close = () => { dialog.close(); dialog.remove(); };
    dialog.append(h('form', {on: {submit: async event => {
      event.preventDefault();
      try {
        if (triage && triage.state === 'new') { // an assignment needs a case that can be responded to
          const moved = await moveCase({id: triage.caseId, state: 'new', version: triage.version}, 'acknowledged');
          Object.assign(triage, {state: moved.state, version: moved.version});
        }
        await request('/api/assignments', {method: 'POST', body: {narrativeId: n.narrativeId,
          messengerId: suggestion.messengerId, deadline: fromPicker(deadline.value), note: note.value.trim() || null}});
        close();
        message.textContent = t('suggestions.asked', {name: suggestion.displayName});
        announce(message.textContent);
        await loadAssignments();
      } catch (e) {
        error.textContent = describeError(e);
      }
    }}},
    h('h2', {id: 'assign-title'}, t('suggestions.askTitle', {name: suggestion.displayName})),
    field(t('suggestions.deadline', {zone: timeZone()}), deadline).wrap,
    field(t('suggestions.note'), note).wrap, error,
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary', id: 'assign-confirm'},
      t('suggestions.send')), button(t('common.cancel'), close))));
    dialog.addEventListener('close', () => dialog.remove());
    document.body.append(dialog);
    dialog.showModal();
    deadline.focus();
  }
}
