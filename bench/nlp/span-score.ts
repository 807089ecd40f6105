// Span F1 per type over token spans: exact (after a light normalisation of both sides) and lenient overlap.
import type { GoldType, MeantimeToken } from './meantime.js';

export interface TokenSpan {
  first: number;
  /** One past the last token. */
  last: number;
  type: GoldType;
  /**
   * Other extents of the same gold mention: MEANTIME often marks the same entity again on the bare name inside a
   * longer name mention ("Barack Obama" inside "U.S. President Barack Obama"); either extent matches, once.
   */
  alternatives?: readonly (readonly [number, number])[];
}

export interface Counts {
  predicted: number;
  gold: number;
  exact: number;
  /** Predicted spans overlapping a gold span of the same type. */
  overlapPredicted: number;
  /** Gold spans overlapped by a predicted span of the same type. */
  overlapGold: number;
  /** Predictions set aside: exactly a mention MEANTIME types the same but does not mark as a name (NOM, unset). */
  setAside: number;
  /** The same figures with nothing set aside and no alternative extents: MEANTIME's name extents only. */
  strictPredicted: number;
  strictExact: number;
}

export const emptyCounts = (): Counts => ({
  predicted: 0,
  gold: 0,
  exact: 0,
  overlapPredicted: 0,
  overlapGold: 0,
  setAside: 0,
  strictPredicted: 0,
  strictExact: 0,
});

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

/**
 * Adds one document's figures for `type` to `into`; spans are deduplicated first. A gold span matches a prediction on
 * its own extent or one of its alternatives, at most once. A prediction matching no gold span but exactly a `neutral`
 * span (a typed mention that is not a name) is set aside, neither right nor wrong, for every system alike.
 */
export function scoreDocument(predicted: TokenSpan[], gold: TokenSpan[], type: GoldType, into: Counts, neutral: TokenSpan[] = []): void {
  const dedupe = (xs: TokenSpan[]) => [...new Map(xs.filter((x) => x.type === type).map((x) => [key(x), x])).values()];
  const p = dedupe(predicted);
  const g = dedupe(gold);
  const goldKeys = new Set(g.map(key));
  into.strictPredicted += p.length;
  into.strictExact += p.filter((x) => goldKeys.has(key(x))).length;

  const extents = (s: TokenSpan) => [key(s), ...(s.alternatives ?? []).map(([first, last]) => key({ first, last, type: s.type }))];
  // One prediction credits one gold span: own extents first, then alternatives.
  const unused = new Set(p.map(key));
  const matchedGold = new Set<TokenSpan>();
  for (const pass of [0, 1])
    for (const y of g) {
      if (matchedGold.has(y)) continue;
      const hit = (pass === 0 ? [key(y)] : extents(y).slice(1)).find((k) => unused.has(k));
      if (hit) {
        unused.delete(hit);
        matchedGold.add(y);
      }
    }
  const matched = [...matchedGold];
  const anyExtent = new Set(g.flatMap(extents));
  const neutralKeys = new Set(dedupe(neutral).map(key));
  // Wrong predictions stay counted; predictions on a matched gold span's other extent, and on a neutral span, do not.
  const wrong = p.filter((x) => unused.has(key(x)) && !anyExtent.has(key(x)) && !neutralKeys.has(key(x)));
  into.setAside += p.length - wrong.length - matched.length;
  into.predicted += wrong.length + matched.length;
  into.gold += g.length;
  into.exact += matched.length;
  // Overlap (lenient): a matched gold span's prediction overlaps it; a wrong one counts when it overlaps any gold extent.
  const spansOf = (y: TokenSpan): TokenSpan[] => [y, ...(y.alternatives ?? []).map(([first, last]) => ({ first, last, type: y.type }))];
  const goldExtents = g.flatMap(spansOf);
  into.overlapPredicted += matched.length + wrong.filter((x) => goldExtents.some((y) => overlaps(x, y))).length;
  into.overlapGold += g.filter((y) => p.some((x) => spansOf(y).some((z) => overlaps(x, z)))).length;
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
