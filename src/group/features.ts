// What a segment is compared on when grouping events and stories: topic terms, headline terms, entity names and years.
import type { AnalyzedDocument, Mention } from '../core/records.js';
import { contentTerms, contentTermsOf, words } from './text.js';
import type { TermVector } from './tfidf.js';

// A headline (or lead) states the event in a few words: its terms count three more times than a body mention; chosen by
// cross-validation over ECB+ topic halves (docs/benchmarks.md), where 1 left early reports of an event apart.
export const TITLE_WEIGHT = 3;
// Names tell events apart better than common nouns ("Lohan" vs "Reid" in two rehab stories); counted on top of the word itself.
export const ENTITY_WEIGHT = 1;
// A year written in the text dates the happening it reports (a 2008 quake and a 2013 quake in one region).
export const YEAR_WEIGHT = 1;
// Counts and amounts ("5.6 magnitude", "$200 million", "ten dead") differ between two events of one kind; off by default.
export const NUMBER_WEIGHT = 0;
// News is written as an inverted pyramid: the opening words say who did what, where and when; the rest drifts into
// background that every event of a topic shares (a star's earlier stays in rehab, the rule being overturned).
export const LEAD_WEIGHT = 1;
// About the first two or three sentences: a lead paragraph and the line after it.
export const LEAD_TERMS = 80;

/** How much each kind of feature counts, on top of the content words (1 each). */
export interface FeatureWeights {
  title: number;
  entity: number;
  year: number;
  number: number;
  /** Extra count of each of the segment's first `leadTerms` content terms. */
  lead: number;
  leadTerms: number;
}

export const DEFAULT_FEATURE_WEIGHTS: FeatureWeights = {
  title: TITLE_WEIGHT,
  entity: ENTITY_WEIGHT,
  year: YEAR_WEIGHT,
  number: NUMBER_WEIGHT,
  lead: LEAD_WEIGHT,
  leadTerms: LEAD_TERMS,
};

// Years a news report plausibly talks about; other four-digit numbers are counts or prices.
const YEAR = /^(?:1[89]|20)\d\d$/;
// Numbers worth telling events apart by: two digits or more, or a decimal ("5.6"); "3" or "1" is in every report.
const NUMBER_FEATURE = /^(?:\d{2,}|\d+[.,]\d+)$/;
// Web-address parts that some feeds use as headlines: they say nothing about the event.
const URL_WORDS: ReadonlySet<string> = new Set(['http', 'https', 'www', 'com', 'html', 'htm', 'php', 'aspx', 'org', 'net', 'co', 'uk', 'article', 'story', 'news', 'index']);

function addTerm(into: TermVector, term: string, weight: number): void {
  into.set(term, (into.get(term) ?? 0) + weight);
}

/** Entity terms: each mention's name as one term, lowercased, with a type-free key so "Lohan" and "LOHAN" meet. */
function entityTerms(mentions: readonly Mention[], start: number, end: number): string[] {
  const out: string[] = [];
  for (const mention of mentions) {
    if (mention.start < start || mention.end > end) continue;
    const name = words(mention.text).join(' ');
    if (name === '') continue;
    out.push('@' + name);
    // The surname alone meets short forms ("Ms. Ostrova", "Ostrova") of the same person.
    const parts = name.split(' ');
    if (parts.length > 1) out.push('@' + parts[parts.length - 1]!);
  }
  return out;
}

/** Raw counts of a segment's features, before sublinear scaling and IDF (with the lead counted when weights.lead > 0). */
export function segmentCounts(doc: AnalyzedDocument, segmentIndex: number, weights: FeatureWeights = DEFAULT_FEATURE_WEIGHTS): TermVector {
  const views = segmentViews(doc, segmentIndex, weights);
  return views.led ?? views.counts;
}

/**
 * Both views of a segment from one pass over its words: `counts` without the lead's extra weight, and `led` with it
 * (null when weights.lead is 0).
 */
export function segmentViews(doc: AnalyzedDocument, segmentIndex: number, weights: FeatureWeights = DEFAULT_FEATURE_WEIGHTS): { counts: TermVector; led: TermVector | null } {
  const segment = doc.segments[segmentIndex]!;
  const counts: TermVector = new Map();
  const tokens = words(segment.text);
  const terms = contentTermsOf(tokens);
  for (const term of terms) if (!URL_WORDS.has(term)) addTerm(counts, term, 1);
  // A roundup's headline ("Morning briefing") describes none of its segments.
  if (doc.title && doc.segments.length === 1) {
    for (const term of new Set(contentTerms(doc.title))) if (!URL_WORDS.has(term)) addTerm(counts, term, weights.title);
  }
  const start = doc.text.indexOf(segment.text);
  const from = start < 0 ? 0 : start;
  const to = start < 0 ? doc.text.length : start + segment.text.length;
  if (weights.entity > 0) for (const term of entityTerms(doc.mentions, from, to)) addTerm(counts, term, weights.entity);
  for (const word of tokens) {
    if (YEAR.test(word)) {
      if (weights.year > 0) addTerm(counts, '#' + word, weights.year);
    } else if (weights.number > 0 && NUMBER_FEATURE.test(word)) {
      addTerm(counts, '#n' + word, weights.number);
    }
  }
  if (weights.lead <= 0) return { counts, led: null };
  const led: TermVector = new Map(counts);
  for (const term of new Set(terms.slice(0, weights.leadTerms))) if (!URL_WORDS.has(term)) addTerm(led, term, weights.lead);
  return { counts, led };
}

/** Sublinear scaling (1 + ln count): the tenth "rehab" says less than the first. */
export function sublinear(counts: TermVector): TermVector {
  const out: TermVector = new Map();
  for (const [term, count] of counts) out.set(term, count > 0 ? 1 + Math.log(count) : 0);
  return out;
}
