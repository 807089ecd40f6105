// Merge repair after re-clustering: a fragment of one or two reports that average linkage left on its own joins the
// event its nearest neighbours belong to. Average linkage asks a report to share neighbours with a whole event on
// average; a report of a large event (twenty write-ups) shares its k neighbours with only part of it, so it can fall
// under the bar although every one of its nearest reports sits in that event.

// Events of at most this many reports count as fragments; larger ones speak for themselves.
export const FRAGMENT_SIZE = 2;
// Share of a report's neighbour weight that one larger event must exceed for it to move there: a majority, so a report
// between two events stays where it is.
export const FRAGMENT_SHARE = 0.5;

export interface FragmentNeighbour {
  /** Index of the neighbour among the clustered items, or -1 when it is not one of them (another story, retired). */
  item: number;
  similarity: number;
}

/**
 * Moves each member of a fragment into the larger cluster that holds most of its neighbour weight (`neighbours(i)`:
 * item i's nearest reports, itself excluded). `together(i, cluster)` may veto a move (coverage too far apart in time).
 * Votes are counted on the clusters as they came, so the order of the fragments does not matter. Returns new clusters,
 * each ascending, ordered by their first item.
 */
export function attachFragments(
  clusters: readonly number[][],
  neighbours: (item: number) => readonly FragmentNeighbour[],
  together: (item: number, cluster: readonly number[]) => boolean = () => true,
): number[][] {
  const clusterOf = new Map<number, number>();
  clusters.forEach((members, c) => members.forEach((i) => clusterOf.set(i, c)));
  const target = clusters.map((members) => [...members]);
  const moved = new Set<number>();
  clusters.forEach((members, c) => {
    if (members.length > FRAGMENT_SIZE) return;
    for (const item of members) {
      const votes = new Map<number, number>();
      let total = 0;
      for (const n of neighbours(item)) {
        total += n.similarity;
        const other = n.item >= 0 ? clusterOf.get(n.item) : undefined;
        if (other === undefined || other === c || clusters[other]!.length <= FRAGMENT_SIZE) continue;
        votes.set(other, (votes.get(other) ?? 0) + n.similarity);
      }
      let best = -1;
      let bestVotes = 0;
      for (const [other, v] of [...votes].sort((a, b) => a[0] - b[0])) if (v > bestVotes) [best, bestVotes] = [other, v];
      if (best < 0 || total <= 0 || bestVotes / total <= FRAGMENT_SHARE || !together(item, clusters[best]!)) continue;
      target[best]!.push(item);
      moved.add(item);
    }
  });
  return target
    .map((members, c) => (clusters[c]!.length <= FRAGMENT_SIZE ? members.filter((i) => !moved.has(i)) : members))
    .filter((members) => members.length > 0)
    .map((members) => [...members].sort((a, b) => a - b))
    .sort((a, b) => a[0]! - b[0]!);
}
