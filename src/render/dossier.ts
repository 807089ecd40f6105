// A story with everything it cites, ready to render.
import type { BorrowingGraphRecord, DocumentRecord, EntityRecord, QuoteRecord, SpeakerQuotesRecord, StoryRecord, TimelineEntryRecord } from '../contract/analysis.js';
import type { Store } from '../store/store.js';

export interface Dossier {
  story: StoryRecord;
  documents: DocumentRecord[];
  quotes: QuoteRecord[];
  entities: EntityRecord[];
}

export async function loadDossier(store: Store, idOrPrefix: string): Promise<Dossier | null> {
  const story = await store.getStory(idOrPrefix);
  if (!story) return null;
  const quotes = await store.getQuotes(story.quotes);
  const cited = new Set(story.documents);
  for (const q of quotes) {
    cited.add(q.documentId);
    for (const d of q.alsoIn) cited.add(d);
  }
  return {
    story,
    documents: await store.getDocuments([...cited]),
    quotes,
    entities: await store.getEntities(story.entities),
  };
}

/** Citation numbers follow the story's document order, so [1] is the same source everywhere in one dossier. */
export function citationNumbers(dossier: Dossier): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of dossier.story.documents) numbers.set(id, numbers.size + 1);
  for (const d of dossier.documents) if (!numbers.has(d.id)) numbers.set(d.id, numbers.size + 1);
  return numbers;
}

export function sourceLabel(doc: DocumentRecord): string {
  const date = doc.published ? doc.published.slice(0, 10) : 'undated';
  return `${doc.publisher ?? 'unknown outlet'}, ${date}: ${doc.title ?? doc.key}`;
}

/** Outlet-to-outlet credits of a story, one row per pair, with the documents that carry them. */
export function borrowingPairs(dossier: Dossier): { from: string; to: string; documentIds: string[] }[] {
  const pairs = new Map<string, { from: string; to: string; documentIds: string[] }>();
  for (const link of dossier.story.borrowing) {
    const key = `${link.from}\u0000${link.to}`;
    const pair = pairs.get(key) ?? { from: link.from, to: link.to, documentIds: [] };
    if (!pair.documentIds.includes(link.documentId)) pair.documentIds.push(link.documentId);
    pairs.set(key, pair);
  }
  return [...pairs.values()].sort((a, b) => b.documentIds.length - a.documentIds.length || a.from.localeCompare(b.from));
}

/**
 * Quotes grouped by speaker, speakers with most quotes first. A speaker linked to an entity is shown under the
 * entity's name, so "Mr. Kettler" and "Jonas Kettler" are one speaker.
 */
export function quotesBySpeaker(quotes: QuoteRecord[], entities: EntityRecord[] = []): [string, QuoteRecord[]][] {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const groups = new Map<string, { label: string; quotes: QuoteRecord[] }>();
  for (const q of quotes) {
    const entityName = q.speaker.entityId ? names.get(q.speaker.entityId) : undefined;
    const label = entityName ?? q.speaker.name ?? 'Unattributed';
    const key = q.speaker.entityId && entityName ? `entity:${q.speaker.entityId}` : `name:${label}`;
    const group = groups.get(key) ?? { label, quotes: [] };
    group.quotes.push(q);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g): [string, QuoteRecord[]] => [g.label, g.quotes])
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

/** A timeline entry's date as a reader wants it: the label when there is one, "about" when uncertain. */
export function timelineDate(entry: Partial<TimelineEntryRecord> & { date: string }): string {
  if (entry.label) return entry.label;
  const span = entry.end && entry.end !== entry.date ? `${entry.date} to ${entry.end}` : entry.date;
  return entry.approximate ? `about ${span}` : span;
}

/** The story's speakers; a story stored before speakers were synthesised falls back to its quote records. */
export function storySpeakers(dossier: Dossier): SpeakerQuotesRecord[] {
  if (dossier.story.speakers?.length) return dossier.story.speakers;
  const byId = new Map(dossier.documents.map((d) => [d.id, d]));
  const ref = (id: string) => ({ documentId: id, outlet: byId.get(id)?.publisher ?? 'unknown outlet', published: byId.get(id)?.published ?? null });
  return quotesBySpeaker(dossier.quotes, dossier.entities).map(([speaker, quotes]) => ({
    speaker,
    entityId: quotes[0]?.speaker.entityId ?? null,
    quotes: quotes.map((q) => ({ quoteId: q.id, text: q.text, first: ref(q.documentId), reReportedBy: q.alsoIn.map(ref) })),
  }));
}

/** Outlet-to-outlet edges; a story stored before the graph existed shows its credits only. */
export function graphEdges(dossier: Dossier): BorrowingGraphRecord['edges'] {
  if (dossier.story.borrowingGraph?.edges.length) return dossier.story.borrowingGraph.edges;
  return borrowingPairs(dossier).map((p) => ({ from: p.from, to: p.to, kind: 'credits' as const, documents: p.documentIds }));
}

export const EDGE_WORDING: Readonly<Record<BorrowingGraphRecord['edges'][number]['kind'], string>> = {
  credits: 'names it as a source',
  copies: 'ran a copy of its article',
  quotes: 'carried quotes it published first',
};

/** "The Harbor Ledger, 2026-04-17". */
export function outletDate(ref: { outlet: string; published: string | null }): string {
  return `${ref.outlet}, ${ref.published ? ref.published.slice(0, 10) : 'undated'}`;
}
