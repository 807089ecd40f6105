// Extractive summary: for each event, the lead of its most central original article, cited to every document that says it.
import type { AnalyzedDocument, EventGroup } from '../core/records.js';
import { compareDocuments } from '../group/order.js';
import { sentences } from './sentences.js';
import { mostCentral, sentenceSimilarity, sentenceTerms } from './similarity.js';

// Datelines and bylines ("HARLOW BEND —") are not leads; a lead has a subject, a verb and some detail.
const MIN_LEAD_WORDS = 6;
// A short lead rarely says enough on its own; add the next sentence below this many words.
const SHORT_LEAD_WORDS = 15;
// Half the content words in common: the same statement, reworded or trimmed by another outlet.
const CITATION_JACCARD = 0.5;

export interface SummarySentence {
  text: string;
  citations: string[];
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The lead sentence (and a second one when the lead is short) of a document. */
const ENDS_LIKE_A_SENTENCE = /[.!?…]["”’')\]]*$/u;

export function leadSentences(doc: AnalyzedDocument): string[] {
  const all = sentences(doc.text);
  // A line without closing punctuation is a heading or a label, not a sentence that says what happened.
  const leadIndex = all.findIndex((s) => wordCount(s) >= MIN_LEAD_WORDS && ENDS_LIKE_A_SENTENCE.test(s));
  if (leadIndex < 0) return all.slice(0, 1);
  const lead = all[leadIndex]!;
  const next = all[leadIndex + 1];
  return wordCount(lead) < SHORT_LEAD_WORDS && next !== undefined ? [lead, next] : [lead];
}

/** Documents among `docs` that contain a sentence like `sentence`; always includes `source`. */
export function citationsFor(sentence: string, source: AnalyzedDocument, docs: readonly AnalyzedDocument[]): string[] {
  const terms = sentenceTerms(sentence);
  const cited = docs.filter(
    (doc) =>
      doc.id === source.id ||
      sentences(doc.text).some((other) => sentenceSimilarity(terms, sentenceTerms(other)) >= CITATION_JACCARD),
  );
  if (!cited.includes(source)) cited.unshift(source);
  return cited.map((doc) => doc.id);
}

/** Events in date order; undated events keep their place after dated ones. */
export function eventsByDate(events: readonly EventGroup[]): EventGroup[] {
  return [...events].sort((a, b) => {
    if (a.date === b.date) return 0;
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  });
}

export function summarizeEvents(
  events: readonly EventGroup[],
  docs: ReadonlyMap<string, AnalyzedDocument>,
  duplicateIds: ReadonlySet<string>,
): SummarySentence[] {
  const storyDocs = events.flatMap((event) => event.documentIds.map((id) => docs.get(id)).filter((d) => d !== undefined));
  const summary: SummarySentence[] = [];
  for (const event of eventsByDate(events)) {
    const eventDocs = event.documentIds
      .map((id) => docs.get(id))
      .filter((doc) => doc !== undefined)
      .sort(compareDocuments);
    const originals = eventDocs.filter((doc) => !duplicateIds.has(doc.id));
    const source = mostCentral(originals.length > 0 ? originals : eventDocs, storyDocs);
    if (source === null) continue;
    for (const sentence of leadSentences(source)) {
      // One event's lead can repeat an earlier event's background paragraph; say it once.
      if (summary.some((s) => s.text === sentence)) continue;
      summary.push({ text: sentence, citations: citationsFor(sentence, source, eventDocs) });
    }
  }
  return summary;
}
