// Small helpers for the admin forms: a message line, list fields, problem display.
import {h} from './dom.js';
import {ApiError} from './api.js';

export function messageLine(id) {
  return h('p', {class: 'message', role: 'status', id});
}

export function problemText(error) {
  if (error instanceof ApiError) {
    const fields = error.fieldMessages;
    return fields.length ? `${error.message}: ${fields.join('; ')}` : error.message;
  }
  return error.message;
}

/** "a, b ,c" → ["a", "b", "c"]. */
export const listOf = text => String(text || '').split(/[,\n]/).map(v => v.trim()).filter(Boolean);

/** One per line → list. */
export const linesOf = text => String(text || '').split('\n').map(v => v.trim()).filter(Boolean);
