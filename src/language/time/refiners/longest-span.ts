// Overlapping candidates: the longest span wins (it read more of the text); on a tie, the recogniser listed first.
import type { TimeCandidate, TimeRefiner } from '../types.js';

export function longestSpanRefiner(priority: readonly string[]): TimeRefiner {
  const rank = (c: TimeCandidate) => {
    const i = priority.indexOf(c.source);
    return i < 0 ? priority.length : i;
  };
  return {
    name: 'longest-span',
    refine(candidates) {
      const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
      const kept: TimeCandidate[] = [];
      for (const c of ordered) {
        if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
        kept.push(c);
      }
      return kept.sort((a, b) => a.start - b.start);
    },
  };
}
