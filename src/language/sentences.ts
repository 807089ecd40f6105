// Sentence splitter aware of honorifics, initials, dotted acronyms, decimals and closing quotes.
import { INNER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// After a dotted acronym ("U.S.") a new sentence starts only with one of these words.
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'this', 'that', 'these', 'those',
  'there', 'in', 'on', 'at', 'its', 'his', 'her', 'their', 'our', 'officials', 'after', 'before', 'when', 'while',
  'some', 'many', 'most', 'if', 'as', 'however', 'meanwhile', 'still', 'yet', 'so', 'then', 'last', 'on',
]);

const CLOSERS = /["'”’)\]»]/;
// A candidate end: terminal punctuation, then closing quotes or brackets.
const END = /[.!?…]+["'”’)\]»]*/g;

/** The word just before position `i` (the period), lower case, dots inside kept ("u.s"). */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[\p{L}.]/u.test(text[j - 1]!)) j--;
  return text.slice(j, i).toLowerCase();
}

function nextWord(text: string, from: number): string {
  const m = /^[\s"“'‘(\[]*([\p{L}\p{N}]+)/u.exec(text.slice(from));
  return m ? m[1]! : '';
}

/** True when the punctuation run [at, after) ends a sentence. */
function endsSentence(text: string, at: number, after: number): boolean {
  const rest = text.slice(after);
  if (rest.trim() === '') return true;
  // Must be followed by whitespace (3.5, U.S. handled by this) ...
  if (!/^\s/.test(rest)) return false;
  if (/^\s*\n\s*\n/.test(rest)) return true;
  // ... and by something that can start a sentence.
  if (!/^\s+["“'‘(\[]*[\p{Lu}\p{N}]/u.test(rest)) return false;
  const punct = text.slice(at, after);
  if (!punct.startsWith('.') || punct.length > 1 && CLOSERS.test(punct.slice(1))) return true;
  const word = wordBefore(text, at);
  if (TITLE_ABBREVIATIONS.has(word) || INNER_ABBREVIATIONS.has(word)) return false;
  // A single capital letter is an initial ("Maria K. Ostrova").
  if (/^\p{Lu}$/u.test(text.slice(at - 1, at)) && word.length === 1) return false;
  // A dotted acronym ("U.S.", "U.N.") ends a sentence only before a typical sentence opener.
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(nextWord(text, after).toLowerCase());
  return true;
}

function span(text: string, start: number, end: number): SentenceSpan | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { text: text.slice(start, end), start, end } : null;
}

/** Sentences with offsets into `text`; blank lines always end a sentence. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const push = (s: number, e: number): void => {
    const sp = span(text, s, e);
    if (sp) out.push(sp);
  };
  let start = 0;
  // Paragraph breaks first: a heading without a period still ends at its line.
  const breaks = /\n[ \t]*\n/g;
  const pieces: [number, number][] = [];
  let last = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    pieces.push([last, m.index]);
    last = m.index + m[0].length;
  }
  pieces.push([last, text.length]);
  for (const [ps, pe] of pieces) {
    start = ps;
    const piece = text.slice(0, pe);
    END.lastIndex = ps;
    for (let m = END.exec(piece); m; m = END.exec(piece)) {
      const after = m.index + m[0].length;
      if (endsSentence(piece, m.index, after)) {
        push(start, after);
        start = after;
      }
    }
    push(start, pe);
  }
  return out;
}
