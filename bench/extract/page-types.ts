// WCXB main-text F1 per page type (article, service, product, collection, forum, listing, documentation), with the
// same word-bag measure as score.py's extraction-bow, so the weak page types show up in the printed table.

/** Lowercased word tokens, as score.py's \w+ (Unicode letters, digits and underscore). */
const TOKEN = /[\p{L}\p{N}_]+/gu;

function bag(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of text.toLowerCase().match(TOKEN) ?? []) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

function total(b: Map<string, number>): number {
  let n = 0;
  for (const v of b.values()) n += v;
  return n;
}

/** Precision, recall and F1 of one page, as score.py's bow(): an empty gold scores 1 only for an empty guess. */
export function bagScore(guess: string, gold: string): { p: number; r: number; f1: number } {
  const g = bag(gold);
  const p = bag(guess);
  if (g.size === 0) return p.size === 0 ? { p: 1, r: 1, f1: 1 } : { p: 0, r: 0, f1: 0 };
  if (p.size === 0) return { p: 0, r: 0, f1: 0 };
  let overlap = 0;
  for (const [t, n] of p) overlap += Math.min(n, g.get(t) ?? 0);
  const pr = overlap / total(p);
  const rc = overlap / total(g);
  return { p: pr, r: rc, f1: pr + rc > 0 ? (2 * pr * rc) / (pr + rc) : 0 };
}

export interface TypeScore {
  type: string;
  pages: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Macro P/R/F1 per page type, largest type first; pages whose gold has no main text are skipped, as score.py does. */
export function scoreByPageType(pages: readonly { type: string; guess: string; gold: string | null | undefined }[]): TypeScore[] {
  const byType = new Map<string, { p: number; r: number; f1: number; n: number }>();
  for (const page of pages) {
    if (page.gold === undefined || page.gold === null) continue;
    const s = bagScore(page.guess, page.gold);
    const t = byType.get(page.type) ?? { p: 0, r: 0, f1: 0, n: 0 };
    byType.set(page.type, { p: t.p + s.p, r: t.r + s.r, f1: t.f1 + s.f1, n: t.n + 1 });
  }
  return [...byType]
    .map(([type, t]) => ({ type, pages: t.n, precision: t.p / t.n, recall: t.r / t.n, f1: t.f1 / t.n }))
    .sort((a, b) => b.pages - a.pages || a.type.localeCompare(b.type));
}
