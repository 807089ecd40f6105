// A document read as sentences, each with what synthesis compares: content terms, names and figures.
import type { AnalyzedDocument } from '../core/records.js';
import { contentTerms } from '../group/text.js';
import { findFigures, type Figure } from './figures.js';
import { sentences } from './sentences.js';

export interface SentenceView {
  text: string;
  /** Position among the document's sentences. */
  index: number;
  terms: Set<string>;
  /** Capitalised words past the first, lowercased: the names the sentence gives. */
  names: Set<string>;
  figures: Figure[];
  /** Numbers written with digits, separators dropped ("3,400" -> "3400"). */
  numbers: Set<string>;
}

// Capitalised for grammar, not because they name someone: calendar words and sentence-openers after a quote.
const NOT_NAMES: ReadonlySet<string> = new Set(
  ('january february march april may june july august september october november december monday tuesday wednesday ' +
    'thursday friday saturday sunday i the a an he she it they we this that there in on at but and mr ms mrs dr').split(' '),
);
const NAME_WORD = /[\p{Lu}][\p{L}’'-]*/gu;
const WORD_START = /(?:^|[\s“"‘'(\[—–-])$/u;

/** Names (capitalised words not opening the sentence), lowercased with the possessive dropped. */
export function namesIn(sentence: string): Set<string> {
  const names = new Set<string>();
  const firstWord = /[\p{L}\p{N}]/u.exec(sentence)?.index ?? 0;
  for (const match of sentence.matchAll(NAME_WORD)) {
    if (match.index <= firstWord) continue;
    if (!WORD_START.test(sentence.slice(Math.max(0, match.index - 1), match.index))) continue;
    // A word after a full stop or an opening quote is capitalised by grammar.
    if (/[.!?]["”’]?\s+["“‘]?$/u.test(sentence.slice(0, match.index))) continue;
    const name = match[0].toLowerCase().replace(/['’]s$/u, '').replace(/[’']/g, "'");
    if (name.length > 1 && !NOT_NAMES.has(name)) names.add(name);
  }
  return names;
}

const DIGITS = /\d[\d,.]*\d|\d/g;

/** Numbers written with digits in a text, thousands separators dropped. */
export function digitNumbers(text: string): Set<string> {
  return new Set((text.match(DIGITS) ?? []).map((n) => n.replace(/,/g, '').replace(/\.$/, '')));
}

export function viewOf(text: string, index = 0): SentenceView {
  return { text, index, terms: new Set(contentTerms(text)), names: namesIn(text), figures: findFigures(text), numbers: digitNumbers(text) };
}

const cache = new WeakMap<AnalyzedDocument, SentenceView[]>();

/** The document's sentences, read once per document object. */
export function documentSentences(doc: AnalyzedDocument): SentenceView[] {
  let views = cache.get(doc);
  if (!views) {
    views = sentences(doc.text).map((text, index) => viewOf(text, index));
    cache.set(doc, views);
  }
  return views;
}

const numberCache = new WeakMap<AnalyzedDocument, Set<string>>();

/** Every number written with digits in the document. */
export function documentNumbers(doc: AnalyzedDocument): Set<string> {
  let set = numberCache.get(doc);
  if (!set) {
    set = digitNumbers(doc.text);
    numberCache.set(doc, set);
  }
  return set;
}

const wordCache = new WeakMap<AnalyzedDocument, Set<string>>();

/** Every word of the document, lowercased: to check that a name appears somewhere in it. */
export function documentWords(doc: AnalyzedDocument): Set<string> {
  let set = wordCache.get(doc);
  if (!set) {
    set = new Set((doc.text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((w) => w.replace(/['’]s$/u, '').replace(/’/g, "'")));
    wordCache.set(doc, set);
  }
  return set;
}
