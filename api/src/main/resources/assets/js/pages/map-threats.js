// Threats over time on the city map: a base map (Leaflet), a slider across ISO weeks, each neighbourhood's posts of
// flagged narratives and tips in the chosen week beside the week before, the period against the one before it, and
// the table's CSV export. Names and counts reach the page as text only.
import {get, download} from '../api.js';
import {h, mount, button, field, options} from '../dom.js';
import {baseMap, loadBaseLayer} from '../citymap.js';
import {number, categoryOptions, category as categoryName} from '../format.js';

const PERIODS = [['4', 'Last 4 weeks'], ['8', 'Last 8 weeks'], ['13', 'Last 13 weeks'], ['26', 'Last 26 weeks']];
const WEEK_MS = 7 * 24 * 3600 * 1000;

/** The section and drawMap(), to call once the section is in the page. */
export async function threatsSection(city, {query, navigate, announce}) {
  const weeksBack = h('select', {id: 'threat-weeks'}, options(PERIODS, query.get('weeks') || '8'));
  const categorySelect = h('select', {id: 'threat-category'}, options([['', 'Every category'],
    ...categoryOptions()], query.get('category') || ''));
  const slider = h('input', {type: 'range', id: 'threat-week', min: '0', max: '0', step: '1', value: '0'});
  const weekLabel = h('output', {id: 'threat-week-label', for: 'threat-week'});
  const status = h('p', {class: 'message', role: 'status', id: 'threat-status'});
  const mapBox = h('div', {class: 'threat-map', id: 'threat-map', role: 'region', 'aria-label': 'Base map'});
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

  const exportButton = button('Export table (CSV)', async () => {
    try {
      const file = await download('/api/map/threats/export', params(), 'bellwether-threats.csv');
      status.textContent = `Exported the threats table to ${file.name}.`;
      announce(status.textContent);
    } catch (e) {
      status.textContent = `Export failed: ${e.message}`;
    }
  }, {id: 'threat-export'});

  const section = h('section', {class: 'card threats', id: 'threats', 'aria-labelledby': 'threats-title'},
    h('h2', {id: 'threats-title'}, 'Threats over time'),
    h('p', {class: 'small muted'}, 'Posts of flagged narratives and community tips per neighbourhood and ISO week ' +
      '(Monday to Sunday, UTC), each week beside the week before.'),
    h('div', {class: 'filter-row'}, field('Period', weeksBack).wrap, field('Category', categorySelect).wrap,
      field('Week', slider).wrap, weekLabel),
    h('div', {class: 'actions'}, exportButton), status, mapBox, attribution, weekTable, totalsTable);

  const [table, baseLayer] = await Promise.all([get('/api/map/threats', params()), loadBaseLayer()]);
  attribution.textContent = baseLayer.tileUrl ? `Base map: ${baseLayer.attribution || baseLayer.tileUrl}`
    : 'No base map is configured: neighbourhood outlines only.';
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
      const name = cell.neighbourhood || 'Not placed';
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
    weekLabel.textContent = chosen ? `${isoWeek} (from ${chosen.slice(0, 10)})` : 'No weeks';
    slider.setAttribute('aria-valuetext', weekLabel.textContent);
    const places = byPlace(chosen);
    const values = Object.fromEntries(Object.entries(places).map(([name, p]) => [name, p.flaggedPosts + p.tips]));
    drawn?.update(values, (name, value) => {
      const place = places[name];
      return place ? `${name}: ${value} (${signed(place.change)} on the week before)` : `${name}: none`;
    });
    const rows = Object.entries(places).sort((a, b) => (b[1].flaggedPosts + b[1].tips) - (a[1].flaggedPosts + a[1].tips));
    mount(weekTable, h('table', {class: 'compact', id: 'threat-table'},
      h('caption', {}, `Week ${isoWeek}`),
      h('thead', {}, h('tr', {}, ['Neighbourhood', 'Posts of flagged narratives', 'Tips', 'Week before',
        'Change'].map(t => h('th', {scope: 'col'}, t)))),
      h('tbody', {}, rows.length ? rows.map(([name, p]) => h('tr', {dataset: {place: name}},
        h('th', {scope: 'row'}, name), h('td', {class: 'num'}, number(p.flaggedPosts)),
        h('td', {class: 'num'}, number(p.tips)), h('td', {class: 'num'}, number(p.previous)),
        h('td', {class: ['num', p.change > 0 ? 'up' : p.change < 0 ? 'down' : '']}, signed(p.change))))
        : h('tr', {}, h('td', {colspan: '5', class: 'muted'}, 'Nothing in this week.')))));
  }

  mount(totalsTable, h('table', {class: 'compact', id: 'threat-period-table'},
    h('caption', {}, `${table.from.slice(0, 10)} to ${table.to.slice(0, 10)} against the ${table.weeks.length} weeks before`),
    h('thead', {}, h('tr', {}, ['Neighbourhood', 'Category', 'This period', 'Period before', 'Change']
      .map(t => h('th', {scope: 'col'}, t)))),
    h('tbody', {}, table.totals.length ? table.totals.map(t => h('tr', {},
      h('th', {scope: 'row'}, t.neighbourhood || 'Not placed'), h('td', {}, categoryName(t.category)),
      h('td', {class: 'num'}, number(t.flaggedPosts + t.tips)),
      h('td', {class: 'num'}, number(t.previousFlaggedPosts + t.previousTips)),
      h('td', {class: 'num'}, signed(t.change))))
      : h('tr', {}, h('td', {colspan: '5', class: 'muted'}, 'Nothing flagged in these periods.')))));

  slider.addEventListener('input', show);
  show();
  /** Draws the base map once the section is in the page (Leaflet measures its container). */
  async function drawMap() {
    try {
      drawn = await baseMap(mapBox, city, {baseLayer});
      mapBox.dataset.ready = 'true';
    } catch (e) {
      mount(mapBox, h('p', {class: 'error'}, `The base map could not be drawn: ${e.message}`));
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
