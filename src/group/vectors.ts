// Compact sparse vectors over a growing vocabulary, with document frequencies that grow one segment at a time.
import type { TermVector } from './tfidf.js';

/** A unit-length sparse vector: term ids ascending, with their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

// Terms kept per segment vector: the heaviest carry nearly all of the cosine, and memory stays fixed per segment.
export const MAX_VECTOR_TERMS = 120;

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private df = new Int32Array(1024);
  /** Segments counted so far (IDF's N). */
  count = 0;

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
      if (id >= this.df.length) {
        const grown = new Int32Array(this.df.length * 2);
        grown.set(this.df);
        this.df = grown;
      }
    }
    return id;
  }

  /** Counts one segment's terms (each once). */
  observe(termIds: Iterable<number>): void {
    this.count++;
    for (const id of termIds) this.df[id]!++;
  }

  /** Smoothed IDF, as in tfidf.ts: never zero. */
  idf(id: number): number {
    return Math.log((1 + this.count) / (1 + (this.df[id] ?? 0))) + 1;
  }

  get size(): number {
    return this.ids.size;
  }
}

/** Weighs sublinear counts by the current IDF, keeps the heaviest terms and scales to unit length. */
export function toSparse(tf: TermVector, vocabulary: Vocabulary, observe: boolean): SparseVector {
  const entries: [number, number][] = [];
  for (const [term, value] of tf) entries.push([vocabulary.id(term), value]);
  if (observe) vocabulary.observe(entries.map(([id]) => id));
  for (const entry of entries) entry[1] *= vocabulary.idf(entry[0]);
  if (entries.length > MAX_VECTOR_TERMS) {
    entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    entries.length = MAX_VECTOR_TERMS;
  }
  entries.sort((a, b) => a[0] - b[0]);
  let sum = 0;
  for (const [, w] of entries) sum += w * w;
  const length = Math.sqrt(sum) || 1;
  return {
    ids: Int32Array.from(entries, ([id]) => id),
    weights: Float32Array.from(entries, ([, w]) => w / length),
  };
}

export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** A running sum of unit vectors (a centroid), pruned to its heaviest terms so it never grows without bound. */
export class Centroid {
  private readonly sums = new Map<number, number>();
  private members = 0;
  /** Squared length of `sums`, kept up to date so a cosine costs only the new vector's terms. */
  private squared = 0;

  // A story's centroid keeps this many terms; beyond that the tail is noise from single articles.
  static readonly MAX_TERMS = 400;

  add(v: SparseVector): void {
    for (let i = 0; i < v.ids.length; i++) {
      const old = this.sums.get(v.ids[i]!) ?? 0;
      const next = old + v.weights[i]!;
      this.sums.set(v.ids[i]!, next);
      this.squared += next * next - old * old;
    }
    this.members++;
    if (this.sums.size > Centroid.MAX_TERMS * 2) this.prune();
  }

  private prune(): void {
    const kept = [...this.sums].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, Centroid.MAX_TERMS);
    this.sums.clear();
    this.squared = 0;
    for (const [id, w] of kept) {
      this.sums.set(id, w);
      this.squared += w * w;
    }
  }

  /** Cosine between a unit vector and this centroid's direction. */
  cosine(v: SparseVector): number {
    let dotSum = 0;
    for (let i = 0; i < v.ids.length; i++) dotSum += (this.sums.get(v.ids[i]!) ?? 0) * v.weights[i]!;
    if (dotSum === 0 || this.squared <= 0) return 0;
    return dotSum / Math.sqrt(this.squared);
  }

  termIds(): IterableIterator<number> {
    return this.sums.keys();
  }

  get size(): number {
    return this.members;
  }
}
