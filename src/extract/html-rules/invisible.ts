// Elements never shown as text: removed without a record.
import type { HtmlRule } from './rule.js';

const INVISIBLE = new Set(['script', 'style', 'template', 'svg', 'canvas']);
// Inline styles that hide an element.
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export const invisible: HtmlRule = {
  name: 'invisible',
  reason: 'invisible',
  record: false,
  matches: (el) => INVISIBLE.has(el.name) || el.attribs.hidden !== undefined || HIDDEN_STYLE.test(el.attribs.style ?? ''),
};
