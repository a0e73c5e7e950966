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

// ---- the base map: Leaflet, served from this origin (ui/vendor/leaflet) ---------------------------------------

/**
 * The only markup Leaflet may write through an HTML sink (its SVG support probe and the zoom buttons' text).
 * Trusted Types are enforced on every page; this default policy lets these exact strings through and refuses
 * anything else, which then throws as before.
 */
const LEAFLET_MARKUP = new Set(['<svg/>', '+', '\u2212']);

function allowLeafletMarkup() {
  if (!window.trustedTypes || window.trustedTypes.defaultPolicy) return;
  window.trustedTypes.createPolicy('default', {createHTML: html => (LEAFLET_MARKUP.has(html) ? html : null)});
}

let leaflet = null;

function loadLeaflet() {
  if (!leaflet) {
    allowLeafletMarkup();
    if (!document.querySelector('link[data-leaflet]')) {
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = 'vendor/leaflet/leaflet.css';
      css.dataset.leaflet = 'css';
      document.head.append(css);
    }
    leaflet = import('../vendor/leaflet/leaflet-src.esm.js').catch(error => { leaflet = null; throw error; });
  }
  return leaflet;
}

/**
 * The city's neighbourhoods over the configured base map (none: the polygons alone, and no request leaves this
 * server). Returns {update(values, describe)} to reshade without redrawing. The attribution is text under the map.
 */
export async function baseMap(container, city, {baseLayer, onSelect} = {}) {
  const L = await loadLeaflet();
  const map = L.map(container, {attributionControl: false, zoomControl: false, scrollWheelZoom: false});
  L.control.zoom({zoomInText: '+', zoomOutText: '\u2212'}).addTo(map);
  if (baseLayer && baseLayer.tileUrl) {
    L.tileLayer(baseLayer.tileUrl, {maxZoom: 19, crossOrigin: false}).addTo(map);
  }
  let values = {};
  let describe = (name, value) => `${name}: ${value}`;
  const style = feature => {
    const value = values[feature.properties.name] || 0;
    return {color: '#1b1f24', weight: 1, fillOpacity: baseLayer && baseLayer.tileUrl ? 0.6 : 0.9,
      fillColor: PALETTE[shade(value, Math.max(0, ...Object.values(values)))]};
  };
  const tooltip = name => {
    const span = document.createElement('span');
    span.textContent = describe(name, values[name] || 0);
    return span;
  };
  const layer = L.geoJSON(city, {style, onEachFeature: (feature, path) => {
    const name = feature.properties.name;
    path.bindTooltip(() => tooltip(name), {sticky: true});
    if (onSelect) path.on('click', () => onSelect(name));
  }}).addTo(map);
  map.fitBounds(layer.getBounds(), {padding: [8, 8]});
  return {
    map,
    update(nextValues, nextDescribe) {
      values = nextValues;
      if (nextDescribe) describe = nextDescribe;
      layer.setStyle(style);
      layer.eachLayer(path => path.getElement()?.setAttribute('data-value', String(values[path.feature.properties.name] || 0)));
    },
  };
}

/** The base map's tiles as configured (no tiles: tileUrl null). */
export function loadBaseLayer() {
  return get('/api/map/base-layer').catch(() => ({tileUrl: null, attribution: ''}));
}
