// Dates, numbers and durations for display.

export function dateTime(value, locale) {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '—';
  return date.toLocaleString(locale || 'en-GB', {dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC'}) + ' UTC';
}

export function shortTime(value) {
  const date = new Date(value);
  return date.toLocaleString('en-GB', {day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit',
    timeZone: 'UTC'});
}

export function number(value, digits = 0) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return Number(value).toLocaleString('en-GB', {maximumFractionDigits: digits, minimumFractionDigits: 0});
}

export function percent(value) {
  return `${Math.round((value || 0) * 100)}%`;
}

/** "3 h 5 min", "12 min", "2 d 4 h" for a duration in milliseconds (sign ignored). */
export function duration(ms) {
  const minutes = Math.round(Math.abs(ms) / 60000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** Time left until a target: {text, overdue}. */
export function timeToTarget(target, now = Date.now()) {
  if (!target) return {text: '—', overdue: false};
  const left = Date.parse(target) - now;
  return left >= 0 ? {text: `in ${duration(left)}`, overdue: false} : {text: `overdue by ${duration(left)}`, overdue: true};
}

export const CATEGORY_NAMES = {
  hate_origin: 'Hate (origin)', hate_religion: 'Hate (religion)', hate_migrants: 'Hate (migrants)',
  hate_gender: 'Hate (gender)', hate_sexuality: 'Hate (sexuality)', threat: 'Threat',
  anti_institution: 'Anti-institution', misinformation: 'Misinformation', offensive: 'Offensive language',
  hate_disability: 'Hate (disability)', counter_speech: 'Counter-speech'};

export const LANGUAGE_NAMES = {en: 'English', es: 'Spanish', fr: 'French', ar: 'Arabic', de: 'German',
  it: 'Italian', pt: 'Portuguese', und: 'Unknown'};

export const category = name => CATEGORY_NAMES[name] || name;
export const language = code => LANGUAGE_NAMES[code] || code;

/** Entries of a {key: number} map, largest first. */
export function ranked(map) {
  return Object.entries(map || {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** A value for a lang attribute: a two- or three-letter code, or null for unknown ("und"). */
export function langAttr(code) {
  return typeof code === 'string' && /^[a-z]{2,3}$/.test(code) && code !== 'und' ? code : null;
}
