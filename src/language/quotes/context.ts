// What every quote pattern and refiner sees.
import type { Mention } from '../../core/records.js';
import type { SentenceSpan } from '../sentences.js';
import { SPEECH_AUXILIARIES, SPEECH_VERBS } from '../speech-verbs.js';
import type { SpeakerKind } from './speaker-phrase.js';
import type { QuotedSpan } from './spans.js';

export interface QuoteContext {
  text: string;
  sentences: SentenceSpan[];
  mentions: Mention[];
}

/** A speaker found for a quote by one pattern. */
export interface Attribution {
  /** The speaker phrase as read (a name, a pronoun, a nominal, an unnamed description). */
  speaker: string;
  kind: SpeakerKind;
  role?: string;
  /** Where the phrase sits in the text, for resolving pronouns against what came before. */
  at: number;
  /** Index just past the attribution, for finding the rest of a split quote. */
  end: number;
  /** Name of the pattern that found it. */
  pattern: string;
}

export interface QuotePattern {
  name: string;
  find(q: QuotedSpan, ctx: QuoteContext): Attribution | null;
}

/** A quote on its way through the refiners. */
export interface Candidate {
  span: QuotedSpan;
  text: string;
  start: number;
  end: number;
  attribution: Attribution | null;
  /** The quote sits inside a running sentence (a partial quote). */
  partial: boolean;
  /** As written, when the speaker was a pronoun or a nominal that was resolved to a name. */
  speakerAs?: string;
  /** A paragraph quoted as a block, without quote marks. */
  block?: boolean;
}

export interface QuoteRefiner {
  name: string;
  /** Returns the quotes to keep; every removal is reported with a reason. */
  refine(quotes: Candidate[], ctx: QuoteContext, removed: { text: string; reason: string }[]): Candidate[];
}

export const VERB = `(?:${SPEECH_VERBS.join('|')})`;
export const AUX = `(?:(?:${SPEECH_AUXILIARIES.join('|')})\\s+)*`;

export function sentenceIndexAt(sentences: SentenceSpan[], index: number): number {
  return sentences.findIndex((s) => index >= s.start && index < s.end);
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function cleanContent(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/,$/, '').trim();
}

/** A quote inside a running sentence: its opening mark follows a lower-case word, a number or a comma. */
export function opensMidSentence(text: string, q: { open: number; paragraphStart: number }): boolean {
  return /[\p{Ll}\p{N},]\s*$/u.test(text.slice(Math.max(q.paragraphStart, q.open - 3), q.open));
}
