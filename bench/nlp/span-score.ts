// Span F1 per type over token spans: exact (after a light normalisation of both sides) and lenient overlap.
import type { GoldType, MeantimeToken } from './meantime.js';

export interface TokenSpan {
  first: number;
  /** One past the last token. */
  last: number;
  type: GoldType;
}

export interface Counts {
  predicted: number;
  gold: number;
  exact: number;
  /** Predicted spans overlapping a gold span of the same type. */
  overlapPredicted: number;
  /** Gold spans overlapped by a predicted span of the same type. */
  overlapGold: number;
}

export const emptyCounts = (): Counts => ({ predicted: 0, gold: 0, exact: 0, overlapPredicted: 0, overlapGold: 0 });

// Determiners and possessive endings: MEANTIME includes "the" in "the United States"; neither is part of a name.
const EDGE_WORD = /^(?:the|a|an|'s|')$/i;
const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;

/** Drops determiners, possessive endings and punctuation at either end; null when nothing is left. */
export function normaliseSpan(tokens: readonly MeantimeToken[], first: number, last: number): [number, number] | null {
  const edge = (i: number) => EDGE_WORD.test(tokens[i]!.text) || PUNCTUATION.test(tokens[i]!.text);
  while (first < last && edge(first)) first++;
  while (last > first && edge(last - 1)) last--;
  return last > first ? [first, last] : null;
}

/** Tokens overlapping the character range [start, end). */
export function charsToTokens(tokens: readonly MeantimeToken[], start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start < end && t.end > start) {
      if (first < 0) first = i;
      last = i + 1;
    }
  }
  return first < 0 ? null : [first, last];
}

const key = (s: TokenSpan) => `${s.type}:${s.first}:${s.last}`;
const overlaps = (a: TokenSpan, b: TokenSpan) => a.type === b.type && a.first < b.last && b.first < a.last;

/** Adds one document's figures for `type` to `into`; spans are deduplicated first. */
export function scoreDocument(predicted: TokenSpan[], gold: TokenSpan[], type: GoldType, into: Counts): void {
  const dedupe = (xs: TokenSpan[]) => [...new Map(xs.filter((x) => x.type === type).map((x) => [key(x), x])).values()];
  const p = dedupe(predicted);
  const g = dedupe(gold);
  const goldKeys = new Set(g.map(key));
  into.predicted += p.length;
  into.gold += g.length;
  into.exact += p.filter((x) => goldKeys.has(key(x))).length;
  into.overlapPredicted += p.filter((x) => g.some((y) => overlaps(x, y))).length;
  into.overlapGold += g.filter((y) => p.some((x) => overlaps(x, y))).length;
}

export function prf(tp: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Overlap F1: precision over predicted spans, recall over gold spans. */
export function overlapF1(c: Counts): number {
  const p = c.predicted ? c.overlapPredicted / c.predicted : 0;
  const r = c.gold ? c.overlapGold / c.gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
