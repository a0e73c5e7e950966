// The narrative page's "Seen in other cities" section: matches with signatures other cities shared, their outcome
// and playbook, and (for officers) sharing this narrative and importing another city's playbook. Every string from
// another city is untrusted: it goes into text nodes only.
import {get, request, ApiError} from '../api.js';
import {h, mount, button} from '../dom.js';
import {category, language, number, percent, dateTime} from '../format.js';
import {t} from '../i18n.js';

export async function networkSection(n, {user, message, announce}) {
  const section = h('section', {class: 'card', id: 'network', 'aria-labelledby': 'network-title'},
    h('h2', {id: 'network-title'}, t('network.title')));
  const list = h('div', {id: 'network-matches'});
  section.append(list);
  const isOfficer = user.role === 'officer';
  async function refresh() {
    let matches = [];
    try {
      matches = await get(`/api/network/narratives/${encodeURIComponent(n.narrativeId)}/matches`);
    } catch (error) {
      mount(list, h('p', {class: 'muted'}, t('network.readFailed')));
      return;
    }
    if (!matches.length) {
      mount(list, h('p', {class: 'muted'}, t('network.none')));
      return;
    }
    mount(list, h('ul', {class: 'network-matches'}, ...matches.map(match => matchItem(match))));
  }
  function matchItem(match) {
    const playbook = match.playbook;
    const item = h('li', {class: 'network-match'},
      h('p', {class: 'network-summary'}, match.earlyWarning ? [h('strong', {}, t('network.earlyWarning')), ' '] : '',
        match.summary),
      h('p', {class: 'muted'}, t('network.details', {terms: (match.sharedTerms || []).join(', ') || t('network.noTerms'),
        links: !match.sharedUrls ? '' : match.sharedUrls === 1 ? t('network.sharedLink')
          : t('network.sharedLinks', {count: number(match.sharedUrls)}),
        velocity: number(match.peakVelocity, 1), languages: (match.languages || []).map(language).join(', '),
        when: dateTime(match.matchedAt)})));
    if (playbook) {
      item.append(h('details', {},
        h('summary', {}, t('network.playbook', {title: playbook.title, category: category(playbook.category),
          language: language(playbook.language),
          change: match.velocityChange === null || match.velocityChange === undefined ? '' : t('network.velocityChange',
            {change: `${match.velocityChange > 0 ? '+' : ''}${percent(match.velocityChange)}`})})),
        h('ul', {}, ...(playbook.talkingPoints || []).map(point => h('li', {}, point)))));
      if (isOfficer) {
        item.append(match.playbookImportedAt
          ? h('p', {class: 'muted'}, t('network.importedOn', {when: dateTime(match.playbookImportedAt)}))
          : button(t('network.import'), async () => {
            try {
              await request(`/api/network/matches/${match.id}/import-playbook`, {method: 'POST'});
              announce(t('network.imported'));
              await refresh();
            } catch (error) {
              message.textContent = error instanceof ApiError ? (error.problem?.detail || t('network.importFailed'))
                : t('network.importFailed');
            }
          }));
      }
    }
    return item;
  }
  if (isOfficer && n.flagged) {
    section.append(button(t('network.share'), async () => {
      try {
        const result = (await request(`/api/network/narratives/${encodeURIComponent(n.narrativeId)}/share`,
          {method: 'POST'})).data;
        announce(result.outcome === 'shared' ? t('network.shared')
          : t('network.withheld', {authors: result.distinctAuthors, minimum: result.minDistinctAuthors}));
      } catch (error) {
        message.textContent = error instanceof ApiError ? (error.problem?.detail || t('network.shareFailed'))
          : t('network.shareFailed');
      }
    }, {id: 'network-share'}));
  }
  await refresh();
  return section;
}
