// Quotes by speaker, merged across outlets: for each quote the first document to carry it (by published date)
// and the documents that re-reported it.
import type { SpeakerQuotesRecord } from '../contract/analysis.js';
import type { AnalyzedDocument, ResolvedEntity, ResolvedQuote } from '../core/records.js';
import { compareDocuments } from '../group/order.js';

export const UNATTRIBUTED = 'Unattributed';

const outletDocument = (doc: AnalyzedDocument) => ({
  documentId: doc.id,
  outlet: doc.publisher ?? 'unknown outlet',
  published: doc.published,
});

/** The story's documents carrying a quote, earliest first. */
export function quoteCarriers(quote: ResolvedQuote, docs: ReadonlyMap<string, AnalyzedDocument>): AnalyzedDocument[] {
  return [...new Set([quote.documentId, ...quote.alsoIn])]
    .map((id) => docs.get(id))
    .filter((d): d is AnalyzedDocument => d !== undefined)
    .sort(compareDocuments);
}

/**
 * Speakers with their quotes, most quoted first. A speaker linked to an entity is listed under the entity's
 * name, so "Mr. Kettler" and "Jonas Kettler" are one speaker.
 */
export function quotesBySpeaker(
  quotes: readonly ResolvedQuote[],
  entities: readonly ResolvedEntity[],
  docs: ReadonlyMap<string, AnalyzedDocument>,
): SpeakerQuotesRecord[] {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const speakers = new Map<string, SpeakerQuotesRecord & { firstAt: AnalyzedDocument }>();
  for (const quote of quotes) {
    const carriers = quoteCarriers(quote, docs);
    const [first, ...later] = carriers;
    if (!first) continue;
    const entityName = quote.speakerEntityId ? names.get(quote.speakerEntityId) : undefined;
    const speaker = entityName ?? quote.speakerName ?? UNATTRIBUTED;
    const key = entityName ? `entity:${quote.speakerEntityId}` : `name:${speaker}`;
    const entry = speakers.get(key) ?? { speaker, entityId: entityName ? quote.speakerEntityId : null, quotes: [], firstAt: first };
    entry.quotes.push({ quoteId: quote.id, text: quote.text, first: outletDocument(first), reReportedBy: later.map(outletDocument) });
    if (compareDocuments(first, entry.firstAt) < 0) entry.firstAt = first;
    speakers.set(key, entry);
  }
  const order = (a: { first: { published: string | null } }, b: { first: { published: string | null } }) =>
    (a.first.published ?? '\uffff').localeCompare(b.first.published ?? '\uffff');
  return [...speakers.values()]
    .sort((a, b) => Number(a.speaker === UNATTRIBUTED) - Number(b.speaker === UNATTRIBUTED) || b.quotes.length - a.quotes.length || compareDocuments(a.firstAt, b.firstAt))
    .map(({ firstAt: _firstAt, ...rest }) => ({ ...rest, quotes: [...rest.quotes].sort(order) }));
}
