// An attribution after a quote needs the quote to break off with a comma, '?', '!', a dash, or a comma just after it.
import { SPEECH_VERBS } from '../../speech-verbs.js';
import type { QuotedSpan } from '../spans.js';

// A pronoun and a speech verb closing the sentence right after the quote: the writer dropped the comma ('…vines” he said.').
const PRONOUN_SAID = new RegExp(`^\\s+(?:he|she|they|it)\\s+(?:${SPEECH_VERBS.join('|')})\\s*[.,;]`, 'i');

// The quote ends on a comma, '?', '!' or a dash, perhaps inside a nested quote that closes with it ("… said, 'B,' ”).
const BREAK_OFF = /[,?!—–-]\s*['’"”]?\s*$/;

export function breaksOffForAttribution(text: string, q: QuotedSpan): boolean {
  const after = text.slice(q.end);
  return BREAK_OFF.test(q.content) || /^\s*,/.test(after) || (!/[.]\s*$/.test(q.content) && PRONOUN_SAID.test(after));
}
