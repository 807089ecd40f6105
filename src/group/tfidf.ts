// Sparse TF-IDF vectors and cosine similarity.
import { contentTerms } from './text.js';

export type TermVector = Map<string, number>;

/** Sublinear term frequencies (1 + ln count) of a text's content terms. */
export function termFrequencies(text: string): TermVector {
  const counts: TermVector = new Map();
  for (const term of contentTerms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const [term, count] of counts) counts.set(term, 1 + Math.log(count));
  return counts;
}

/** Document frequencies that can grow one document at a time (so earlier decisions never see later documents). */
export class DocumentFrequencies {
  private readonly df = new Map<string, number>();
  private count = 0;

  add(terms: Iterable<string>): void {
    this.count++;
    for (const term of new Set(terms)) this.df.set(term, (this.df.get(term) ?? 0) + 1);
  }

  /** Smoothed IDF: never zero, so a term every document shares still counts a little. */
  idf(term: string): number {
    return Math.log((1 + this.count) / (1 + (this.df.get(term) ?? 0))) + 1;
  }
}

export function weigh(tf: TermVector, df: DocumentFrequencies): TermVector {
  const out: TermVector = new Map();
  for (const [term, value] of tf) out.set(term, value * df.idf(term));
  return out;
}

export function norm(v: TermVector): number {
  let sum = 0;
  for (const value of v.values()) sum += value * value;
  return Math.sqrt(sum);
}

export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, value] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += value * other;
  }
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

/** Adds `v` scaled to unit length into `into` (centroids as sums of unit vectors, so long texts do not dominate). */
export function addUnit(into: TermVector, v: TermVector): void {
  const length = norm(v);
  if (length === 0) return;
  for (const [term, value] of v) into.set(term, (into.get(term) ?? 0) + value / length);
}
