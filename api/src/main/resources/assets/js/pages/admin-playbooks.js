// Playbooks and talking points: the latest version of each, its history, and publishing a new version.
import {get, request} from '../api.js';
import {h, mount, button, field, options} from '../dom.js';
import {dateTime, CATEGORY_NAMES, LANGUAGE_NAMES} from '../format.js';
import {messageLine, problemText, linesOf} from '../admin-form.js';

export async function render(body) {
  const message = messageLine('playbooks-message');
  const list = h('div', {id: 'playbook-list'});
  const history = h('div', {id: 'playbook-history'});
  const inputs = {
    category: h('select', {id: 'pb-category'}, options([['general', 'General'], ...Object.entries(CATEGORY_NAMES)],
      'general')),
    language: h('select', {id: 'pb-language'}, options(Object.entries(LANGUAGE_NAMES).filter(([k]) => k !== 'und'), 'en')),
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
      message.textContent = `Published version ${published.data.version} of ${published.data.category}/${published.data.language}.`;
      form.reset();
      await load();
    } catch (error) {
      message.textContent = problemText(error);
    }
  }}}, h('h2', {}, 'Publish a new version'),
  h('div', {class: 'filter-row'}, field('Category', inputs.category).wrap, field('Language', inputs.language).wrap,
    field('Title', inputs.title).wrap),
  field('Talking points', inputs.points, 'One per line').wrap, field('Do', inputs.dos, 'One per line').wrap,
  field('Don’t', inputs.donts, 'One per line').wrap, field('Safety note', inputs.safety).wrap,
  h('button', {type: 'submit', class: 'primary'}, 'Publish'));
  body.append(message, list, history, form);

  async function load() {
    const playbooks = await get('/api/playbooks');
    mount(list, h('table', {class: 'compact'}, h('caption', {}, 'Latest versions'),
      h('thead', {}, h('tr', {}, ['Category', 'Language', 'Version', 'Title', 'Talking points', 'Published', '']
        .map(t => h('th', {scope: 'col'}, t)))),
      h('tbody', {}, playbooks.map(p => h('tr', {}, h('td', {}, p.category), h('td', {}, p.language),
        h('td', {class: 'num'}, String(p.version)), h('th', {scope: 'row'}, p.title),
        h('td', {}, h('ol', {}, p.talkingPoints.map(point => h('li', {}, point)))),
        h('td', {}, `${dateTime(p.createdAt)} by ${p.createdBy}`),
        h('td', {}, button('History', () => showHistory(p), {class: 'small'})))))));
  }

  async function showHistory(p) {
    const versions = await get(`/api/playbooks/${encodeURIComponent(p.category)}/${encodeURIComponent(p.language)}`);
    mount(history, h('section', {class: 'card'}, h('h2', {}, `History of ${p.category}/${p.language}`),
      h('ol', {reversed: true}, versions.map(v => h('li', {}, h('strong', {}, `v${v.version} ${v.title}`),
        ` · ${dateTime(v.createdAt)} by ${v.createdBy}`, h('ul', {}, v.talkingPoints.map(t => h('li', {}, t))))))));
  }
  await load();
}
