// Extractive multi-document summary of a story: LexRank centrality over the lead sentences of its original
// (non-copy) documents, a lead that says what happened, who, where and when, MMR against repetition, and
// every sentence cited to all documents that support it (support.ts).
import type { AnalyzedDocument, EventGroup } from '../core/records.js';
import { calendarDate, compareDocuments } from '../group/order.js';
import { cosine, DocumentFrequencies, termFrequencies, weigh, type TermVector } from '../group/tfidf.js';
import { stripDateline } from './dateline.js';
import { lexRank, similarityMatrix } from './lexrank.js';
import { sentences } from './sentences.js';
import { SYNTHESIS_SETTINGS } from './settings.js';
import { sentenceSimilarity, sentenceTerms } from './similarity.js';
import { claimOf, supportingDocuments } from './support.js';

export interface SummarySentence {
  text: string;
  /** Every document of the story that supports the sentence, in corpus order. */
  citations: string[];
  /** The event the sentence reports. */
  eventId: string | null;
  /** The document the sentence was taken from. */
  origin: string;
  /** The story's lead: what happened, who, where, when. */
  lead: boolean;
}

// Datelines and bylines ("HARLOW BEND —") are not leads; a lead has a subject, a verb and some detail.
const MIN_LEAD_WORDS = 6;
// A short lead rarely says enough on its own; add the next sentence below this many words.
const SHORT_LEAD_WORDS = 15;
// Half the content words in common: the same statement, reworded or trimmed by another outlet.
const CITATION_JACCARD = 0.5;
const ENDS_LIKE_A_SENTENCE = /[.!?…]["”’')\]]*$/u;
// Pronouns and connectives that point back to a sentence the reader of a summary has not seen.
const DEPENDENT_OPENER = /^["“‘]?(?:he|she|it|they|this|that|these|those|his|her|its|their|but|and|also|however|meanwhile|instead|still|yet|so|then|there)\b/iu;
// Words that say when: a weekday, a month, a relative day, or a written date.
const WHEN = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|overnight|january|february|march|april|may|june|july|august|september|october|november|december|\d{4}-\d{2}-\d{2})\b/iu;
// Each of who, where and when found in a lead candidate raises its weight by this share.
const LEAD_FACET_BONUS = 0.25;
const DAY_MS = 24 * 60 * 60 * 1000;

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The lead sentence (and a second one when the lead is short) of a document. */
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

/** Share of a sentence's characters inside quotation marks. */
function quotedShare(sentence: string): number {
  // A sentence opening inside a quotation ("“We have spent twenty years …") is all quotation; one closing a
  // quotation opened in an earlier sentence ("Our members do,” the secretary said.) is its tail.
  if (/^["“‘]/u.test(sentence.trim())) return 1;
  const closing = sentence.indexOf('”');
  if (closing >= 0 && sentence.lastIndexOf('“', closing) < 0) return 1;
  if ((sentence.match(/"/g) ?? []).length % 2 === 1) return 1;
  let inside = 0;
  for (const match of sentence.matchAll(/[“"]([^”"]*)[”"]/gu)) inside += match[1]!.length;
  return sentence.length === 0 ? 0 : inside / sentence.length;
}

/** A sentence that can stand in a summary: whole, not a question, mostly not a quotation. */
export function isSummaryMaterial(sentence: string, settings = SYNTHESIS_SETTINGS.summary): boolean {
  const words = wordCount(sentence);
  if (words < settings.minWords || words > settings.maxWords) return false;
  if (!ENDS_LIKE_A_SENTENCE.test(sentence) || /\?["”’]?$/u.test(sentence)) return false;
  return quotedShare(sentence) <= settings.maxQuotedShare;
}

interface Candidate {
  text: string;
  doc: AnalyzedDocument;
  event: EventGroup;
  eventRank: number;
  position: number;
  /** The document's opening sentence (its first that can stand in a summary). */
  opening: boolean;
  vector: TermVector;
  /** Term frequencies without IDF. */
  plain: TermVector;
  score: number;
  facets: number;
}

/** How many of who, where and when a sentence gives. */
function leadFacets(sentence: string, doc: AnalyzedDocument): number {
  const lower = sentence.toLowerCase();
  const named = (types: string[]) => doc.mentions.some((m) => types.includes(m.type) && lower.includes(m.text.toLowerCase()));
  const who = named(['person', 'organization']) || claimOf(sentence).names.size > 0;
  const where = named(['place']);
  return Number(who) + Number(where) + Number(WHEN.test(sentence));
}

/** How many sentences a story's summary gets: more events and more outlets, more to say. */
export function targetLength(events: number, originals: number, settings = SYNTHESIS_SETTINGS.summary): number {
  const wanted = 2 + events + Math.floor(Math.log2(Math.max(1, originals)));
  return Math.max(settings.minSentences, Math.min(settings.maxSentences, wanted));
}

function candidatesOf(
  events: readonly EventGroup[],
  docs: ReadonlyMap<string, AnalyzedDocument>,
  duplicateIds: ReadonlySet<string>,
): Candidate[] {
  const settings = SYNTHESIS_SETTINGS.summary;
  const seenDocs = new Set<string>();
  const out: Omit<Candidate, 'vector' | 'plain' | 'score'>[] = [];
  for (const [eventRank, event] of events.entries()) {
    const eventDocs = event.documentIds.map((id) => docs.get(id)).filter((d): d is AnalyzedDocument => d !== undefined);
    const originals = eventDocs.filter((d) => !duplicateIds.has(d.id));
    for (const doc of (originals.length > 0 ? originals : eventDocs).sort(compareDocuments)) {
      if (seenDocs.has(doc.id)) continue;
      seenDocs.add(doc.id);
      let taken = 0;
      for (const [position, raw] of sentences(doc.text).entries()) {
        if (taken >= settings.candidateSentencesPerDocument) break;
        const text = stripDateline(raw);
        if (!isSummaryMaterial(text)) continue;
        out.push({ text, doc, event, eventRank, position, opening: taken === 0, facets: leadFacets(text, doc) });
        taken++;
      }
    }
  }
  // The earliest sentences of each document first when the pool must be cut.
  const pool = out.length > settings.maxCandidates ? [...out].sort((a, b) => a.position - b.position).slice(0, settings.maxCandidates) : out;
  const df = new DocumentFrequencies();
  const tfs = pool.map((c) => termFrequencies(c.text));
  for (const tf of tfs) df.add(tf.keys());
  const vectors = tfs.map((tf) => weigh(tf, df));
  const centrality = lexRank(similarityMatrix(vectors, settings.edgeThreshold), settings.damping);
  return pool.map((c, i) => {
    let score = centrality[i]! * pool.length;
    if (c.position < 2) score *= 1 + settings.leadPositionBonus;
    if (DEPENDENT_OPENER.test(c.text)) score *= settings.dependentOpenerPenalty;
    return { ...c, vector: vectors[i]!, plain: tfs[i]!, score };
  });
}

/**
 * The story's summary: a lead per event (the story's lead first), then the most central sentences not yet said,
 * in event order, each cited to every document of the story that supports it (copies included).
 */
export function summarizeEvents(
  events: readonly EventGroup[],
  docs: ReadonlyMap<string, AnalyzedDocument>,
  duplicateIds: ReadonlySet<string>,
): SummarySentence[] {
  const settings = SYNTHESIS_SETTINGS.summary;
  const ordered = eventsByDate(events);
  const candidates = candidatesOf(ordered, docs, duplicateIds);
  if (candidates.length === 0) return [];
  const originals = new Set(candidates.map((c) => c.doc.id)).size;
  const target = targetLength(ordered.length, originals);
  const chosen: Candidate[] = [];
  // Openings of the same event and day restate one piece of news in each outlet's words: one of them is enough.
  const sameDayOpening = (a: Candidate, b: Candidate) =>
    a.opening && b.opening && a.event === b.event && calendarDate(a.doc.published) === calendarDate(b.doc.published);
  const redundant = (c: Candidate) =>
    chosen.some(
      (s) => sameDayOpening(s, c) || cosine(s.vector, c.vector) > settings.redundantCosine || cosine(s.plain, c.plain) > settings.redundantTermCosine,
    );
  const take = (c: Candidate | undefined) => {
    if (c && chosen.length < target && !chosen.includes(c) && !redundant(c)) chosen.push(c);
  };
  // One lead per event, the first event's lead first: an article's opening sentence that gives who, where and
  // when, carried by many of the event's documents.
  const storyDocs = [...new Map(ordered.flatMap((e) => e.documentIds).map((id) => [id, docs.get(id)])).values()]
    .filter((d): d is AnalyzedDocument => d !== undefined)
    .sort(compareDocuments);
  for (const event of ordered) {
    const eventDocs = storyDocs.filter((d) => event.documentIds.includes(d.id));
    const leads = candidates.filter((c) => c.event === event && c.opening);
    // Calendar days after the event's first report (06:00 the next morning is a later day's report).
    const dayOf = (d: AnalyzedDocument) => {
      const date = calendarDate(d.published);
      return date === null ? null : Date.parse(`${date}T00:00:00Z`) / DAY_MS;
    };
    const firstDay = Math.min(...eventDocs.map((d) => dayOf(d) ?? Infinity));
    const daysLater = (c: Candidate) => {
      const day = dayOf(c.doc);
      return day === null || !Number.isFinite(firstDay) ? 0 : day - firstDay;
    };
    // The lead comes from the first day's reporting: later days tell the aftermath.
    const earliest = Math.min(...leads.map(daysLater));
    const firstDayLeads = leads.filter((c) => daysLater(c) === earliest);
    const weight = (c: Candidate) =>
      c.score * (1 + LEAD_FACET_BONUS * c.facets) * (1 + Math.log2(supportingDocuments(claimOf(c.text), eventDocs).length || 1));
    const weights = new Map(firstDayLeads.map((c) => [c, weight(c)]));
    take(firstDayLeads.sort((a, b) => weights.get(b)! - weights.get(a)!)[0]);
  }
  // Then maximal marginal relevance over everything else.
  const maxScore = Math.max(...candidates.map((c) => c.score));
  while (chosen.length < target) {
    let best: Candidate | undefined;
    let bestValue = -Infinity;
    for (const c of candidates) {
      if (chosen.includes(c) || redundant(c)) continue;
      const similarity = Math.max(0, ...chosen.map((s) => cosine(s.vector, c.vector)));
      const value = settings.mmrLambda * (c.score / maxScore) - (1 - settings.mmrLambda) * similarity;
      if (value > bestValue) [best, bestValue] = [c, value];
    }
    if (!best) break;
    chosen.push(best);
  }
  const lead = chosen[0];
  chosen.sort(
    (a, b) => a.eventRank - b.eventRank || Number(b === lead) - Number(a === lead) || compareDocuments(a.doc, b.doc) || a.position - b.position,
  );
  return chosen.map((c) => {
    const supported = new Set(supportingDocuments(claimOf(c.text), storyDocs).map((s) => s.documentId));
    supported.add(c.doc.id);
    return {
      text: c.text,
      citations: storyDocs.filter((d) => supported.has(d.id)).map((d) => d.id),
      eventId: c.event.id,
      origin: c.doc.id,
      lead: c === lead,
    };
  });
}
