// LexRank (Erkan and Radev, 2004): sentence centrality as the stationary distribution of a random walk over
// the graph of TF-IDF cosine similarities between sentences.
import { cosine, type TermVector } from '../group/tfidf.js';

// The walk has converged when no score moves by more than this.
const TOLERANCE = 1e-6;
const MAX_ITERATIONS = 100;

/** The pairwise cosine matrix, with values below `threshold` cut to zero. */
export function similarityMatrix(vectors: readonly TermVector[], threshold: number): number[][] {
  const n = vectors.length;
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i]!, vectors[j]!);
      if (s >= threshold) matrix[i]![j] = matrix[j]![i] = s;
    }
  }
  return matrix;
}

/** Continuous LexRank scores (summing to 1) for a similarity matrix. */
export function lexRank(matrix: readonly number[][], damping: number): number[] {
  const n = matrix.length;
  if (n === 0) return [];
  const rowSums = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  let scores = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    // A sentence like no other spreads its weight evenly (a dangling node in PageRank terms).
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      if (rowSums[i] === 0) {
        dangling += scores[i]!;
        continue;
      }
      const row = matrix[i]!;
      for (let j = 0; j < n; j++) if (row[j]! > 0) next[j]! += (damping * scores[i]! * row[j]!) / rowSums[i]!;
    }
    for (let j = 0; j < n; j++) next[j]! += (damping * dangling) / n;
    const moved = next.reduce((m, v, j) => Math.max(m, Math.abs(v - scores[j]!)), 0);
    scores = next;
    if (moved < TOLERANCE) break;
  }
  return scores;
}
