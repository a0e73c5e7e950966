// Playbooks and talking points: the latest version of each, its history, and publishing a new version.
import {get, request} from '../api.js';
import {h, mount, button, field, options} from '../dom.js';
import {when, categoryOptions, languageOptions, category, language} from '../format.js';
import {t} from '../i18n.js';
import {messageLine, problemText, linesOf} from '../admin-form.js';

export async function render(body) {
  const message = messageLine('playbooks-message');
  const list = h('div', {id: 'playbook-list'});
  const history = h('div', {id: 'playbook-history'});
  const inputs = {
    category: h('select', {id: 'pb-category'}, options([['general', t('category.general')], ...categoryOptions()],
      'general')),
    language: h('select', {id: 'pb-language'}, options(languageOptions(), 'en')),
    title: h('input', {type: 'text', id: 'pb-title', required: true, maxlength: '200'}),
    points: h('textarea', {id: 'pb-points', rows: '4', required: true}),
    dos: h('textarea', {id: 'pb-dos', rows: '3'}),
    donts: h('textarea', {id: 'pb-donts', rows: '3'}),
    safety: h('textarea', {id: 'pb-safety', rows: '2', maxlength: '2000'}),
  };
  const form = h('form', {class: 'card', id: 'playbook-form', on: {submit: async event => {
    event.preventDefault();
    try {
      const published = await request('/api/playbooks', {method: 'POST', body: {category: inputs.category.value,
        language: inputs.language.value, title: inputs.title.value.trim(), talkingPoints: linesOf(inputs.points.value),
        dos: linesOf(inputs.dos.value), donts: linesOf(inputs.donts.value),
        safetyNote: inputs.safety.value.trim() || null}});
      message.textContent = t('playbooks.published', {version: published.data.version,
        playbook: `${category(published.data.category)} / ${language(published.data.language)}`});
      form.reset();
      await load();
    } catch (error) {
      message.textContent = problemText(error);
    }
  }}}, h('h2', {}, t('playbooks.publishTitle')),
  h('div', {class: 'filter-row'}, field(t('common.category'), inputs.category).wrap,
    field(t('common.language'), inputs.language).wrap, field(t('playbooks.title'), inputs.title).wrap),
  field(t('playbooks.points'), inputs.points, t('playbooks.onePerLine')).wrap,
  field(t('playbooks.dos'), inputs.dos, t('playbooks.onePerLine')).wrap,
  field(t('playbooks.donts'), inputs.donts, t('playbooks.onePerLine')).wrap, field(t('playbooks.safety'), inputs.safety).wrap,
  h('button', {type: 'submit', class: 'primary'}, t('playbooks.publish')));
  body.append(message, list, history, form);

  async function load() {
    const playbooks = await get('/api/playbooks');
    mount(list, h('div', {class: 'table-wrap'}, h('table', {class: 'compact'}, h('caption', {}, t('playbooks.latest')),
      h('thead', {}, h('tr', {}, [t('common.category'), t('common.language'), t('playbooks.version'), t('playbooks.title'),
        t('playbooks.points'), t('playbooks.publishedColumn'), t('playbooks.actions')]
        .map(text => h('th', {scope: 'col'}, text)))),
      h('tbody', {}, playbooks.map(p => h('tr', {}, h('td', {}, category(p.category)), h('td', {}, language(p.language)),
        h('td', {class: 'num'}, String(p.version)), h('th', {scope: 'row', lang: p.language, dir: 'auto'}, p.title),
        h('td', {lang: p.language, dir: 'auto'}, h('ol', {}, p.talkingPoints.map(point => h('li', {}, point)))),
        h('td', {}, when(p.createdAt), ` · ${p.createdBy}`),
        h('td', {}, button(t('playbooks.history'), () => showHistory(p), {class: 'small',
          'aria-label': t('playbooks.historyOf', {playbook: `${category(p.category)} / ${language(p.language)}`})}))))))));
  }

  async function showHistory(p) {
    const versions = await get(`/api/playbooks/${encodeURIComponent(p.category)}/${encodeURIComponent(p.language)}`);
    mount(history, h('section', {class: 'card'}, h('h2', {}, t('playbooks.historyOf', {playbook:
      `${category(p.category)} / ${language(p.language)}`})),
      h('ol', {reversed: true}, versions.map(v => h('li', {}, h('strong', {dir: 'auto'}, `v${v.version} ${v.title}`),
        ' · ', when(v.createdAt), ` · ${v.createdBy}`, h('ul', {lang: p.language, dir: 'auto'},
          v.talkingPoints.map(point => h('li', {}, point))))))));
  }
  await load();
}
