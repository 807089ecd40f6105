// Conflicts and changes: figures that differ for the same counted thing (with whether the wordings can both be
// true), and claims that differ between outlets or flip between days (claims.ts). Copies are left out.
import type { AnalyzedDocument, EventGroup } from '../core/records.js';
import { calendarDate, compareDocuments } from '../group/order.js';
import { findClaimFlips } from './claims.js';
import { describeInterval, onlyHedged, overlaps, sameInterval, sameQuantity, type Figure } from './figures.js';
import { documentSentences } from './sentence-view.js';

export { findFigures, singular, type Figure } from './figures.js';

export interface ConflictStatement {
  text: string;
  documentId: string;
  outlet?: string | null;
  published?: string | null;
  /** The figure as written ("more than 12,000 protesters"), for figure conflicts. */
  figure?: string;
  /** The values the figure's wording allows, in words ("above 12,000"). */
  range?: string;
}

export interface Conflict {
  topic: string;
  /** 'figure': the same quantity given differently; 'claim': the same statement affirmed and denied. */
  kind: 'figure' | 'claim';
  /** 'outlets': reports of the same day disagree; 'days': a later report says otherwise (a change or a correction). */
  between: 'outlets' | 'days';
  /** Whether all statements can be true at once (figures whose ranges overlap); false for opposite claims. */
  compatible: boolean;
  /** The reasoning, in one sentence. */
  note: string;
  statements: ConflictStatement[];
}

const outletOf = (doc: AnalyzedDocument) => doc.publisher ?? 'unknown outlet';

interface Found {
  doc: AnalyzedDocument;
  figure: Figure;
}

/** Figures of the same quantity, joined transitively (single linkage) across documents. */
export function figureGroups(docs: readonly AnalyzedDocument[]): Found[][] {
  const found: Found[] = docs.flatMap((doc) => documentSentences(doc).flatMap((v) => v.figures.map((figure) => ({ doc, figure }))));
  const parent = found.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const byKey = new Map<string, number[]>();
  found.forEach((f, i) => byKey.set(f.figure.key, [...(byKey.get(f.figure.key) ?? []), i]));
  for (const members of byKey.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x]!, members[y]!];
        if (sameQuantity(found[i]!.figure, found[j]!.figure)) parent[root(i)] = root(j);
      }
    }
  }
  const groups = new Map<number, Found[]>();
  found.forEach((f, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), f]));
  return [...groups.values()];
}

function mostFrequent(items: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  let best = items[0] ?? '';
  for (const [item, count] of counts) if (count > counts.get(best)!) best = item;
  return best;
}

/** One conflict for a group of figures when two documents word the quantity differently; null when they agree. */
export function figureConflict(group: readonly Found[]): Conflict | null {
  const docs = new Set(group.map((f) => f.doc.id));
  if (docs.size < 2) return null;
  // Pairs from different documents whose wordings differ.
  const pairs: [Found, Found][] = [];
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const [a, b] = [group[i]!, group[j]!];
      // Only figures that count the same thing directly, not through a chain of look-alikes.
      if (a.doc.id !== b.doc.id && !sameInterval(a.figure.interval, b.figure.interval) && sameQuantity(a.figure, b.figure)) pairs.push([a, b]);
    }
  }
  if (pairs.length === 0) return null;
  const clashing = pairs.filter(([a, b]) => !overlaps(a.figure.interval, b.figure.interval));
  const compatible = clashing.length === 0;
  // "about 18,000" beside "18,000" is the same figure hedged; worth a line only when values or bounds differ.
  if (compatible && pairs.every(([a, b]) => a.figure.value === b.figure.value && onlyHedged(a.figure) && onlyHedged(b.figure))) return null;
  // One statement per document and wording: who gave which figure, earliest first; only figures in a pair.
  const paired = new Set(pairs.flat());
  const seen = new Set<string>();
  const statements: ConflictStatement[] = [];
  for (const { doc, figure } of [...group].filter((f) => paired.has(f)).sort((a, b) => compareDocuments(a.doc, b.doc))) {
    const key = `${doc.id}\u0000${describeInterval(figure.interval)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    statements.push({
      text: figure.sentence,
      documentId: doc.id,
      outlet: outletOf(doc),
      published: doc.published,
      figure: figure.phrase,
      range: describeInterval(figure.interval),
    });
  }
  const dates = new Set(statements.map((s) => calendarDate(s.published ?? null)));
  const [a, b] = (clashing[0] ?? pairs[0])!;
  const wording = (f: Found) => `“${f.figure.phrase}” (${describeInterval(f.figure.interval)}, ${outletOf(f.doc)})`;
  const note = compatible
    ? `Compatible: ${wording(a)} and ${wording(b)} can both be true.`
    : `Not compatible: ${wording(a)} and ${wording(b)} cannot both be true${dates.size > 1 ? '; the later report may be an update' : ''}.`;
  return {
    topic: mostFrequent(group.map((f) => f.figure.topic)),
    kind: 'figure',
    between: dates.size > 1 ? 'days' : 'outlets',
    compatible,
    note,
    statements,
  };
}

/**
 * Conflicting figures and opposite claims across the story's original documents (copies repeat their source
 * and are left out). Incompatible figures come first, then claims, then figures worded differently but compatible.
 */
export function findConflicts(
  events: readonly EventGroup[],
  docs: ReadonlyMap<string, AnalyzedDocument>,
  duplicateIds: ReadonlySet<string>,
): Conflict[] {
  const ids = [...new Set(events.flatMap((e) => e.documentIds))];
  const originals = ids
    .map((id) => docs.get(id))
    .filter((doc): doc is AnalyzedDocument => doc !== undefined && !duplicateIds.has(doc.id))
    .sort(compareDocuments);
  const figures = figureGroups(originals)
    .map(figureConflict)
    .filter((c): c is Conflict => c !== null);
  const claims = findClaimFlips(originals);
  return [...figures.filter((c) => !c.compatible), ...claims, ...figures.filter((c) => c.compatible)];
}
