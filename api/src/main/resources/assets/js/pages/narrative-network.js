// The narrative page's "Seen in other cities" section: matches with signatures other cities shared, their outcome
// and playbook, and (for officers) sharing this narrative and importing another city's playbook. Every string from
// another city is untrusted: it goes into text nodes only.
import {get, request, ApiError} from '../api.js';
import {h, mount, button} from '../dom.js';
import {category, language, number, percent, dateTime} from '../format.js';

export async function networkSection(n, {user, message, announce}) {
  const section = h('section', {class: 'card', id: 'network', 'aria-labelledby': 'network-title'},
    h('h2', {id: 'network-title'}, 'Seen in other cities'));
  const list = h('div', {id: 'network-matches'});
  section.append(list);
  const isOfficer = user.role === 'officer';
  async function refresh() {
    let matches = [];
    try {
      matches = await get(`/api/network/narratives/${encodeURIComponent(n.narrativeId)}/matches`);
    } catch (error) {
      mount(list, h('p', {class: 'muted'}, 'The network could not be read.'));
      return;
    }
    if (!matches.length) {
      mount(list, h('p', {class: 'muted'}, 'No other city has shared a narrative like this one.'));
      return;
    }
    mount(list, h('ul', {class: 'network-matches'}, ...matches.map(match => matchItem(match))));
  }
  function matchItem(match) {
    const playbook = match.playbook;
    const item = h('li', {class: 'network-match'},
      h('p', {class: 'network-summary'}, match.earlyWarning ? h('strong', {}, 'Early warning. ') : '', match.summary),
      h('p', {class: 'muted'}, `In common: ${(match.sharedTerms || []).join(', ') || 'no terms'}` +
        (match.sharedUrls ? `; ${match.sharedUrls} shared link${match.sharedUrls === 1 ? '' : 's'}` : '') +
        `. Peak there ${number(match.peakVelocity, 1)} posts/h; ` +
        `languages ${(match.languages || []).map(language).join(', ')}; matched ${dateTime(match.matchedAt)}.`));
    if (playbook) {
      item.append(h('details', {},
        h('summary', {}, `Their playbook: ${playbook.title} (${category(playbook.category)}, ${language(playbook.language)})` +
          (match.velocityChange === null || match.velocityChange === undefined ? '' :
            `, velocity ${match.velocityChange > 0 ? '+' : ''}${percent(match.velocityChange)} after their response`)),
        h('ul', {}, ...(playbook.talkingPoints || []).map(point => h('li', {}, point)))));
      if (isOfficer) {
        item.append(match.playbookImportedAt
          ? h('p', {class: 'muted'}, `Playbook imported ${dateTime(match.playbookImportedAt)}.`)
          : button('Import their playbook', async () => {
            try {
              await request(`/api/network/matches/${match.id}/import-playbook`, {method: 'POST'});
              announce('Playbook imported into the library.');
              await refresh();
            } catch (error) {
              message.textContent = error instanceof ApiError ? (error.problem?.detail || 'Import failed.') : 'Import failed.';
            }
          }));
      }
    }
    return item;
  }
  if (isOfficer && n.flagged) {
    section.append(button('Share with the network', async () => {
      try {
        const result = (await request(`/api/network/narratives/${encodeURIComponent(n.narrativeId)}/share`,
          {method: 'POST'})).data;
        announce(result.outcome === 'shared' ? 'Signature shared with the network.'
          : `Withheld: ${result.distinctAuthors} distinct authors, fewer than ${result.minDistinctAuthors}.`);
      } catch (error) {
        message.textContent = error instanceof ApiError ? (error.problem?.detail || 'Sharing failed.') : 'Sharing failed.';
      }
    }, {id: 'network-share'}));
  }
  await refresh();
  return section;
}
