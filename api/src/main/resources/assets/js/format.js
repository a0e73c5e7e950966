// Dates, numbers and durations for display, in the user's language and time zone (UTC on hover).
import {h, outsideLink} from './dom.js';
import {t, label, languageName, currentLanguage} from './i18n.js';

let zone = 'UTC';

/** Sets the time zone dates are shown in (the user's, else the city's); an unknown zone falls back to UTC. */
export function setTimeZone(value) {
  try {
    new Intl.DateTimeFormat('en', {timeZone: value});
    zone = value || 'UTC';
  } catch {
    zone = 'UTC';
  }
}

export const timeZone = () => zone;

/** The locale for formatting: the page's language (Arabic with Latin digits, as the rest of the page). */
export function locale() {
  const lang = currentLanguage();
  return lang === 'ar' ? 'ar-u-nu-latn' : lang === 'en' ? 'en-GB' : lang;
}

function parse(value) {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "9 Mar 2026, 13:00 CET": a date and time in the user's zone. */
export function dateTime(value) {
  const date = parse(value);
  if (!date) return '—';
  return date.toLocaleString(locale(), {dateStyle: 'medium', timeStyle: 'short', timeZone: zone})
    + ' ' + zoneName(date);
}

/** The same instant in UTC, for hover text. */
export function utc(value) {
  const date = parse(value);
  if (!date) return '';
  return date.toLocaleString(locale(), {dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC'}) + ' UTC';
}

/** A <time> element: the user's zone as text, UTC on hover. */
export function when(value) {
  const date = parse(value);
  if (!date) return '—';
  return h('time', {datetime: date.toISOString(), title: utc(date)}, dateTime(date));
}

function zoneName(date) {
  const part = new Intl.DateTimeFormat('en-GB', {timeZone: zone, timeZoneName: 'short'}).formatToParts(date)
    .find(p => p.type === 'timeZoneName');
  return part ? part.value : zone;
}

/** "09 Mar, 13:00" in the user's zone, for chart ticks. */
export function shortTime(value) {
  const date = new Date(value);
  return date.toLocaleString(locale(), {day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit',
    timeZone: zone});
}

/** The wall-clock "YYYY-MM-DDTHH:mm" of an instant in the user's zone, for datetime-local pickers. */
export function pickerValue(value) {
  const date = parse(value);
  if (!date) return '';
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {timeZone: zone, hourCycle: 'h23',
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit'}).formatToParts(date)
    .map(p => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The instant (ISO) of a picker's wall-clock "YYYY-MM-DDTHH:mm" (or a date "YYYY-MM-DD") in the user's zone. */
export function fromPicker(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value || '');
  if (!match) return value || null;
  const [, y, mo, d, hh = '00', mi = '00'] = match;
  const asUtc = Date.UTC(+y, +mo - 1, +d, +hh, +mi);
  // the zone's offset at that wall-clock time, found by formatting and comparing (twice, for DST edges)
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const shown = Date.parse(pickerValue(guess) + ':00Z');
    guess = asUtc - (shown - guess);
  }
  return new Date(guess).toISOString();
}

export function number(value, digits = 0) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return Number(value).toLocaleString(locale(), {maximumFractionDigits: digits, minimumFractionDigits: 0});
}

export function percent(value) {
  return `${Math.round((value || 0) * 100)}%`;
}

/** "3 h 5 min", "12 min", "2 d 4 h" for a duration in milliseconds (sign ignored). */
export function duration(ms) {
  const minutes = Math.round(Math.abs(ms) / 60000);
  if (minutes < 60) return t('time.minutes', {m: minutes});
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? t('time.hoursMinutes', {h: hours, m: minutes % 60}) : t('time.hours', {h: hours});
  return t('time.daysHours', {d: Math.floor(hours / 24), h: hours % 24});
}

/**
 * A triage target in plain words: "due in 54 min", "overdue by 2 h" while undecided; "met" or "missed by 2 h" once
 * decided. Returns {text, overdue}.
 */
export function target(targetAt, decidedAt, now = Date.now()) {
  if (!targetAt) return {text: '—', overdue: false};
  const due = Date.parse(targetAt);
  if (decidedAt) {
    const late = Date.parse(decidedAt) - due;
    return late <= 0 ? {text: t('target.met'), overdue: false}
      : {text: t('target.missedBy', {duration: duration(late)}), overdue: false};
  }
  const left = due - now;
  return left >= 0 ? {text: t('target.dueIn', {duration: duration(left)}), overdue: false}
    : {text: t('target.overdueBy', {duration: duration(left)}), overdue: true};
}

/** Time left until a target, undecided: {text, overdue}. */
export const timeToTarget = (targetAt, now = Date.now()) => target(targetAt, null, now);

/** The harm categories, in the order the dashboard lists them. */
export const CATEGORIES = ['hate_origin', 'hate_religion', 'hate_migrants', 'hate_gender', 'hate_sexuality',
  'hate_disability', 'threat', 'anti_institution', 'misinformation', 'offensive', 'counter_speech'];

/** The post languages the filters offer. */
export const POST_LANGUAGES = ['en', 'es', 'fr', 'ar', 'de', 'it', 'pt'];

export const category = name => label('category', name);
export const language = code => languageName(code);

/** [[value, label]] of the categories, for a select. */
export const categoryOptions = () => CATEGORIES.map(name => [name, category(name)]);

/** [[value, label]] of the post languages, for a select. */
export const languageOptions = () => POST_LANGUAGES.map(code => [code, language(code)]);

/** Raw category keys in server text ("expert in hate_migrants") replaced by their labels. */
export function humanized(text) {
  return String(text ?? '').replace(/\b(hate_[a-z]+|anti_institution|counter_speech|misinformation|threat|offensive)\b/g,
    name => category(name));
}

/** Entries of a {key: number} map, largest first. */
export function ranked(map) {
  return Object.entries(map || {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** A value for a lang attribute: a two- or three-letter code, or null for unknown ("und"). */
export function langAttr(code) {
  return typeof code === 'string' && /^[a-z]{2,3}$/.test(code) && code !== 'und' ? code : null;
}

/** The domain of an outside URL, for showing where a link leads. */
export function domainOf(url) {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** An outbound link marked as leaving Bellwether, with the domain it leads to. */
export function external(url, text) {
  const domain = domainOf(url);
  const link = outsideLink(url, text ? `${text} (${domain})` : domain || url);
  if (link.tagName === 'A') {
    link.setAttribute('rel', 'noopener noreferrer nofollow ugc');
    link.setAttribute('title', t('common.externalTitle', {domain}));
    link.append(h('span', {class: 'visually-hidden'}, ` ${t('common.external')}`));
  }
  return link;
}
