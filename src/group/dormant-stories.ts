// Stories that went quiet: no live segment is left to find them through, so each keeps a short summary of its
// centroid, found again through an inverted index of the summary's heaviest terms.
import { QUERY_TERMS } from './neighbours.js';
import { dot, type SparseVector } from './vectors.js';

// Terms a dormant story's summary keeps: the centroid's head carries nearly all of its cosine with a new report.
export const SUMMARY_TERMS = 100;
// Summary terms indexed for lookup: the heaviest name the story; the rest only refine the score.
const INDEXED_TERMS = 32;
// Dormant stories kept per term (most recent): a term shared by hundreds of old stories finds none of them well.
const POSTINGS_CAP = 200;
// Candidates scored exactly after the inverted-index pass.
const EXACT_CANDIDATES = 20;

export interface DormantMatch {
  story: number;
  /** Cosine between the segment and the summary (the story's pruned centroid). */
  similarity: number;
}

interface Summary {
  vector: SparseVector;
  /** Length of the summary's sums (a centroid's sums are not unit length). */
  norm: number;
}

export class DormantStories {
  private readonly summaries = new Map<number, Summary>();
  private postings = new Map<number, number[]>();
  private removedSinceSweep = 0;

  add(story: number, summary: SparseVector): void {
    let sq = 0;
    for (const w of summary.weights) sq += w * w;
    this.summaries.set(story, { vector: summary, norm: Math.sqrt(sq) });
    const heaviest = [...summary.ids.keys()].sort((a, b) => summary.weights[b]! - summary.weights[a]!).slice(0, INDEXED_TERMS);
    for (const i of heaviest) {
      const term = summary.ids[i]!;
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push(story);
      if (list.length >= POSTINGS_CAP * 2) list.splice(0, list.length - POSTINGS_CAP);
    }
  }

  /** Removes a story (woken up or expired) and returns its summary. */
  remove(story: number): SparseVector | null {
    const summary = this.summaries.get(story);
    if (!summary) return null;
    this.summaries.delete(story);
    if (++this.removedSinceSweep > Math.max(1024, this.summaries.size)) this.sweep();
    return summary.vector;
  }

  has(story: number): boolean {
    return this.summaries.has(story);
  }

  get size(): number {
    return this.summaries.size;
  }

  private sweep(): void {
    const next = new Map<number, number[]>();
    for (const [term, list] of this.postings) {
      const kept = list.filter((story) => this.summaries.has(story));
      if (kept.length > 0) next.set(term, kept);
    }
    this.postings = next;
    this.removedSinceSweep = 0;
  }

  /** Dormant stories sharing heavy terms with a unit vector, best first. */
  find(vector: SparseVector): DormantMatch[] {
    const partial = new Map<number, number>();
    const order = [...vector.ids.keys()].sort((a, b) => vector.weights[b]! - vector.weights[a]!).slice(0, QUERY_TERMS);
    for (const i of order) {
      for (const story of this.postings.get(vector.ids[i]!) ?? []) {
        if (!this.summaries.has(story)) continue;
        partial.set(story, (partial.get(story) ?? 0) + vector.weights[i]!);
      }
    }
    const shortlist = [...partial].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, EXACT_CANDIDATES);
    return shortlist
      .map(([story]) => {
        const summary = this.summaries.get(story)!;
        return { story, similarity: summary.norm > 0 ? dot(vector, summary.vector) / summary.norm : 0 };
      })
      .filter((m) => m.similarity > 0)
      .sort((a, b) => b.similarity - a.similarity || a.story - b.story);
  }
}
