// Threats over time on the city map: a base map (Leaflet), a slider across ISO weeks, each neighbourhood's posts of
// flagged narratives and tips in the chosen week beside the week before, the period against the one before it, and
// the table's CSV export. Names and counts reach the page as text only.
import {get, download} from '../api.js';
import {h, mount, button, field, options} from '../dom.js';
import {baseMap, loadBaseLayer} from '../citymap.js';
import {number, categoryOptions, category as categoryName} from '../format.js';
import {t} from '../i18n.js';

const PERIODS = ['4', '8', '13', '26'];
const WEEK_MS = 7 * 24 * 3600 * 1000;

/** The section and drawMap(), to call once the section is in the page. */
export async function threatsSection(city, {query, navigate, announce}) {
  const weeksBack = h('select', {id: 'threat-weeks'},
    options(PERIODS.map(weeks => [weeks, t(`threats.period.${weeks}`)]), query.get('weeks') || '8'));
  const categorySelect = h('select', {id: 'threat-category'}, options([['', t('threats.everyCategory')],
    ...categoryOptions()], query.get('category') || ''));
  const slider = h('input', {type: 'range', id: 'threat-week', min: '0', max: '0', step: '1', value: '0'});
  const weekLabel = h('output', {id: 'threat-week-label', for: 'threat-week'});
  const status = h('p', {class: 'message', role: 'status', id: 'threat-status'});
  const mapBox = h('div', {class: 'threat-map', id: 'threat-map', role: 'region', 'aria-label': t('threats.baseMap')});
  const attribution = h('p', {class: 'small muted', id: 'threat-attribution'});
  const weekTable = h('div', {id: 'threat-week-table'});
  const totalsTable = h('div', {id: 'threat-totals'});
  const params = () => {
    const weeks = Number(weeksBack.value);
    const params = {from: new Date(Date.now() - (weeks - 1) * WEEK_MS).toISOString()};
    if (categorySelect.value) params.category = categorySelect.value;
    return params;
  };
  const reload = () => navigate(`map?${new URLSearchParams({...Object.fromEntries(query), weeks: weeksBack.value,
    category: categorySelect.value})}`);
  weeksBack.addEventListener('change', reload);
  categorySelect.addEventListener('change', reload);

  const exportButton = button(t('threats.export'), async () => {
    try {
      const file = await download('/api/map/threats/export', params(), 'bellwether-threats.csv');
      status.textContent = t('threats.exported', {file: file.name});
      announce(status.textContent);
    } catch (e) {
      status.textContent = t('threats.exportFailed', {reason: e.message});
    }
  }, {id: 'threat-export'});

  const section = h('section', {class: 'card threats', id: 'threats', 'aria-labelledby': 'threats-title'},
    h('h2', {id: 'threats-title'}, t('threats.title')),
    h('p', {class: 'small muted'}, t('threats.intro')),
    h('div', {class: 'filter-row'}, field(t('map.period'), weeksBack).wrap,
      field(t('common.category'), categorySelect).wrap, field(t('threats.week'), slider).wrap, weekLabel),
    h('div', {class: 'actions'}, exportButton), status, mapBox, attribution, weekTable, totalsTable);

  const [table, baseLayer] = await Promise.all([get('/api/map/threats', params()), loadBaseLayer()]);
  attribution.textContent = baseLayer.tileUrl
    ? t('threats.attribution', {source: baseLayer.attribution || baseLayer.tileUrl}) : t('threats.noBaseMap');
  slider.max = String(Math.max(0, table.weeks.length - 1));
  slider.value = slider.max;
  let drawn = null;

  function week() {
    return table.weeks[Number(slider.value)];
  }

  /** Per neighbourhood for the chosen week, summed over categories. */
  function byPlace(chosen) {
    const places = {};
    for (const cell of table.cells.filter(c => c.week === chosen)) {
      const name = cell.neighbourhood || t('map.notPlaced');
      const place = places[name] || (places[name] = {flaggedPosts: 0, tips: 0, previous: 0, change: 0});
      place.flaggedPosts += cell.flaggedPosts;
      place.tips += cell.tips;
      place.previous += cell.previousFlaggedPosts + cell.previousTips;
      place.change += cell.change;
    }
    return places;
  }

  function show() {
    const chosen = week();
    const isoWeek = table.cells.find(c => c.week === chosen)?.isoWeek || isoWeekOf(chosen);
    weekLabel.textContent = chosen ? t('threats.weekLabel', {week: isoWeek, date: chosen.slice(0, 10)})
      : t('threats.noWeeks');
    slider.setAttribute('aria-valuetext', weekLabel.textContent);
    const places = byPlace(chosen);
    const values = Object.fromEntries(Object.entries(places).map(([name, p]) => [name, p.flaggedPosts + p.tips]));
    drawn?.update(values, (name, value) => {
      const place = places[name];
      return place ? t('threats.mapValue', {name, value, change: signed(place.change)}) : t('threats.mapNone', {name});
    });
    const rows = Object.entries(places).sort((a, b) => (b[1].flaggedPosts + b[1].tips) - (a[1].flaggedPosts + a[1].tips));
    mount(weekTable, h('table', {class: 'compact', id: 'threat-table'},
      h('caption', {}, t('threats.weekCaption', {week: isoWeek})),
      h('thead', {}, h('tr', {}, ['neighbourhood', 'flaggedPosts', 'tips', 'weekBefore', 'change']
        .map(key => h('th', {scope: 'col'}, t(`threats.column.${key}`))))),
      h('tbody', {}, rows.length ? rows.map(([name, p]) => h('tr', {dataset: {place: name}},
        h('th', {scope: 'row'}, name), h('td', {class: 'num'}, number(p.flaggedPosts)),
        h('td', {class: 'num'}, number(p.tips)), h('td', {class: 'num'}, number(p.previous)),
        h('td', {class: ['num', p.change > 0 ? 'up' : p.change < 0 ? 'down' : '']}, signed(p.change))))
        : h('tr', {}, h('td', {colspan: '5', class: 'muted'}, t('threats.nothingThisWeek'))))));
  }

  mount(totalsTable, h('table', {class: 'compact', id: 'threat-period-table'},
    h('caption', {}, t('threats.periodCaption', {from: table.from.slice(0, 10), to: table.to.slice(0, 10),
      weeks: table.weeks.length})),
    h('thead', {}, h('tr', {}, ['neighbourhood', 'category', 'thisPeriod', 'periodBefore', 'change']
      .map(key => h('th', {scope: 'col'}, t(`threats.column.${key}`))))),
    h('tbody', {}, table.totals.length ? table.totals.map(total => h('tr', {},
      h('th', {scope: 'row'}, total.neighbourhood || t('map.notPlaced')), h('td', {}, categoryName(total.category)),
      h('td', {class: 'num'}, number(total.flaggedPosts + total.tips)),
      h('td', {class: 'num'}, number(total.previousFlaggedPosts + total.previousTips)),
      h('td', {class: 'num'}, signed(total.change))))
      : h('tr', {}, h('td', {colspan: '5', class: 'muted'}, t('threats.nothingFlagged'))))));

  slider.addEventListener('input', show);
  show();
  /** Draws the base map once the section is in the page (Leaflet measures its container). */
  async function drawMap() {
    try {
      drawn = await baseMap(mapBox, city, {baseLayer});
      mapBox.dataset.ready = 'true';
    } catch (e) {
      mount(mapBox, h('p', {class: 'error'}, t('threats.mapFailed', {reason: e.message})));
    }
    show();
  }
  return {section, drawMap};
}

function signed(n) {
  return n > 0 ? `+${number(n)}` : number(n);
}

function isoWeekOf(instant) {
  if (!instant) return '';
  const date = new Date(instant);
  const thursday = new Date(date.getTime() + 3 * 24 * 3600 * 1000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return `${thursday.getUTCFullYear()}-W${String(Math.ceil(((thursday - yearStart) / 86400000 + 1) / 7)).padStart(2, '0')}`;
}
