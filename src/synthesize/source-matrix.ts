// Source matrix: which outlet reported which key fact (summary sentence, key figure) and which quote, what only
// one outlet has, and when each outlet first covered the story.
import type { SourceMatrixRecord, SpeakerQuotesRecord } from '../contract/analysis.js';
import type { AnalyzedDocument } from '../core/records.js';
import { compareDocuments } from '../group/order.js';
import { figureGroups } from './conflicts.js';
import { SYNTHESIS_SETTINGS } from './settings.js';
import type { SummarySentence } from './summary.js';

type Fact = SourceMatrixRecord['facts'][number];

const outletOf = (doc: AnalyzedDocument) => doc.publisher ?? 'unknown outlet';
// Quotes are listed by their opening words; the full text is under "who said what".
const QUOTE_CHARS = 140;

function mostFrequent(items: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

export function sourceMatrix(
  docs: ReadonlyMap<string, AnalyzedDocument>,
  summary: readonly SummarySentence[],
  speakers: readonly SpeakerQuotesRecord[],
): SourceMatrixRecord {
  const ordered = [...docs.values()].sort(compareDocuments);
  const outletsOf = (ids: readonly string[]) => [...new Set(ids.map((id) => docs.get(id)).filter((d) => d !== undefined).map(outletOf))];
  const facts: Fact[] = [];
  summary.forEach((s, i) => facts.push({ id: `s${i + 1}`, kind: 'summary', text: s.text, outlets: outletsOf(s.citations), documents: [...s.citations] }));
  const { maxKeyFigures } = SYNTHESIS_SETTINGS.figures;
  const figures = figureGroups(ordered)
    .map((group) => ({ group, documents: [...new Set(group.map((f) => f.doc.id))] }))
    // A key figure is one more than one document gives, or the story has only a handful of documents.
    .filter(({ documents }) => documents.length > 1 || ordered.length <= 2)
    .sort((a, b) => outletsOf(b.documents).length - outletsOf(a.documents).length || b.documents.length - a.documents.length)
    .slice(0, maxKeyFigures);
  figures.forEach(({ group, documents }, i) => {
    const phrases = [...new Set(group.map((f) => f.figure.phrase))];
    const text = phrases.length <= 3 ? phrases.join(' / ') : `${mostFrequent(group.map((f) => f.figure.phrase))} (and ${phrases.length - 1} other wordings)`;
    facts.push({ id: `f${i + 1}`, kind: 'figure', text, outlets: outletsOf(documents), documents });
  });
  const quotes = speakers
    .flatMap((s) => s.quotes.map((q) => ({ speaker: s.speaker, q, documents: [q.first.documentId, ...q.reReportedBy.map((r) => r.documentId)] })))
    .sort((a, b) => b.documents.length - a.documents.length)
    .slice(0, SYNTHESIS_SETTINGS.matrix.maxQuotes);
  quotes.forEach(({ speaker, q, documents }, i) => {
    const text = q.text.length > QUOTE_CHARS ? `${q.text.slice(0, QUOTE_CHARS).replace(/\s+\S*$/u, '')}…` : q.text;
    facts.push({ id: `q${i + 1}`, kind: 'quote', text: `${speaker}: “${text}”`, outlets: outletsOf(documents), documents });
  });
  const outlets = new Map<string, SourceMatrixRecord['outlets'][number]>();
  for (const doc of ordered) {
    const name = outletOf(doc);
    const row = outlets.get(name) ?? { outlet: name, documents: [], firstCovered: doc.published, firstDocumentId: doc.id, exclusive: [] };
    row.documents.push(doc.id);
    outlets.set(name, row);
  }
  for (const fact of facts) if (fact.outlets.length === 1) outlets.get(fact.outlets[0]!)?.exclusive.push(fact.id);
  return { outlets: [...outlets.values()], facts };
}
