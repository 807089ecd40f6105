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

/** A unit found near a new one: its cosine on the searched vectors, and on the vectors neighbour lists are made of. */
export interface Found extends Neighbour {
  listSimilarity: number;
}

// Postings are swept of retired units once there are this many retirements per live unit: amortised linear work.
const SWEEP_RATIO = 1;

export class NeighbourIndex {
  private postings = new Map<number, number[]>();
  /** Vectors of live units; a retired unit's slot is null (its id stays taken so ids never move). */
  private readonly vectors: (SparseVector | null)[] = [];
  /** Vectors the neighbour lists are ranked by, where they differ from `vectors` (else null). */
  private readonly listVectors: (SparseVector | null)[] = [];
  /** Each live unit's nearest neighbours (self first), updated when a closer later unit arrives. */
  private readonly lists: (Neighbour[] | null)[] = [];
  private live = 0;
  private retiredSinceSweep = 0;
  /** Scratch accumulator by unit, reused across searches (reset through `touched`). */
  private scratch = new Float64Array(1024);

  constructor(private readonly k: number) {}

  /**
   * Adds a unit and returns every earlier unit found near it (best first by `vector`). Candidates are found and ranked
   * by `vector`; neighbour lists keep the k nearest by `listVector` (default: the same), and earlier units' lists are
   * updated too.
   */
  add(vector: SparseVector, listVector: SparseVector = vector): Found[] {
    const unit = this.vectors.length;
    const found = this.search(vector, listVector);
    this.vectors.push(vector);
    this.listVectors.push(listVector === vector ? null : listVector);
    this.live++;
    const byList = found.filter((n) => n.listSimilarity > 0).sort((a, b) => b.listSimilarity - a.listSimilarity || a.unit - b.unit);
    const own: Neighbour[] = [{ unit, similarity: 1 }, ...byList.slice(0, this.k).map((n) => ({ unit: n.unit, similarity: n.listSimilarity }))];
    this.lists.push(own);
    for (const neighbour of byList) this.offer(neighbour.unit, { unit, similarity: neighbour.listSimilarity });
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

  private search(vector: SparseVector, listVector: SparseVector): Found[] {
    if (this.scratch.length < this.vectors.length) {
      this.scratch = new Float64Array(this.vectors.length * 2);
    }
    const partial = this.scratch;
    const touched: number[] = [];
    const order = [...vector.ids.keys()].sort((a, b) => vector.weights[b]! - vector.weights[a]!).slice(0, QUERY_TERMS);
    for (const i of order) {
      const weight = vector.weights[i]!;
      for (const unit of this.postings.get(vector.ids[i]!) ?? []) {
        if (this.vectors[unit] === null) continue;
        if (partial[unit] === 0) touched.push(unit);
        partial[unit] = partial[unit]! + weight;
      }
    }
    touched.sort((a, b) => partial[b]! - partial[a]! || a - b);
    const shortlist = touched.slice(0, EXACT_CANDIDATES);
    for (const unit of touched) partial[unit] = 0;
    const scored = shortlist.map((unit) => {
      const similarity = dot(vector, this.vectors[unit]!);
      // One view on both sides: the list similarity is the same cosine.
      const same = listVector === vector && this.listVectors[unit] == null;
      return { unit, similarity, listSimilarity: same ? similarity : dot(listVector, this.listVectors[unit] ?? this.vectors[unit]!) };
    });
    return scored.filter((n) => n.similarity > 0).sort((a, b) => b.similarity - a.similarity || a.unit - b.unit);
  }

  /** Puts a later unit into an earlier unit's list if it is closer than the farthest one there. */
  private offer(target: number, candidate: Neighbour): void {
    const list = this.lists[target];
    if (!list) return;
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

  /**
   * Retires a unit: its vector and neighbour list are dropped and it is found no more. Live units' lists may still
   * name it, which keeps their shared-neighbour similarity as it was.
   */
  retire(unit: number): void {
    if (this.vectors[unit] == null) return;
    this.vectors[unit] = null;
    this.listVectors[unit] = null;
    this.lists[unit] = null;
    this.live--;
    if (++this.retiredSinceSweep > Math.max(1024, this.live * SWEEP_RATIO)) this.sweep();
  }

  /** Drops retired units from the postings, and terms left with none. */
  private sweep(): void {
    const next = new Map<number, number[]>();
    for (const [term, list] of this.postings) {
      const kept = list.filter((unit) => this.vectors[unit] != null);
      if (kept.length > 0) next.set(term, kept);
    }
    this.postings = next;
    this.retiredSinceSweep = 0;
  }

  isLive(unit: number): boolean {
    return unit >= 0 && this.vectors[unit] != null;
  }

  /** Neighbour list of a live unit, self included with similarity 1. */
  neighbours(unit: number): readonly Neighbour[] {
    return this.lists[unit] ?? [];
  }

  /** Vector of a live unit (null once retired). */
  vector(unit: number): SparseVector | null {
    return this.vectors[unit] ?? null;
  }

  /** Postings held, for memory checks. */
  get postingCount(): number {
    let n = 0;
    for (const list of this.postings.values()) n += list.length;
    return n;
  }

  /**
   * Shared-neighbour similarity: cosine between two units' neighbour lists as sparse vectors over units.
   * Two reports of one event have the same nearest reports; two events of one topic share topic words but not neighbours.
   */
  sharedNeighbourSimilarity(a: number, b: number): number {
    const la = this.lists[a];
    const lb = this.lists[b];
    if (!la || !lb) return 0;
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
