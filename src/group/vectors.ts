// Compact sparse vectors over a growing vocabulary, with document frequencies that grow one segment at a time.
import type { TermVector } from './tfidf.js';

/** A unit-length sparse vector: term ids ascending, with their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

// Terms kept per segment vector: the heaviest carry nearly all of the cosine, and memory stays fixed per segment.
export const MAX_VECTOR_TERMS = 120;

/**
 * Term ids and document frequencies that grow one segment at a time. A term is forgotten (id and count) once nothing
 * refers to it: no live segment carries it and no story centroid or dormant summary holds it. The vocabulary is then
 * bounded by the live window and the stories kept; a forgotten term that comes back counts as new, which only makes a
 * term that was absent for months look as rare as it has been. Ids are never reused, so a stale id means no other word.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly names = new Map<number, string>();
  private readonly df = new Map<number, number>();
  private readonly refs = new Map<number, number>();
  private next = 0;
  /** Segments counted so far (IDF's N). */
  count = 0;

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.next++;
      this.ids.set(term, id);
      this.names.set(id, term);
    }
    return id;
  }

  /** Counts one segment's terms (each once); the segment refers to them while it is live. */
  observe(termIds: Iterable<number>): void {
    this.count++;
    for (const id of termIds) {
      this.df.set(id, (this.df.get(id) ?? 0) + 1);
      this.pin(id);
    }
  }

  /** A retired segment refers to its terms no more (they stay counted in document frequencies). */
  forget(termIds: Iterable<number>): void {
    for (const id of termIds) this.unpin(id);
  }

  /** Keeps a term while something (a live segment, a centroid, a summary) refers to it. */
  pin(id: number): void {
    this.refs.set(id, (this.refs.get(id) ?? 0) + 1);
  }

  unpin(id: number): void {
    const left = (this.refs.get(id) ?? 1) - 1;
    if (left > 0) {
      this.refs.set(id, left);
      return;
    }
    this.refs.delete(id);
    this.df.delete(id);
    const name = this.names.get(id);
    if (name !== undefined) this.ids.delete(name);
    this.names.delete(id);
  }

  /** Smoothed IDF, as in tfidf.ts: never zero. */
  idf(id: number): number {
    return Math.log((1 + this.count) / (1 + (this.df.get(id) ?? 0))) + 1;
  }

  /** The term an id stands for (undefined once forgotten). */
  term(id: number): string | undefined {
    return this.names.get(id);
  }

  /** Terms remembered (referred to by something live). */
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
  /** Pins the terms it holds, so their ids stay while the centroid (or a summary of it) may meet them again. */
  constructor(private readonly vocabulary: Vocabulary | null = null) {}

  private members = 0;
  /** Squared length of `sums`, kept up to date so a cosine costs only the new vector's terms. */
  private squared = 0;

  // A story's centroid keeps this many terms; beyond that the tail is noise from single articles.
  static readonly MAX_TERMS = 400;

  add(v: SparseVector): void {
    for (let i = 0; i < v.ids.length; i++) {
      const old = this.sums.get(v.ids[i]!) ?? 0;
      if (old === 0 && !this.sums.has(v.ids[i]!)) this.vocabulary?.pin(v.ids[i]!);
      const next = old + v.weights[i]!;
      this.sums.set(v.ids[i]!, next);
      this.squared += next * next - old * old;
    }
    this.members++;
    if (this.sums.size > Centroid.MAX_TERMS * 2) this.prune();
  }

  private prune(): void {
    const ranked = [...this.sums].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const kept = ranked.slice(0, Centroid.MAX_TERMS);
    for (const [id] of ranked.slice(Centroid.MAX_TERMS)) this.vocabulary?.unpin(id);
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

  /** The heaviest `terms` sums (ids ascending), for a dormant story's summary; `restore` turns it back into a centroid. */
  summary(terms: number): SparseVector {
    const kept = [...this.sums].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, terms).sort((a, b) => a[0] - b[0]);
    return { ids: Int32Array.from(kept, ([id]) => id), weights: Float32Array.from(kept, ([, w]) => w) };
  }

  /** Lets go of every term (the centroid is dropped). */
  release(): void {
    for (const id of this.sums.keys()) this.vocabulary?.unpin(id);
    this.sums.clear();
    this.squared = 0;
  }

  static restore(summary: SparseVector, members: number, vocabulary: Vocabulary | null = null): Centroid {
    const centroid = new Centroid(vocabulary);
    for (let i = 0; i < summary.ids.length; i++) {
      const w = summary.weights[i]!;
      vocabulary?.pin(summary.ids[i]!);
      centroid.sums.set(summary.ids[i]!, w);
      centroid.squared += w * w;
    }
    centroid.members = members;
    return centroid;
  }

  termIds(): IterableIterator<number> {
    return this.sums.keys();
  }

  get size(): number {
    return this.members;
  }
}
