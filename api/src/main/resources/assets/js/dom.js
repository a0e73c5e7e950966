// DOM building without HTML strings: every piece of text becomes a text node, never markup.
// There is deliberately no way here to set innerHTML, inline event-handler attributes or style attributes.

const SVG_NS = 'http://www.w3.org/2000/svg';
const FORBIDDEN_ATTRIBUTE = /^(on|style$|srcdoc$|innerhtml$|outerhtml$)/i;

function apply(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    else if (key === 'text') el.textContent = String(value);
    else if (key === 'on') for (const [type, handler] of Object.entries(value)) el.addEventListener(type, handler);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'props') {
      for (const [name, prop] of Object.entries(value)) {
        if (FORBIDDEN_ATTRIBUTE.test(name)) throw new Error(`property ${name} is not allowed`);
        el[name] = prop;
      }
    }
    else if (FORBIDDEN_ATTRIBUTE.test(key)) throw new Error(`attribute ${key} is not allowed`);
    else if (key === 'href' || key === 'src' || key === 'action') el.setAttribute(key, checkedUrl(value));
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An HTML element: h('p', {class: 'x'}, 'text', h('b', {}, 'bold')). Strings become text nodes. */
export function h(tag, attrs = {}, ...children) {
  return append(apply(document.createElement(tag), attrs), children);
}

/** An SVG element, same rules. */
export function s(tag, attrs = {}, ...children) {
  return append(apply(document.createElementNS(SVG_NS, tag), attrs), children);
}

/** Replaces the children of an element. */
export function mount(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** Same-document links (#/…) and http(s) URLs only; anything else (javascript:, data:, vbscript:) is refused. */
function checkedUrl(value) {
  const text = String(value);
  if (text.startsWith('#') || text.startsWith('/') && !text.startsWith('//')) return text;
  if (/^[a-z0-9._-]+(\.svg|\.css|\.js)$/i.test(text)) return text;
  if (httpUrl(text)) return text;
  throw new Error('refused URL');
}

/** The URL when it is an absolute http(s) URL, else null. */
export function httpUrl(value) {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** An outside link that leaks nothing (no referrer, no opener), or plain text when the URL is not http(s). */
export function outsideLink(url, label) {
  const safe = httpUrl(url);
  if (!safe) return h('span', {class: 'unsafe-url'}, label || String(url ?? ''));
  return h('a', {href: safe, rel: 'noopener noreferrer nofollow ugc', target: '_blank', class: 'outside'},
    label || safe);
}

/** A labelled form control: returns {wrap, input}. */
export function field(label, control, hint) {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  const parts = [h('label', {for: id}, label)];
  if (hint) {
    const hintId = `${id}-hint`;
    control.setAttribute('aria-describedby', hintId);
    parts.push(h('span', {class: 'hint', id: hintId}, hint));
  }
  parts.push(control);
  return {wrap: h('div', {class: 'field'}, parts), input: control};
}

export function options(values, selected) {
  return values.map(([value, label]) => h('option', {value, selected: value === selected}, label));
}

export function button(label, onClick, attrs = {}) {
  return h('button', {type: 'button', ...attrs, on: {click: onClick}}, label);
}
