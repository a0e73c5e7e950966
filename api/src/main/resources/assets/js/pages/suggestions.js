// Ranked messenger suggestions with their per-factor explanation, assignment from here, and the assignments.
import {get, request} from '../api.js';
import {h, mount, button, field} from '../dom.js';
import {number, percent, dateTime} from '../format.js';
import {describeError, moveCase} from '../triage-actions.js';

export async function suggestionsSection(n, {announce, message, focus, triage}) {
  const section = h('section', {class: 'card', 'aria-labelledby': 'suggestions-title', id: 'suggestions'},
    h('h2', {id: 'suggestions-title', tabindex: '-1'}, 'Credible messengers'));
  const list = h('ol', {class: 'suggestions', id: 'suggestion-list'});
  const assignments = h('div', {id: 'assignments'});
  section.append(list, h('h3', {}, 'Assignments'), assignments);

  const loadAssignments = async () => {
    const rows = await get('/api/assignments', {narrativeId: n.narrativeId});
    mount(assignments, rows.length ? h('table', {class: 'compact', id: 'assignment-table'},
      h('thead', {}, h('tr', {}, ['Messenger', 'State', 'Deadline', 'Response'].map(t => h('th', {scope: 'col'}, t)))),
      h('tbody', {}, rows.map(a => h('tr', {dataset: {assignment: a.id}},
        h('td', {}, a.messengerPseudonym), h('td', {}, h('span', {class: ['state', `state-${a.state}`]}, a.state)),
        h('td', {class: a.overdue ? 'overdue-text' : ''}, dateTime(a.deadline)),
        h('td', {}, a.response ? `${a.response.channel}: ${a.response.description || a.response.link || ''}` : '—')))))
      : h('p', {class: 'muted'}, 'Nobody has been asked yet.'));
  };

  let suggestions;
  try {
    suggestions = await get(`/api/narratives/${encodeURIComponent(n.narrativeId)}/suggestions`);
  } catch (error) {
    list.replaceWith(h('p', {class: 'error'}, `No suggestions: ${describeError(error)}`));
    await loadAssignments().catch(() => {});
    return section;
  }
  suggestions.suggestions.forEach((suggestion, index) => {
    list.append(h('li', {class: 'suggestion', dataset: {messenger: suggestion.messengerId}},
      h('div', {class: 'suggestion-head'},
        h('strong', {}, `${index + 1}. ${suggestion.displayName}`), ` (${suggestion.pseudonym}) · score `,
        h('span', {class: 'score'}, percent(suggestion.score)), ` · load ${suggestion.openAssignments}/${suggestion.capacity}`,
        button(`Assign ${suggestion.displayName}`, () => assign(suggestion),
          {class: 'primary small assign', dataset: {messenger: suggestion.messengerId}})),
      h('table', {class: 'factors compact'},
        h('caption', {class: 'visually-hidden'}, `Why ${suggestion.displayName} is suggested`),
        h('thead', {}, h('tr', {}, ['Factor', 'Value', 'Weight', 'Share', 'Why'].map(t => h('th', {scope: 'col'}, t)))),
        h('tbody', {}, suggestion.factors.map(f => h('tr', {},
          h('th', {scope: 'row'}, f.name), h('td', {}, percent(f.value)), h('td', {}, number(f.weight, 2)),
          h('td', {}, percent(f.contribution)), h('td', {}, f.explanation))))))); 
  });
  if (!suggestions.suggestions.length) list.append(h('li', {}, 'No messenger is available for this narrative.'));
  if (suggestions.excluded.length) {
    section.insertBefore(h('details', {class: 'excluded'}, h('summary', {}, `Not suggested (${suggestions.excluded.length})`),
      h('ul', {}, suggestions.excluded.map(x => h('li', {}, `${x.pseudonym}: ${x.reasons.join('; ')}`)))), list.nextSibling);
  }
  await loadAssignments();
  if (focus) section.querySelector('h2').focus();
  return section;

  function assign(suggestion) {
    const deadline = h('input', {type: 'datetime-local', id: 'assign-deadline', required: true,
      value: localInput(new Date(Date.now() + 24 * 3600000))});
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
        const deadlineAt = new Date(deadline.value);
        await request('/api/assignments', {method: 'POST', body: {narrativeId: n.narrativeId,
          messengerId: suggestion.messengerId, deadline: deadlineAt.toISOString(), note: note.value.trim() || null}});
        close();
        message.textContent = `${suggestion.displayName} was asked to respond.`;
        announce(message.textContent);
        await loadAssignments();
      } catch (e) {
        error.textContent = describeError(e);
      }
    }}},
    h('h2', {id: 'assign-title'}, `Ask ${suggestion.displayName} to respond`),
    field('Deadline (your local time)', deadline).wrap, field('Note for the messenger (optional)', note).wrap, error,
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary', id: 'assign-confirm'}, 'Send assignment'),
      button('Cancel', close))));
    dialog.addEventListener('close', () => dialog.remove());
    document.body.append(dialog);
    dialog.showModal();
    deadline.focus();
  }
}

function localInput(date) {
  const pad = v => String(v).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:` +
    `${pad(date.getMinutes())}`;
}
