// The city's neighbourhoods from GeoJSON, drawn as SVG with an equirectangular projection scaled by latitude.
import {s} from './dom.js';
import {get} from './api.js';
import {t} from './i18n.js';

let cached = null;

export function loadCity() {
  if (!cached) cached = get('/api/map/city.geojson').catch(error => { cached = null; throw error; });
  return cached;
}

/** The neighbourhood names of the city, in the order of the file. */
export async function neighbourhoodNames() {
  const city = await loadCity();
  return city.features.map(f => f.properties.name);
}

const PALETTE = ['#f1f4f8', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];

/** The colour class (0..4) of a value against the maximum. */
export function shade(value, max) {
  if (!value || !max) return 0;
  return Math.min(4, 1 + Math.floor((value / max) * 3.999));
}

export const paletteColour = level => PALETTE[level];

/**
 * Draws the city. values: name → number; describe(name, value) → accessible label; onSelect(name) makes each
 * neighbourhood a keyboard- and pointer-operable button.
 */
export function drawCity(city, {values = {}, describe, onSelect, selected, width = 560, label} = {}) {
  const rings = city.features.map(f => f.geometry.coordinates[0]);
  const all = rings.flat();
  const lons = all.map(p => p[0]), lats = all.map(p => p[1]);
  const minLon = Math.min(...lons), maxLon = Math.max(...lons), minLat = Math.min(...lats), maxLat = Math.max(...lats);
  const kx = Math.cos(((minLat + maxLat) / 2) * Math.PI / 180);
  const spanX = (maxLon - minLon) * kx, spanY = maxLat - minLat;
  const height = Math.round(width * spanY / spanX);
  const project = ([lon, lat]) => [((lon - minLon) * kx / spanX) * (width - 8) + 4,
    ((maxLat - lat) / spanY) * (height - 8) + 4];
  const max = Math.max(0, ...Object.values(values));
  const svg = s('svg', {viewBox: `0 0 ${width} ${height}`, class: 'citymap', role: onSelect ? 'group' : 'img',
    'aria-label': label || t('map.mapOf', {city: city.name || t('map.theCity')})});
  for (const feature of city.features) {
    const name = feature.properties.name;
    const value = values[name] || 0;
    const level = shade(value, max);
    const d = feature.geometry.coordinates[0].map((p, i) => `${i ? 'L' : 'M'}${project(p).map(n => n.toFixed(1)).join(',')}`)
      .join(' ') + ' Z';
    const text = describe ? describe(name, value) : `${name}: ${value}`;
    const path = s('path', {d, fill: PALETTE[level], class: ['area', selected === name ? 'selected' : ''],
      dataset: {name}}, s('title', {}, text));
    if (onSelect) {
      path.setAttribute('tabindex', '0');
      path.setAttribute('role', 'button');
      path.setAttribute('aria-label', text);
      path.setAttribute('aria-pressed', selected === name ? 'true' : 'false');
      path.addEventListener('click', () => onSelect(name));
      path.addEventListener('keydown', event => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelect(name);
        }
      });
    }
    svg.append(path);
    const centre = feature.properties.centre || averageOf(feature.geometry.coordinates[0]);
    const [cx, cy] = project(centre);
    svg.append(s('text', {x: cx, y: cy, 'text-anchor': 'middle', class: ['area-label', level >= 3 ? 'on-dark' : ''],
      'aria-hidden': 'true'}, name));
  }
  return svg;
}

function averageOf(ring) {
  const open = ring.slice(0, -1);
  return [open.reduce((a, p) => a + p[0], 0) / open.length, open.reduce((a, p) => a + p[1], 0) / open.length];
}
