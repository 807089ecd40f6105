// Matching found quotes to gold quotes: word tokens, token overlap, speaker names.

/** Lower-cased word tokens; curly and straight apostrophes count as the same. */
export function tokens(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []);
}

/** Shared tokens (as multisets) over the longer side: 1 when equal, below 0.8 when either side has a fifth of extra words. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common += 1;
      counts.set(t, n - 1);
    }
  }
  return common / Math.max(a.length, b.length);
}

/** A speaker name for comparison: case, apostrophes, a leading "the" and trailing punctuation do not matter. */
export function speakerKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/[.,;:]+$/, '');
}

/** One-to-one pairs (gold index, found index), best score first, among pairs that `score` accepts (> 0). */
export function pairUp(gold: number, found: number, score: (g: number, f: number) => number): [number, number][] {
  const candidates: [number, number, number][] = [];
  for (let g = 0; g < gold; g++) for (let f = 0; f < found; f++) {
    const s = score(g, f);
    if (s > 0) candidates.push([s, g, f]);
  }
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedG = new Set<number>();
  const usedF = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, g, f] of candidates) {
    if (usedG.has(g) || usedF.has(f)) continue;
    usedG.add(g);
    usedF.add(f);
    pairs.push([g, f]);
  }
  return pairs;
}

export interface Tally {
  gold: number;
  found: number;
  matched: number;
  speakerRight: number;
  /** Matched quotes that are direct (not partial), and how many of those got the right speaker. */
  direct: number;
  directRight: number;
  /** The same for direct quotes in English (the speech verbs are English only). */
  directEn: number;
  directEnRight: number;
}

export const emptyTally = (): Tally => ({ gold: 0, found: 0, matched: 0, speakerRight: 0, direct: 0, directRight: 0, directEn: 0, directEnRight: 0 });

export function addTally(into: Tally, t: Tally): void {
  into.gold += t.gold;
  into.found += t.found;
  into.matched += t.matched;
  into.speakerRight += t.speakerRight;
  into.direct += t.direct;
  into.directRight += t.directRight;
  into.directEn += t.directEn;
  into.directEnRight += t.directEnRight;
}

/** Counts one matched quote's speaker verdict into a tally. */
export function countSpeaker(t: Tally, ok: boolean, partial: boolean, english: boolean): void {
  if (ok) t.speakerRight += 1;
  if (partial) return;
  t.direct += 1;
  if (ok) t.directRight += 1;
  if (!english) return;
  t.directEn += 1;
  if (ok) t.directEnRight += 1;
}

export function prf(t: Tally): { p: number; r: number; f1: number; speaker: number; direct: number; directEn: number } {
  const p = t.found === 0 ? 0 : t.matched / t.found;
  const r = t.gold === 0 ? 0 : t.matched / t.gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const share = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return { p, r, f1, speaker: share(t.speakerRight, t.matched), direct: share(t.directRight, t.direct), directEn: share(t.directEnRight, t.directEn) };
}
