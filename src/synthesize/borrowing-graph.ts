// Borrowed reporting as an outlet-to-outlet graph: who credits whom, who ran whose article, who carried whose quotes.
import type { BorrowingGraphRecord, SpeakerQuotesRecord } from '../contract/analysis.js';
import type { AnalyzedDocument, DuplicateLink } from '../core/records.js';

type Edge = BorrowingGraphRecord['edges'][number];

const outletOf = (doc: AnalyzedDocument | undefined) => doc?.publisher ?? 'unknown outlet';
const KIND_ORDER: readonly Edge['kind'][] = ['credits', 'copies', 'quotes'];

/** An outlet's name for matching: case, a leading "The" and spacing do not tell outlets apart. */
export function canonicalOutlet(name: string): string {
  return name.toLowerCase().replace(/^the\s+/u, '').replace(/\s+/gu, ' ').trim();
}

export function borrowingGraph(
  docs: ReadonlyMap<string, AnalyzedDocument>,
  duplicates: readonly DuplicateLink[],
  speakers: readonly SpeakerQuotesRecord[],
): BorrowingGraphRecord {
  // "Harbor Ledger" credited in the text is the publisher "The Harbor Ledger": one node, the publisher's name.
  const publishers = new Map([...docs.values()].map((d) => [canonicalOutlet(outletOf(d)), outletOf(d)]));
  const named = (outlet: string) => publishers.get(canonicalOutlet(outlet)) ?? outlet;
  const edges = new Map<string, Edge>();
  const add = (from: string, to: string, kind: Edge['kind'], documentId: string) => {
    // An outlet re-using its own reporting borrows from no one.
    if (from.toLowerCase() === to.toLowerCase()) return;
    const key = `${from}\u0000${to}\u0000${kind}`;
    const edge = edges.get(key) ?? { from, to, kind, documents: [] };
    if (!edge.documents.includes(documentId)) edge.documents.push(documentId);
    edges.set(key, edge);
  };
  for (const doc of docs.values()) for (const credit of doc.borrowed ?? []) add(named(credit.outlet), outletOf(doc), 'credits', doc.id);
  const copies = new Set<string>();
  for (const link of duplicates) {
    if (!docs.has(link.documentId) || !docs.has(link.duplicateOf)) continue;
    copies.add(link.documentId);
    add(outletOf(docs.get(link.duplicateOf)), outletOf(docs.get(link.documentId)), 'copies', link.documentId);
  }
  // A copy carries its original's quotes; that is already a 'copies' edge.
  for (const speaker of speakers) {
    for (const quote of speaker.quotes) {
      for (const later of quote.reReportedBy) if (!copies.has(later.documentId)) add(quote.first.outlet, later.outlet, 'quotes', later.documentId);
    }
  }
  // Explicit credits first, then copies, then shared quotes: from the strongest evidence of borrowing to the weakest.
  const sorted = [...edges.values()].sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.documents.length - a.documents.length || a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.kind.localeCompare(b.kind),
  );
  const outlets = [...new Set(sorted.flatMap((e) => [e.from, e.to]))].sort();
  return { outlets, edges: sorted };
}
