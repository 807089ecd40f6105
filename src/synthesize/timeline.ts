// Timeline of a story: what happened on which date, from the date expressions of its documents' sentences
// ("signed the accord on Thursday") and from their published dates, merged across outlets, each entry cited.
import type { AnalyzedDocument, EventGroup, TimeExpressionFinding } from '../core/records.js';
import { compareDocuments } from '../group/order.js';
import { contentTerms } from '../group/text.js';
import { splitSentences, type SentenceSpan } from '../language/sentences.js';
import { dateLabel, findTimeExpressions, referenceDay } from '../language/time/index.js';
import { daysBetween, formatDay, parseIsoDate } from '../language/time/calendar.js';

export type TimelinePrecision = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'range';

export interface TimelineEntry {
  /** First ISO day of the happening. */
  date: string;
  /** Last ISO day when the date is a period or a range ("last week", "early March"); null for a single day. */
  end: string | null;
  precision: TimelinePrecision;
  /** The text gave the date loosely ("about", "early March", a season) or it was counted from an estimated date. */
  approximate: boolean;
  /** '10 Jan 2026', 'week of 5 Jan 2026', 'early March 2026', 'about March 2026'. */
  label: string;
  /** What happened: the sentence (or its clause) that dates it, from one of the cited documents. */
  text: string;
  /** Every document that dates the same happening, earliest first. */
  citations: string[];
  /** How the cited documents wrote the date ("Thursday", "March 12"); "published" for a publication date. */
  written: string[];
}

// ---- settings ----

