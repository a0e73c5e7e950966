// The messenger registry: create, edit (versioned), contact details on demand (audited).
import {get, request} from '../api.js';
import {h, mount, button, field} from '../dom.js';
import {messageLine, problemText, listOf} from '../admin-form.js';
import {t} from '../i18n.js';
import {language} from '../format.js';

export async function render(body) {
  const message = messageLine('messengers-message');
  const table = h('div', {id: 'messengers-table'});
  const editor = h('div', {id: 'messenger-editor'});
  body.append(message, table, editor);

  async function load() {
    const messengers = await get('/api/messengers');
    mount(table, h('div', {class: 'table-wrap'}, h('table', {class: 'compact'},
      h('caption', {}, t('messengers.count', {count: messengers.length})),
      h('thead', {}, h('tr', {}, ['name', 'pseudonym', 'languages', 'neighbourhoods', 'load', 'status', 'actions']
        .map(key => h('th', {scope: 'col'}, t(`messengers.column.${key}`))))),
      h('tbody', {}, messengers.map(m => h('tr', {dataset: {messenger: m.id}},
        h('th', {scope: 'row'}, m.displayName), h('td', {}, m.pseudonym),
        h('td', {}, m.profile.languages.map(l => `${language(l.lang)} (${l.proficiency})`).join(', ')),
        h('td', {}, m.profile.neighbourhoods.join(', ')), h('td', {}, `${m.openAssignments}/${m.capacity}`),
        h('td', {}, m.ineligibility.length ? h('span', {lang: 'en'}, m.ineligibility.join('; ')) : t('messengers.eligible')),
        h('td', {}, button(t('messengers.edit'), () => edit(m), {class: 'small', 'aria-label': t('messengers.editOne',
          {name: m.displayName})}),
          button(t('messengers.showContact'), async event => {
            const contact = await get(`/api/messengers/${m.id}/contact`);
            event.target.replaceWith(h('span', {}, [contact.email, contact.phone].filter(Boolean).join(' · ') || '—'));
          }, {class: 'small quiet'}))))))));
  }

  async function edit(m) {
    // the update replaces the sealed contact details, so editing starts from them (this view is audited)
    const contact = m ? await get(`/api/messengers/${m.id}/contact`).catch(() => ({})) : {};
    const p = m?.profile || {languages: [], neighbourhoods: [], communities: [], topics: [], channels: []};
    const inputs = {
      displayName: h('input', {type: 'text', id: 'm-name', required: true, value: m?.displayName || ''}),
      pseudonym: h('input', {type: 'text', id: 'm-pseudonym', required: true, value: m?.pseudonym || ''}),
      email: h('input', {type: 'email', id: 'm-email', value: contact.email || ''}),
      phone: h('input', {type: 'tel', id: 'm-phone', value: contact.phone || ''}),
      languages: h('input', {type: 'text', id: 'm-languages',
        value: p.languages.map(l => `${l.lang}:${l.proficiency}`).join(', ')}),
      neighbourhoods: h('input', {type: 'text', id: 'm-neighbourhoods', value: p.neighbourhoods.join(', ')}),
      communities: h('input', {type: 'text', id: 'm-communities', value: p.communities.join(', ')}),
      topics: h('input', {type: 'text', id: 'm-topics', value: p.topics.join(', ')}),
      channels: h('input', {type: 'text', id: 'm-channels', value: p.channels.join(', ')}),
      capacity: h('input', {type: 'number', id: 'm-capacity', min: '0', max: '50', value: String(m?.capacity ?? 2)}),
      preferredLanguage: h('input', {type: 'text', id: 'm-language', value: m?.preferredLanguage || 'en'}),
      consent: h('input', {type: 'checkbox', id: 'm-consent', props: {checked: m ? m.consent : false}}),
      active: h('input', {type: 'checkbox', id: 'm-active', props: {checked: m ? m.active : true}}),
    };
    mount(editor, h('form', {class: 'card', id: 'messenger-form', on: {submit: async event => {
      event.preventDefault();
      const payload = {displayName: inputs.displayName.value.trim(), pseudonym: inputs.pseudonym.value.trim(),
        email: inputs.email.value.trim() || null, phone: inputs.phone.value.trim() || null,
        profile: {languages: listOf(inputs.languages.value).map(v => {
          const [lang, proficiency] = v.split(':').map(x => x.trim());
          return {lang, proficiency: proficiency || 'fluent'};
        }), neighbourhoods: listOf(inputs.neighbourhoods.value), communities: listOf(inputs.communities.value),
        topics: listOf(inputs.topics.value), channels: listOf(inputs.channels.value)},
        capacity: Number(inputs.capacity.value), consent: inputs.consent.checked, active: inputs.active.checked,
        preferredLanguage: inputs.preferredLanguage.value.trim() || null, available: m ? m.available : true};
      try {
        if (m) await request(`/api/messengers/${m.id}`, {method: 'PUT', etag: `"${m.version}"`, body: payload});
        else await request('/api/messengers', {method: 'POST', body: payload});
        message.textContent = t('users.saved', {name: payload.displayName});
        mount(editor);
        await load();
      } catch (error) {
        message.textContent = problemText(error);
      }
    }}}, h('h2', {}, m ? t('messengers.editTitle', {name: m.displayName}) : t('messengers.new')),
    h('p', {class: 'muted small'}, t('messengers.contactNote')),
    h('div', {class: 'filter-row'}, field(t('users.displayName'), inputs.displayName).wrap,
      field(t('messengers.pseudonym'), inputs.pseudonym).wrap, field(t('users.email'), inputs.email).wrap,
      field(t('messengers.phone'), inputs.phone).wrap,
      field(t('messengers.column.languages'), inputs.languages, t('messengers.languagesHint')).wrap,
      field(t('messengers.column.neighbourhoods'), inputs.neighbourhoods, t('messengers.commaSeparated')).wrap,
      field(t('messengers.communities'), inputs.communities, t('messengers.commaSeparated')).wrap,
      field(t('messengers.topics'), inputs.topics, t('messengers.topicsHint')).wrap,
      field(t('messengers.channels'), inputs.channels, 'social, radio, in_person, messaging').wrap,
      field(t('messengers.capacity'), inputs.capacity).wrap,
      field(t('messengers.preferredLanguage'), inputs.preferredLanguage, t('messengers.languageHint')).wrap),
    h('div', {class: 'field checkbox'}, inputs.consent, h('label', {for: 'm-consent'}, t('messengers.consent'))),
    h('div', {class: 'field checkbox'}, inputs.active, h('label', {for: 'm-active'}, t('users.column.active'))),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, t('messengers.save')),
      button(t('common.cancel'), () => mount(editor)))));
    inputs.displayName.focus();
  }

  body.insertBefore(button(t('messengers.new'), () => edit(null), {id: 'new-messenger', class: 'primary'}), table);
  await load();
}
