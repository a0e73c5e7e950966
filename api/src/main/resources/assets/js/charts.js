// Hand-written SVG charts: sparkline, volume over time with marks, histogram. Text in charts is text nodes.
import {s, h} from './dom.js';
import {shortTime, number} from './format.js';
import {t} from './i18n.js';

/** A small line of hourly volume; labelled for screen readers. */
export function sparkline(buckets, {width = 120, height = 28, label} = {}) {
  const values = (buckets || []).slice(-48).map(b => b.posts);
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? width / (values.length - 1) : width;
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(height - 2 - (v / max) * (height - 4)).toFixed(1)}`);
  const svg = s('svg', {viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', class: 'sparkline',
    'aria-label': label || t('chart.sparkline', {hours: values.length, max})});
  if (points.length > 1) {
    svg.append(s('polyline', {points: points.join(' '), fill: 'none', stroke: '#1d4e89', 'stroke-width': 1.5}));
  } else if (points.length === 1) {
    svg.append(s('circle', {cx: width / 2, cy: height / 2, r: 2, fill: '#1d4e89'}));
  }
  return svg;
}

/**
 * Hourly volume as bars, with alerts (red) and responses (green) marked and, when given, the before/after windows
 * of the impact observation shaded.
 */
export function volumeChart(buckets, {alerts = [], responses = [], impact = null, title = t('chart.postsPerHour')} = {}) {
  const width = 720, height = 240, left = 40, right = 10, top = 16, bottom = 36;
  const data = (buckets || []).map(b => ({t: Date.parse(b.start), v: b.posts}));
  const svg = s('svg', {viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', id: 'volume-chart',
    'aria-label': t('chart.volumeLabel', {title, hours: data.length, alerts: alerts.length, responses: responses.length})});
  if (!data.length) {
    svg.append(s('text', {x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'muted'}, t('chart.noVolume')));
    return svg;
  }
  const hour = 3600000;
  const marks = [...alerts.map(a => Date.parse(a.flaggedAt)), ...responses.map(r => Date.parse(r.respondedAt))];
  const t0 = Math.min(data[0].t, ...marks.filter(Number.isFinite));
  const t1 = Math.max(data[data.length - 1].t + hour, ...marks.filter(Number.isFinite).map(m => m + hour / 2));
  const max = Math.max(1, ...data.map(d => d.v));
  const x = t => left + ((t - t0) / (t1 - t0)) * (width - left - right);
  const y = v => top + (1 - v / max) * (height - top - bottom);
  const barWidth = Math.max(1, x(t0 + hour) - x(t0) - 1);

  if (impact && impact.firstResponseAt) {
    const at = Date.parse(impact.firstResponseAt);
    const windowMs = impact.windowHours * hour;
    svg.append(
      s('rect', {x: x(at - windowMs), y: top, width: x(at) - x(at - windowMs), height: height - top - bottom,
        class: 'window-before'}),
      s('rect', {x: x(at), y: top, width: x(at + windowMs) - x(at), height: height - top - bottom,
        class: 'window-after'}),
      s('text', {x: x(at - windowMs) + 4, y: top + 12, class: 'chart-note'},
        t('chart.before', {value: number(impact.velocityBefore, 1)})),
      s('text', {x: x(at) + 4, y: top + 12, class: 'chart-note'}, t('chart.after', {value: number(impact.velocityAfter, 1)})));
  }
  for (const d of data) {
    svg.append(s('rect', {x: x(d.t), y: y(d.v), width: barWidth, height: y(0) - y(d.v), class: 'bar'},
      s('title', {}, `${shortTime(d.t)}: ${t('narrative.postsCount', {count: d.v})}`)));
  }
  svg.append(s('line', {x1: left, x2: width - right, y1: y(0), y2: y(0), class: 'axis'}),
    s('text', {x: left - 6, y: y(max) + 4, 'text-anchor': 'end', class: 'tick'}, String(max)),
    s('text', {x: left - 6, y: y(0), 'text-anchor': 'end', class: 'tick'}, '0'),
    s('text', {x: left, y: height - 8, class: 'tick'}, shortTime(t0)),
    s('text', {x: width - right, y: height - 8, 'text-anchor': 'end', class: 'tick'}, shortTime(t1)));
  for (const alert of alerts) {
    const at = x(Date.parse(alert.flaggedAt));
    svg.append(s('g', {class: 'mark-alert'}, s('line', {x1: at, x2: at, y1: top, y2: y(0)}),
      s('path', {d: `M${at - 5},${top - 2} L${at + 5},${top - 2} L${at},${top + 6} Z`}),
      s('title', {}, t('chart.alertAt', {severity: alert.severity || '', time: shortTime(alert.flaggedAt)}))));
  }
  for (const response of responses) {
    const at = x(Date.parse(response.respondedAt));
    svg.append(s('g', {class: 'mark-response'}, s('line', {x1: at, x2: at, y1: top, y2: y(0)}),
      s('circle', {cx: at, cy: top + 2, r: 4}),
      s('title', {}, t('chart.responseAt', {channel: response.channel || '—', time: shortTime(response.respondedAt)}))));
  }
  return svg;
}

/** Bars of a histogram over time ({start, posts} buckets); with onSelect(from, to) each bar narrows the period. */
export function histogram(buckets, {label = t('chart.histogram'), onSelect} = {}) {
  const width = 640, height = 120, bottom = 20;
  const data = (buckets || []).map(b => ({t: Date.parse(b.start), v: b.posts}));
  const svg = s('svg', {viewBox: `0 0 ${width} ${height}`, class: 'chart histogram', role: 'img', id: 'histogram',
    'aria-label': t('chart.histogramLabel', {label, intervals: data.length, posts: data.reduce((a, d) => a + d.v, 0)})});
  if (!data.length) return svg;
  const max = Math.max(1, ...data.map(d => d.v));
  const barWidth = width / data.length;
  const step = data.length > 1 ? data[1].t - data[0].t : 3600000;
  data.forEach((d, i) => {
    const barHeight = Math.max(onSelect ? 3 : 0, (d.v / max) * (height - bottom - 4));
    const bar = s('rect', {x: i * barWidth + 0.5, y: height - bottom - barHeight, width: Math.max(1, barWidth - 1),
      height: barHeight, class: 'bar', dataset: {start: new Date(d.t).toISOString()}},
    s('title', {}, `${shortTime(d.t)}: ${d.v}`));
    if (onSelect) {
      const end = i + 1 < data.length ? data[i + 1].t : d.t + step;
      bar.setAttribute('tabindex', '0');
      bar.setAttribute('role', 'button');
      bar.setAttribute('aria-label', t('chart.barLabel', {posts: d.v, time: shortTime(d.t)}));
      bar.addEventListener('click', () => onSelect(d.t, end));
      bar.addEventListener('keydown', event => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelect(d.t, end);
        }
      });
    }
    svg.append(bar);
  });
  if (onSelect) svg.setAttribute('role', 'group');
  svg.append(s('text', {x: 0, y: height - 4, class: 'tick'}, shortTime(data[0].t)),
    s('text', {x: width, y: height - 4, 'text-anchor': 'end', class: 'tick'}, shortTime(data[data.length - 1].t)));
  return svg;
}

/** A visually hidden table of the same figures, for screen readers and for copying. */
export function dataTable(caption, headers, rows) {
  return h('details', {class: 'data-table'}, h('summary', {}, t('chart.asTable', {caption})),
    h('table', {}, h('caption', {}, caption),
      h('thead', {}, h('tr', {}, headers.map(text => h('th', {scope: 'col'}, text)))),
      h('tbody', {}, rows.map(row => h('tr', {}, row.map(cell => h('td', {}, cell)))))));
}
