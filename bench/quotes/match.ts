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
}

export const emptyTally = (): Tally => ({ gold: 0, found: 0, matched: 0, speakerRight: 0 });

export function addTally(into: Tally, t: Tally): void {
  into.gold += t.gold;
  into.found += t.found;
  into.matched += t.matched;
  into.speakerRight += t.speakerRight;
}

export function prf(t: Tally): { p: number; r: number; f1: number; speaker: number } {
  const p = t.found === 0 ? 0 : t.matched / t.found;
  const r = t.gold === 0 ? 0 : t.matched / t.gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1, speaker: t.matched === 0 ? 0 : t.speakerRight / t.matched };
}
