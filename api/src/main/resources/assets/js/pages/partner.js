// A partner's page: the heads-ups officers sent them (acknowledge each) and a form to report what they observe.
import {get, request} from '../api.js';
import {h, mount, button, field, options} from '../dom.js';
import {when} from '../format.js';
import {t, LANGUAGES, currentLanguage} from '../i18n.js';
import {messageLine, problemText} from '../admin-form.js';

export async function render(main, {setTitle, announce}) {
  setTitle(t('partner.title'));
  const me = await get('/api/partners/me').catch(() => null);
  const message = messageLine('partner-message');
  const list = h('ol', {class: 'inbox', id: 'headsup-list'});
  const inputs = {
    what: h('textarea', {id: 'obs-what', rows: '4', required: true, minlength: '3', maxlength: '5000'}),
    neighbourhood: h('select', {id: 'obs-neighbourhood'},
      options([['', t('partner.anywhere')], ...(me ? me.neighbourhoods.map(n => [n, n]) : [])], '')),
    language: h('select', {id: 'obs-language'}, options(Object.entries(LANGUAGES), currentLanguage())),
    link: h('input', {type: 'url', id: 'obs-link', maxlength: '2000'}),
  };
  const form = h('form', {class: 'card', id: 'observation-form', on: {submit: async event => {
    event.preventDefault();
    try {
      const sent = await request('/api/partners/me/observations', {method: 'POST', body: {
        what: inputs.what.value.trim(), neighbourhood: inputs.neighbourhood.value || null,
        language: inputs.language.value, link: inputs.link.value.trim() || null}});
      message.textContent = t('partner.observed', {reference: sent.data.reference});
      announce(message.textContent);
      form.reset();
    } catch (error) {
      message.textContent = problemText(error);
    }
  }}}, h('h2', {}, t('partner.observeTitle')), h('p', {}, t('partner.observeHint')),
  field(t('partner.what'), inputs.what).wrap,
  h('div', {class: 'filter-row'}, field(t('partner.where'), inputs.neighbourhood).wrap,
    field(t('common.language'), inputs.language).wrap, field(t('partner.link'), inputs.link).wrap),
  h('button', {type: 'submit', class: 'primary'}, t('partner.send')));
  main.append(h('h1', {id: 'partner-title'}, me ? me.organisation : t('partner.title')), message,
    h('h2', {}, t('partner.headsUps')), list, form);
  if (!me) {
    message.textContent = t('partner.unregistered');
    return;
  }

  async function load() {
    const headsUps = await get('/api/partners/me/headsups');
    if (!headsUps.length) {
      mount(list, h('li', {}, t('partner.none')));
      return;
    }
    mount(list, ...headsUps.map(item => h('li', {class: 'card'},
      h('h3', {dir: 'auto'}, item.label), h('p', {class: 'muted'}, when(item.sentAt)),
      h('p', {dir: 'auto'}, item.summary),
      item.talkingPoints.length ? h('ul', {dir: 'auto'}, item.talkingPoints.map(point => h('li', {}, point))) : '',
      item.acknowledgedAt ? h('p', {}, t('partner.acknowledged'), ' ', when(item.acknowledgedAt))
        : button(t('partner.acknowledge'), async () => {
          try {
            await request(`/api/partners/me/headsups/${item.id}/acknowledge`, {method: 'POST'});
            announce(t('partner.acknowledged'));
            await load();
          } catch (error) {
            message.textContent = problemText(error);
          }
        }, {class: 'primary'}))));
  }
  await load();
}
