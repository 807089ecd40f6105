// Elements never shown as text: removed without a record.
import type { HtmlRule } from './rule.js';

const INVISIBLE = new Set(['script', 'style', 'template', 'svg', 'canvas']);
// Inline styles that hide an element.
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
// A streamed server-rendered segment ("S:0"): parked hidden, then moved into place by an inline script as the page loads.
const STREAMED_SEGMENT_ID = /^S:\d+$/;

export const invisible: HtmlRule = {
  name: 'invisible',
  reason: 'invisible',
  record: false,
  matches: (el) =>
    INVISIBLE.has(el.name) ||
    (el.attribs.hidden !== undefined && !STREAMED_SEGMENT_ID.test(el.attribs.id ?? '')) ||
    HIDDEN_STYLE.test(el.attribs.style ?? ''),
};
