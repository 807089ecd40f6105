// Exact copies and near-duplicates (wire copies, trimmed or re-headlined reprints) across the corpus.
import type { AnalyzedDocument, DuplicateLink } from '../core/records.js';
import { inCorpusOrder } from './order.js';
import type { GroupSettings } from './settings.js';
import { words } from './text.js';

/** Word n-gram shingles of a text. Texts shorter than n words give one shingle holding all their words. */
export function shingles(text: string, size: number): Set<string> {
  const tokens = words(text);
  const out = new Set<string>();
  if (tokens.length === 0) return out;
  if (tokens.length < size) {
    out.add(tokens.join(' '));
    return out;
  }
  for (let i = 0; i + size <= tokens.length; i++) out.add(tokens.slice(i, i + size).join(' '));
  return out;
}

/** Text compared for exact copies: words only, so case, punctuation and spacing differences do not matter. */
export function exactKey(text: string): string {
  return words(text).join(' ');
}

interface Match {
  index: number;
  reason: string;
  /** Higher is a better match; used to pick among candidates. */
  score: number;
}

function fixed(value: number): string {
  return (Math.floor(value * 100) / 100).toFixed(2);
}

/** Scores one earlier document against the current one from their shared shingle count. */
function judge(shared: number, size: number, otherSize: number, settings: GroupSettings): Omit<Match, 'index'> | null {
  const jaccard = shared / (size + otherSize - shared);
  if (jaccard >= settings.nearDuplicateJaccard) {
    return { reason: `near-duplicate: shingle Jaccard ${fixed(jaccard)}`, score: 1 + jaccard };
  }
  const shorter = Math.min(size, otherSize);
  const containment = shared / shorter;
  if (shorter >= settings.minContainmentShingles && containment >= settings.containment) {
    return { reason: `contained: ${fixed(containment)} of shorter text`, score: containment };
  }
  return null;
}

/**
 * Links each document that copies an earlier one to the earliest document of its copy group.
 * Candidates come from an inverted index of shingles, so only documents sharing phrasing are compared.
 */
export function findDuplicates(docs: readonly AnalyzedDocument[], settings: GroupSettings): DuplicateLink[] {
  const ordered = inCorpusOrder(docs);
  const links: DuplicateLink[] = [];
  /** Index in `ordered` of the group root each document belongs to. */
  const rootOf: number[] = [];
  const byExactText = new Map<string, number>();
  const shingleSets: Set<string>[] = [];
  const postings = new Map<string, number[]>();

  ordered.forEach((doc, index) => {
    rootOf[index] = index;
    const key = exactKey(doc.text);
    const own = shingles(doc.text, settings.shingleSize);
    shingleSets[index] = own;
    // An empty text is not a copy of another empty text: there is nothing to compare.
    if (key === '') return;

    const exact = byExactText.get(key);
    let match: Match | null = exact === undefined ? null : { index: exact, reason: 'exact-text', score: Infinity };
    if (match === null) {
      const shared = new Map<number, number>();
      for (const shingle of own) {
        for (const earlier of postings.get(shingle) ?? []) shared.set(earlier, (shared.get(earlier) ?? 0) + 1);
      }
      for (const [earlier, count] of shared) {
        const verdict = judge(count, own.size, shingleSets[earlier]!.size, settings);
        if (verdict && (match === null || verdict.score > match.score || (verdict.score === match.score && earlier < match.index))) {
          match = { index: earlier, ...verdict };
        }
      }
    }

    if (match !== null) {
      const root = rootOf[match.index]!;
      rootOf[index] = root;
      // A copy of a copy points at the earliest document; the reason names the copy it was compared with.
      const via = root === match.index ? '' : ` (via ${ordered[match.index]!.id})`;
      links.push({ documentId: doc.id, duplicateOf: ordered[root]!.id, reason: match.reason + via });
    }
    // An exact copy adds nothing new to compare against: its original is already indexed.
    if (exact !== undefined) return;
    byExactText.set(key, index);
    for (const shingle of own) {
      const list = postings.get(shingle);
      if (list) list.push(index);
      else postings.set(shingle, [index]);
    }
  });
  return links;
}
