// Elements never shown as text: removed without a record.
import type { HtmlRule } from './rule.js';

const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas']);

export const invisible: HtmlRule = {
  name: 'invisible',
  reason: 'invisible',
  record: false,
  matches: (el) => INVISIBLE.has(el.name) || el.attribs.hidden !== undefined,
};
