// Nearest earlier segments by cosine, found through an inverted index of their heaviest terms (never all pairs).
import { dot, type SparseVector } from './vectors.js';

// Terms of a new segment used to look up candidates: its heaviest ones name what it is about.
export const QUERY_TERMS = 24;
// Most recent segments kept per term: a term carried by thousands of segments is too common to find neighbours by.
export const POSTINGS_CAP = 400;
// Candidates scored exactly after the inverted-index pass; the rest share too little weight to be near.
export const EXACT_CANDIDATES = 60;

export interface Neighbour {
  unit: number;
  similarity: number;
}

export class NeighbourIndex {
  private readonly postings = new Map<number, number[]>();
  private readonly vectors: SparseVector[] = [];
  /** Each unit's nearest neighbours (self first), updated when a closer later unit arrives. */
  private readonly lists: Neighbour[][] = [];
  /** Scratch accumulator by unit, reused across searches (reset through `touched`). */
  private scratch = new Float64Array(1024);

  constructor(private readonly k: number) {}

  /**
   * Adds a unit and returns every earlier unit found near it (best first; its own list keeps the k nearest).
   * Earlier units' lists are updated too.
   */
  add(vector: SparseVector): Neighbour[] {
    const unit = this.vectors.length;
    const found = this.search(vector);
    this.vectors.push(vector);
    const own: Neighbour[] = [{ unit, similarity: 1 }, ...found.slice(0, this.k)];
    this.lists.push(own);
    for (const neighbour of found) this.offer(neighbour.unit, { unit, similarity: neighbour.similarity });
    const heaviest = [...vector.ids.keys()].sort((a, b) => vector.weights[b]! - vector.weights[a]!).slice(0, QUERY_TERMS);
    for (const i of heaviest) {
      const term = vector.ids[i]!;
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push(unit);
      // Drop the oldest half at twice the cap: amortised constant time, recent coverage kept.
      if (list.length >= POSTINGS_CAP * 2) list.splice(0, list.length - POSTINGS_CAP);
    }
    return found;
  }

  private search(vector: SparseVector): Neighbour[] {
    if (this.scratch.length < this.vectors.length) {
      this.scratch = new Float64Array(this.vectors.length * 2);
    }
    const partial = this.scratch;
    const touched: number[] = [];
    const order = [...vector.ids.keys()].sort((a, b) => vector.weights[b]! - vector.weights[a]!).slice(0, QUERY_TERMS);
    for (const i of order) {
      const weight = vector.weights[i]!;
      for (const unit of this.postings.get(vector.ids[i]!) ?? []) {
        if (partial[unit] === 0) touched.push(unit);
        partial[unit] = partial[unit]! + weight;
      }
    }
    touched.sort((a, b) => partial[b]! - partial[a]! || a - b);
    const shortlist = touched.slice(0, EXACT_CANDIDATES);
    for (const unit of touched) partial[unit] = 0;
    const scored = shortlist.map((unit) => ({ unit, similarity: dot(vector, this.vectors[unit]!) }));
    return scored.filter((n) => n.similarity > 0).sort((a, b) => b.similarity - a.similarity || a.unit - b.unit);
  }

  /** Puts a later unit into an earlier unit's list if it is closer than the farthest one there. */
  private offer(target: number, candidate: Neighbour): void {
    const list = this.lists[target]!;
    if (list.length <= this.k) {
      list.push(candidate);
    } else {
      const last = list[list.length - 1]!;
      if (candidate.similarity <= last.similarity) return;
      list[list.length - 1] = candidate;
    }
    // Keep self first, the rest best first.
    list.sort((a, b) => (a.unit === target ? -1 : b.unit === target ? 1 : b.similarity - a.similarity || a.unit - b.unit));
  }

  /** Neighbour list of a unit, self included with similarity 1. */
  neighbours(unit: number): readonly Neighbour[] {
    return this.lists[unit]!;
  }

  vector(unit: number): SparseVector {
    return this.vectors[unit]!;
  }

  /**
   * Shared-neighbour similarity: cosine between two units' neighbour lists as sparse vectors over units.
   * Two reports of one event have the same nearest reports; two events of one topic share topic words but not neighbours.
   */
  sharedNeighbourSimilarity(a: number, b: number): number {
    const la = this.lists[a]!;
    const lb = this.lists[b]!;
    let sum = 0;
    for (const x of la) for (const y of lb) if (x.unit === y.unit) sum += x.similarity * y.similarity;
    if (sum === 0) return 0;
    return sum / (listNorm(la) * listNorm(lb));
  }
}

function listNorm(list: readonly Neighbour[]): number {
  let sq = 0;
  for (const n of list) sq += n.similarity * n.similarity;
  return Math.sqrt(sq);
}