// Below this confidence the day is a guess (a clock time with no day named, a bare season): not on the timeline.
const MIN_CONFIDENCE = 0.6;
// A sentence shorter than this is a heading, a label or a caption, not a statement of what happened.
const MIN_SENTENCE_WORDS = 5;
// Entries longer than this are cut to the clause that holds the date.
const MAX_TEXT_CHARS = 220;
// A period that holds the publication day and is longer than this says "now" ("this year", "this summer").
const CURRENT_PERIOD_MAX_DAYS = 7;
// Same date, and this share of the shorter text's content terms in common (and at least MIN_SHARED_TERMS): one happening.
const MERGE_OVERLAP = 0.3;
const MIN_SHARED_TERMS = 2;
// Lead sentences of two documents dated the same day share fewer words for the same news: a lower bar.
const LEAD_MERGE_OVERLAP = 0.2;
// A month, year or range only one report gives outside its lead is background ("trade grew last year"): an entry
// of that kind needs this many documents. A day or a week named once is kept: it dates a particular happening.
const MIN_CITATIONS = 2;
const SPECIFIC: ReadonlySet<TimelinePrecision> = new Set(['day', 'week']);
// At most this many entries per story: the best-supported happenings.
const MAX_ENTRIES = 15;
// How fine each precision is, finest first: a merged entry takes the finest date among its members.
const FINENESS: Record<TimelinePrecision, number> = { day: 0, week: 1, range: 2, month: 3, quarter: 4, year: 5 };
// Words that name dates say nothing about what happened ("March", "week"), so they do not count as shared.
const DATE_WORDS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec morning afternoon evening night tonight month earli later early late mid weekend quarter'
    .split(' ')
    .flatMap((w) => contentTerms(w)),
);
// "VELMORA, March 12 (Meridian Wire) - ", "LESSING, Marovia, April 17 - ", "PORT HALLAM — ": a dateline before the lead.
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]{2,}(?:,[^!?—–\n]{0,60}?)?(?:\s*\([^)]{1,40}\))?\s+[-—–]\s+/u;
// "Thursday's accord", "the April flood": a date that qualifies a noun names the thing, not when the sentence happened.
const POSSESSIVE_AFTER = /^['’]s\b/;
const NOUN_MODIFIER = { before: /\bthe\s+$/i, after: /^\s+[a-z]/ };
// "within a year", "within three months": a deadline, not a date something happened on.
const DEADLINE = /^within\b/i;
// "Maas said the ...": a sentence that opens with who said it speaks for a happening less plainly than a report of it.
const OPENS_WITH_ATTRIBUTION = /^[\p{Lu}][\p{L}.'’ -]{0,40}?\b(?:said|says|told|added|noted|argued)\b/u;
// Where a long sentence may be cut: semicolons, dashes, and commas before a subordinate or participle clause.
const CLAUSE_END = /;\s|\s[—–-]\s|,\s(?=(?:while|but|as|although|though|ending|which|whereas|forcing|halting|bowing|leaving|according)\b)/g;

// ---- candidates ----

interface Candidate {
  documentId: string;
  /** Position of the document in corpus order, for stable choices. */
  order: number;
  date: string;
  end: string;
  precision: TimelinePrecision;
  approximate: boolean;
  mod?: TimeExpressionFinding['mod'];
  value?: string;
  text: string;
  terms: Set<string>;
  /** From the document's lead sentence: what the report is about. */
  lead: boolean;
  /** "will meet on Friday": planned, not yet happened. */
  future: boolean;
  written: string;
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
const ENDS_LIKE_A_SENTENCE = /[.!?…]["”’')\]]*$/u;

function isStatement(sentence: string): boolean {
  return wordCount(sentence) >= MIN_SENTENCE_WORDS && ENDS_LIKE_A_SENTENCE.test(sentence.trim());
}

// A sentence that opens with a quotation reports someone's words (the quotes section shows those), and one that
// opens inside a quotation is the tail of it.
const OPENS_WITH_QUOTE = /^["“‘']/;

/** A sentence that says what happened rather than what someone said. */
function isReport(text: string, sentence: SentenceSpan): boolean {
  const lead = sentence.text.length - sentence.text.trimStart().length;
  return isStatement(sentence.text) && !OPENS_WITH_QUOTE.test(sentence.text.trimStart()) && !insideQuote(text, sentence.start + lead);
}

/** The document's date expressions with offsets into its text as the story sees it (a scoped newsletter is re-read). */
export function expressionsOf(doc: AnalyzedDocument): TimeExpressionFinding[] {
  const stored = doc.timeExpressions;
  if (stored && stored.every((t) => doc.text.slice(t.start, t.end) === t.text)) return stored;
  return findTimeExpressions(doc.text, doc.published);
}

/** Inside quotation marks: a quote's "today" or "on Friday" is counted from when it was said, not from publication. */
function insideQuote(text: string, offset: number): boolean {
  const paragraphStart = text.lastIndexOf('\n\n', offset) + 1;
  const before = text.slice(paragraphStart, offset);
  const opened = before.lastIndexOf('“');
  if (opened > before.lastIndexOf('”')) return true;
  return ((before.match(/"/g) ?? []).length % 2) === 1;
}

/** The date qualifies a noun or sets a deadline: it does not say when the sentence's happening took place. */
function notWhenItHappened(text: string, t: TimeExpressionFinding): boolean {
  const after = text.slice(t.end, t.end + 12);
  const before = text.slice(Math.max(0, t.start - 6), t.start);
  if (POSSESSIVE_AFTER.test(after) || DEADLINE.test(t.text)) return true;
  return NOUN_MODIFIER.before.test(before) && NOUN_MODIFIER.after.test(after) && !/^the\b/i.test(t.text);
}

/** A finding as a timeline date, or null when it is not a datable happening. */
function timelineDate(
  t: TimeExpressionFinding,
  published: string | null,
): { date: string; end: string; precision: TimelinePrecision } | null {
  if (t.date === null || t.dateEnd === null) return null;
  if (t.precision === 'duration' || t.precision === 'reference') return null;
  const precision: TimelinePrecision = t.precision === 'time' ? 'day' : t.precision;
  const ref = referenceDay(published);
  if (ref && precision !== 'day') {
    const refDay = formatDay(ref.day);
    const start = parseIsoDate(t.date);
    const end = parseIsoDate(t.dateEnd);
    // "since June", "the past nine days": a stretch running up to now describes a state, not a happening.
    if (t.dateEnd === refDay && t.date < refDay && t.mod === undefined) return null;
    // "this year", "this summer": the period holding the publication day says "now".
    if (start && end && t.date <= refDay && refDay <= t.dateEnd && daysBetween(start, end) > CURRENT_PERIOD_MAX_DAYS) return null;
  }
  return { date: t.date, end: t.dateEnd, precision };
}

/** The sentence cut to what dates the happening: no dateline, and a long sentence only up to the date's clause. */
export function trimSentence(sentence: string, dateEnd: number): string {
  let text = sentence.trim();
  let at = dateEnd - (sentence.length - sentence.trimStart().length);
  const dateline = DATELINE.exec(text);
  if (dateline && dateline[0].length < text.length / 2) {
    text = text.slice(dateline[0].length);
    at = Math.max(0, at - dateline[0].length);
  }
  if (text.length <= MAX_TEXT_CHARS) return text;
  for (const m of text.matchAll(CLAUSE_END)) {
    if (m.index >= at && m.index > 0) return `${text.slice(0, m.index).replace(/[,;\s]+$/, '')} …`;
  }
  return text;
}

function termsOf(text: string): Set<string> {
  return new Set(contentTerms(text).filter((t) => !DATE_WORDS.has(t)));
}

/** The first sentence that says something: after any headline-like line, the report's lead. */
function leadIndex(sentences: SentenceSpan[]): number {
  return sentences.findIndex((s) => isStatement(s.text));
}

function candidatesOf(doc: AnalyzedDocument, order: number): Candidate[] {
  const sentences = splitSentences(doc.text);
  const lead = leadIndex(sentences);
  const out: Candidate[] = [];
  const dated = new Set<number>();
  let leadDated = false;
  for (const t of expressionsOf(doc)) {
    const when = timelineDate(t, doc.published);
    if (!when || t.confidence < MIN_CONFIDENCE || insideQuote(doc.text, t.start) || notWhenItHappened(doc.text, t)) continue;
    const index = sentences.findIndex((s) => s.start <= t.start && t.start < s.end);
    const sentence = sentences[index];
    if (!sentence || !isReport(doc.text, sentence)) continue;
    // A sentence's first date is its main clause's ("closed the crossing last Friday after ... signed in March").
    if (dated.has(index)) continue;
    dated.add(index);
    if (index === lead && when.precision === 'day') leadDated = true;
    const text = trimSentence(sentence.text, t.end - sentence.start);
    out.push({
      documentId: doc.id,
      order,
      ...when,
      approximate: t.approximate === true,
      ...(t.mod ? { mod: t.mod } : {}),
      value: t.value,
      text,
      terms: termsOf(text),
      lead: index === lead,
      future: t.tense === 'future',
      written: t.text,
    });
  }
  // A lead that names no day of its own reports something of its publication day.
  const published = referenceDay(doc.published);
  const leadSentence = sentences[lead];
  if (!leadDated && published && !published.monthOnly && leadSentence) {
    const text = trimSentence(leadSentence.text, leadSentence.text.length);
    const day = formatDay(published.day);
    out.push({
      documentId: doc.id, order, date: day, end: day, precision: 'day', approximate: false, text, terms: termsOf(text),
      lead: true, future: false, written: 'published',
    });
  }
  return out;
}

// ---- merging ----

interface Cluster {
  members: Candidate[];
}

/** Same day, or one's period holds the other's: they may be the same happening. */
function datesCompatible(a: Candidate, b: Candidate): boolean {
  if (a.date === b.date && a.end === b.end) return true;
  const [fine, coarse] = FINENESS[a.precision] <= FINENESS[b.precision] ? [a, b] : [b, a];
  return fine.precision !== coarse.precision && coarse.date <= fine.date && fine.end <= coarse.end;
}

function overlap(a: Set<string>, b: Set<string>): { shared: number; ratio: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const term of small) if (large.has(term)) shared++;
  return { shared, ratio: small.size === 0 ? 0 : shared / small.size };
}

/** Why two candidates are one happening, or null: same date and enough words in common. */
export function sameHappening(a: Candidate, b: Candidate): string | null {
  if (!datesCompatible(a, b)) return null;
  if (a.documentId === b.documentId && a.text === b.text) return 'same sentence';
  const { shared, ratio } = overlap(a.terms, b.terms);
  const bar = a.lead && b.lead && a.date === b.date ? LEAD_MERGE_OVERLAP : MERGE_OVERLAP;
  return shared >= MIN_SHARED_TERMS && ratio >= bar ? `same date, ${shared} terms in common (${ratio.toFixed(2)})` : null;
}

function mergeCandidates(candidates: Candidate[]): Cluster[] {
  // Finest dates first, so that "last week" joins the Tuesday it covers rather than the other way round.
  const ordered = [...candidates].sort(
    (a, b) => FINENESS[a.precision] - FINENESS[b.precision] || Number(b.lead) - Number(a.lead) || a.order - b.order,
  );
  const clusters: Cluster[] = [];
  for (const c of ordered) {
    const home = clusters.find((cl) => cl.members.some((m) => sameHappening(m, c) !== null));
    if (home) home.members.push(c);
    else clusters.push({ members: [c] });
  }
  return clusters;
}

/**
 * The member that speaks for the entry: dated by its text rather than by publication, a report rather than who said
 * it, what happened rather than what was planned, a lead, the finest date, the earliest report.
 */
function representative(members: Candidate[]): Candidate {
  return [...members].sort(
    (a, b) =>
      Number(a.written === 'published') - Number(b.written === 'published') ||
      Number(OPENS_WITH_ATTRIBUTION.test(a.text)) - Number(OPENS_WITH_ATTRIBUTION.test(b.text)) ||
      Number(a.future) - Number(b.future) ||
      Number(b.lead) - Number(a.lead) ||
      FINENESS[a.precision] - FINENESS[b.precision] ||
      a.order - b.order ||
      a.text.length - b.text.length,
  )[0]!;
}

function toEntry(cluster: Cluster, orderOf: Map<string, number>): TimelineEntry {
  const rep = representative(cluster.members);
  const finest = [...cluster.members].sort((a, b) => FINENESS[a.precision] - FINENESS[b.precision] || a.order - b.order)[0]!;
  const when = FINENESS[finest.precision] < FINENESS[rep.precision] ? finest : rep;
  const citations = [...new Set(cluster.members.map((m) => m.documentId))].sort((a, b) => orderOf.get(a)! - orderOf.get(b)!);
  const single = when.precision === 'day' || when.date === when.end;
  const precision: TimelinePrecision = when.precision === 'range' && single ? 'day' : when.precision;
  return {
    date: when.date,
    end: single ? null : when.end,
    precision,
    approximate: when.approximate,
    label: dateLabel({
      date: when.date,
      end: single ? null : when.end,
      precision,
      approximate: when.approximate,
      ...(when.mod ? { mod: when.mod } : {}),
      ...(when.value ? { value: when.value } : {}),
    }),
    text: rep.text,
    citations,
    written: [...new Set(cluster.members.map((m) => m.written))],
  };
}

/**
 * The story's timeline from its events' documents. Each entry is a happening dated by the text (or by a
 * publication date when a lead names no day), merged across outlets and cited to every document that dates it.
 */
export function buildTimeline(events: readonly EventGroup[], docs: ReadonlyMap<string, AnalyzedDocument>): TimelineEntry[] {
  const ids = [...new Set(events.flatMap((e) => e.documentIds))];
  const storyDocs = ids.map((id) => docs.get(id)).filter((d): d is AnalyzedDocument => d !== undefined).sort(compareDocuments);
  const orderOf = new Map(storyDocs.map((d, i) => [d.id, i]));
  const clusters = mergeCandidates(storyDocs.flatMap((doc, i) => candidatesOf(doc, i)));
  const documentsIn = (c: Cluster) => new Set(c.members.map((m) => m.documentId)).size;
  // A coarse date only one report gives is background unless it is that report's lead; a lone document keeps its own.
  const supported = clusters.filter(
    (c) =>
      storyDocs.length === 1 ||
      documentsIn(c) >= MIN_CITATIONS ||
      c.members.some((m) => (m.lead || SPECIFIC.has(m.precision)) && m.written !== 'published'),
  );
  const kept = supported
    .sort((a, b) => documentsIn(b) - documentsIn(a) || Number(b.members.some((m) => m.lead)) - Number(a.members.some((m) => m.lead)))
    .slice(0, MAX_ENTRIES);
  return kept
    .map((c) => toEntry(c, orderOf))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.end ?? a.date) < (b.end ?? b.date) ? -1 : (a.end ?? a.date) > (b.end ?? b.date) ? 1 : 0));
}

// ---- the day an event happened ----

// The lead says what the report is about; without a day of its own, the sentence after it may give one.
const HAPPENING_SENTENCES = 2;

/** The first day a document's lead names ("signed on Thursday", "after Thursday's accord"), else the next sentence's. */
function leadDay(doc: AnalyzedDocument): string | null {
  const sentences = splitSentences(doc.text);
  const first = leadIndex(sentences);
  if (first < 0) return null;
  const days = expressionsOf(doc).filter(
    (t) => (t.precision === 'day' || t.precision === 'time') && t.date !== null && t.confidence >= MIN_CONFIDENCE && !DEADLINE.test(t.text) && !insideQuote(doc.text, t.start),
  );
  for (const s of sentences.slice(first, first + HAPPENING_SENTENCES)) {
    const hit = days.find((t) => s.start <= t.start && t.start < s.end);
    if (hit) return hit.date;
  }
  return null;
}

/**
 * The day an event happened, by its documents' own words: each document votes for the first day its lead names
 * (the lead's main clause); the day most documents name wins, the earlier on a tie. Null when no lead names a day
 * (the caller keeps the earliest published date).
 */
export function eventHappeningDate(
  documentIds: readonly string[],
  docs: ReadonlyMap<string, AnalyzedDocument>,
): { date: string; documents: number; reason: string } | null {
  const votes = new Map<string, number>();
  for (const id of new Set(documentIds)) {
    const doc = docs.get(id);
    const day = doc ? leadDay(doc) : null;
    if (day) votes.set(day, (votes.get(day) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (!best) return null;
  return { date: best[0], documents: best[1], reason: `named first in the leads of ${best[1]} of ${documentIds.length} documents` };
}
