// City map: neighbourhoods shaded by flagged narrative activity or tips over a period, with click-through.
import {get} from '../api.js';
import {h, mount, field, options} from '../dom.js';
import {loadCity, drawCity} from '../citymap.js';
import {dateTime, number} from '../format.js';
import {threatsSection} from './map-threats.js';
import {t} from '../i18n.js';

const PERIODS = ['24', '72', '168', '720'];

export async function render(main, {setTitle, query, navigate, announce}) {
  setTitle(t('map.title'));
  const city = await loadCity();
  const period = h('select', {id: 'map-period'}, options(PERIODS.map(hours => [hours, t(`map.period.${hours}`)]), query.get('hours') || '168'));
  const metric = query.get('metric') === 'tips' ? 'tips' : 'flaggedPosts';
  const metricGroup = h('fieldset', {class: 'inline-choices'}, h('legend', {}, t('map.shadeBy')),
    ...[['flaggedPosts', t('map.flaggedPosts')], ['tips', t('map.tips')]].map(([value, label]) =>
      h('label', {}, h('input', {type: 'radio', name: 'metric', value, id: `metric-${value}`,
        props: {checked: value === metric}}), ` ${label}`)));
  const form = h('form', {class: 'filters', id: 'map-form', on: {change: () => {
    const chosen = form.querySelector('input[name=metric]:checked').value;
    navigate(`map?${new URLSearchParams({...Object.fromEntries(query), hours: period.value, metric: chosen})}`);
  }, submit: e => e.preventDefault()}}, field(t('map.period'), period).wrap, metricGroup);
  const mapArea = h('div', {class: 'map-area', id: 'map-area'});
  const panel = h('section', {class: 'card map-panel', id: 'map-panel', 'aria-live': 'polite',
    'aria-labelledby': 'panel-title'});
  main.append(h('h1', {}, t('map.heading', {city: city.name || t('map.theCity')})), form, h('div', {class: 'columns map-columns'},
    mapArea, panel));

  const hours = Number(period.value);
  const to = new Date();
  const from = new Date(to.getTime() - hours * 3600000);
  const activity = await get('/api/map', {from: from.toISOString(), to: to.toISOString()});
  const byName = Object.fromEntries(activity.neighbourhoods.map(a => [a.name, a]));
  const values = Object.fromEntries(activity.neighbourhoods.map(a => [a.name, a[metric]]));
  const noun = metric === 'tips' ? t('map.nounTips') : t('map.nounPosts');
  let selected = query.get('area');

  function draw() {
    mount(mapArea, drawCity(city, {values, selected, onSelect: name => { selected = name; draw(); showPanel(name); },
      describe: (name, value) => `${name}: ${value} ${noun}`,
      label: t('map.label', {city: city.name, noun, from: dateTime(activity.from), to: dateTime(activity.to)})}),
    legend(Math.max(0, ...Object.values(values))),
    h('table', {class: 'compact', id: 'map-table'}, h('caption', {}, t('map.figures')),
      h('thead', {}, h('tr', {}, [t('common.neighbourhood'), t('map.flaggedPosts'), t('map.tipsColumn')]
        .map(text => h('th', {scope: 'col'}, text)))),
      h('tbody', {}, activity.neighbourhoods.map(a => h('tr', {}, h('th', {scope: 'row'}, a.name),
        h('td', {class: 'num'}, number(a.flaggedPosts)), h('td', {class: 'num'}, number(a.tips))))),
      h('tfoot', {}, h('tr', {}, h('th', {scope: 'row'}, t('map.notPlaced')), h('td', {class: 'num'},
        number(activity.unplacedFlaggedPosts)), h('td', {class: 'num'}, number(activity.unplacedTips))))));
  }

  function showPanel(name) {
    const area = byName[name];
    if (!area) {
      mount(panel, h('h2', {id: 'panel-title'}, t('map.choose')),
        h('p', {class: 'muted'}, t('map.chooseText')));
      return;
    }
    mount(panel, h('h2', {id: 'panel-title'}, area.name),
      h('p', {}, t('map.areaLine', {posts: number(area.flaggedPosts), tips: number(area.tips)})),
      area.narratives.length ? h('ol', {class: 'plain', id: 'area-narratives'}, area.narratives.map(n => h('li', {},
        h('a', {href: `#/narratives/${encodeURIComponent(n.narrativeId)}`, dir: 'auto'}, n.label),
        ` — ${t('narrative.postsCount', {count: number(n.posts)})}`)))
        : h('p', {class: 'muted'}, t('map.noneHere')));
  }

  draw();
  showPanel(selected);

  const threats = await threatsSection(city, {query, navigate, announce: announce || (() => {})});
  main.append(threats.section);
  await threats.drawMap();
}

function legend(max) {
  const steps = [0, 1, 2, 3, 4];
  return h('ul', {class: 'legend', 'aria-label': t('map.legend')}, steps.map(level => h('li', {},
    h('span', {class: `swatch swatch-${level}`, 'aria-hidden': 'true'}),
    level === 0 ? t('map.legendNone') : t('map.legendUpTo', {value: number(Math.ceil(max * level / 4))}))));
}

