// Interface text in English, Spanish, French and Arabic (right to left), from one message catalogue per language:
// assets/i18n/<language>.json, flat keys ("triage.title") to text with {name} placeholders. Every key a page uses
// with t('…') must be in all four catalogues (CatalogueTest checks it); api/README.md says how to add a string.

export const LANGUAGES = {en: 'English', es: 'Español', fr: 'Français', ar: 'العربية'};
export const RTL = new Set(['ar']);

const CATALOGUES = Object.fromEntries(await Promise.all(Object.keys(LANGUAGES).map(async code => {
  const response = await fetch(new URL(`../i18n/${code}.json`, import.meta.url), {credentials: 'omit'});
  return [code, response.ok ? await response.json() : {}];
})));

let current = 'en';

/** The best supported language for a code (e.g. "es-MX" → "es"), English by default. */
export function supported(code) {
  const base = String(code || '').toLowerCase().split('-')[0];
  return CATALOGUES[base] && LANGUAGES[base] ? base : 'en';
}

/** Whether a code names one of the four languages exactly (for ?lang= and saved settings). */
export const isSupported = code => Object.hasOwn(LANGUAGES, String(code || ''));

function lookup(lang, key, values) {
  const text = CATALOGUES[lang]?.[key] ?? CATALOGUES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
}

/** The current language's text for a key: t('triage.title'), or t('key', {name: 'value'}) for {name} in the text. */
export function t(key, values = {}) {
  return lookup(current, key, values);
}

/** A translator for one language, whatever the page's language is. */
export function translator(lang) {
  const code = supported(lang);
  return (key, values = {}) => lookup(code, key, values);
}

/** Whether the catalogues hold a key (for labels of values that may be new, e.g. a new category). */
export const has = key => Object.hasOwn(CATALOGUES.en, key);

export function currentLanguage() {
  return current;
}

/** Makes a language the page's: t() speaks it and the document says so (lang, dir). Returns the code. */
export function applyLanguage(lang) {
  current = supported(lang);
  document.documentElement.lang = current;
  document.documentElement.dir = RTL.has(current) ? 'rtl' : 'ltr';
  return current;
}

/**
 * The human label of a value of a kind (category, severity, triageState, assignmentState, narrativeStatus, factor,
 * channel, role): "hate_migrants" → "Hate (migrants)". A value without a label shows as words, never as a key.
 */
export function label(kind, value) {
  if (value === null || value === undefined || value === '') return '—';
  const key = `${kind}.${value}`;
  return has(key) ? t(key) : String(value).replace(/_/g, ' ');
}

/** The name of a language (ISO code) in the page's language: "ar" → "árabe" in Spanish. */
export function languageName(code) {
  if (!code || code === 'und') return t('common.unknownLanguage');
  try {
    return new Intl.DisplayNames([current], {type: 'language'}).of(code) || code;
  } catch {
    return code;
  }
}
