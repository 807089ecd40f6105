// An attribution after a quote needs the quote to break off with a comma, '?', '!', a dash, or a comma just after it.
import type { QuotedSpan } from '../spans.js';

export function breaksOffForAttribution(text: string, q: QuotedSpan): boolean {
  return /[,?!—–-]\s*$/.test(q.content) || /^\s*,/.test(text.slice(q.end));
}
