// Average-linkage agglomerative clustering of a small set of items, with a time gate between clusters.

export interface LinkageItem {
  /** Milliseconds since the epoch, or null when undated. */
  time: number | null;
}

/**
 * Merges the pair of clusters with the highest mean pairwise similarity while it is at least `threshold`.
 * Two clusters whose date ranges lie more than `maxGapMs` apart never merge: coverage of one happening is continuous.
 * Returns clusters as lists of item indices, each ascending, ordered by their first item.
 */
export function averageLinkage(
  items: readonly LinkageItem[],
  similarity: (a: number, b: number) => number,
  threshold: number,
  maxGapMs: number,
): number[][] {
  const n = items.length;
  const sums = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const s = similarity(a, b);
      sums[a * n + b] = s;
      sums[b * n + a] = s;
    }
  }
  const members: (number[] | null)[] = items.map((_, i) => [i]);
  const from: (number | null)[] = items.map((item) => item.time);
  const to: (number | null)[] = items.map((item) => item.time);
  const alive = new Set<number>(members.keys());

  const apart = (a: number, b: number): boolean => {
    if (from[a] === null || from[b] === null) return false;
    const gap = Math.max(from[a]! - to[b]!, from[b]! - to[a]!);
    return gap > maxGapMs;
  };

  for (;;) {
    let best = -1;
    let bestA = -1;
    let bestB = -1;
    const ids = [...alive];
    for (let x = 0; x < ids.length; x++) {
      const a = ids[x]!;
      for (let y = x + 1; y < ids.length; y++) {
        const b = ids[y]!;
        const mean = sums[a * n + b]! / (members[a]!.length * members[b]!.length);
        if (mean > best && !apart(a, b)) [best, bestA, bestB] = [mean, a, b];
      }
    }
    if (bestA < 0 || best < threshold) break;
    // Merge b into a: sums to every other cluster add up.
    for (const c of alive) {
      if (c === bestA || c === bestB) continue;
      const s = sums[bestA * n + c]! + sums[bestB * n + c]!;
      sums[bestA * n + c] = s;
      sums[c * n + bestA] = s;
    }
    members[bestA] = [...members[bestA]!, ...members[bestB]!].sort((p, q) => p - q);
    members[bestB] = null;
    alive.delete(bestB);
    if (from[bestB] !== null) {
      from[bestA] = from[bestA] === null ? from[bestB]! : Math.min(from[bestA]!, from[bestB]!);
      to[bestA] = to[bestA] === null ? to[bestB]! : Math.max(to[bestA]!, to[bestB]!);
    }
  }
  return [...alive].map((i) => members[i]!).sort((p, q) => p[0]! - q[0]!);
}
