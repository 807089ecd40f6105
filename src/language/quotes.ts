// Direct quotes and their speakers. Quote marks are paired into spans (quotes/spans.ts), each span is offered to the
// patterns in quotes/patterns (first speaker found wins), then the refiners in quotes/refiners join split and
// continued quotes, drop what is not speech and resolve pronouns and nominals to names.
import type { Mention, QuoteFinding } from '../core/records.js';
import { splitSentences } from './sentences.js';
import { isOutletName } from './borrowed-reporting.js';
import { blockQuoteSpans, type BlockQuoteSpan } from './quotes/block-quotes.js';
import { cleanContent, opensMidSentence, wordCount, type Attribution, type Candidate, type QuoteContext } from './quotes/context.js';
import { readSpeakerPhrase } from './quotes/speaker-phrase.js';
import { QUOTE_PATTERNS } from './quotes/patterns/index.js';
import { QUOTE_REFINERS } from './quotes/refiners/index.js';
import { quotedSpans } from './quotes/spans.js';

export { MAX_SPEAKER_WORDS } from './quotes/speaker-phrase.js';

// One-word quoted terms are scare quotes or titles, not speech.
export const MIN_QUOTE_WORDS = 2;

export interface QuoteRun {
  quotes: QuoteFinding[];
  /** Quotes dropped or merged on the way, each with the refiner's reason. */
  removed: { text: string; reason: string }[];
}

/** The speaker a block quote's credit line names ("— Meridian Wire, 3 May"). */
function creditOf(span: BlockQuoteSpan): Attribution | null {
  if (!span.credit) return null;
  const read = readSpeakerPhrase(span.credit.split(',')[0]!);
  if (!read || read.kind === 'pronoun') return null;
  const at = span.end - span.credit.length;
  return { ...read, at, end: span.end, pattern: 'block-credit' };
}

/** findQuotes with the reasons for every quote dropped or merged. */
export function findQuotesExplained(text: string, mentions: Mention[]): QuoteRun {
  const ctx: QuoteContext = { text, sentences: splitSentences(text), mentions };
  const removed: QuoteRun['removed'] = [];
  let candidates: Candidate[] = [];
  const marked = quotedSpans(text);
  const blocks = blockQuoteSpans(text, marked);
  for (const span of [...marked, ...blocks].sort((a, b) => a.open - b.open)) {
    const content = cleanContent(span.content);
    if (wordCount(content) < MIN_QUOTE_WORDS) {
      if (content !== '') removed.push({ text: content, reason: `under ${MIN_QUOTE_WORDS} words` });
      continue;
    }
    const block = blocks.includes(span);
    let attribution = block ? creditOf(span) : null;
    for (const pattern of QUOTE_PATTERNS) {
      if (attribution) break;
      attribution = pattern.find(span, ctx);
    }
    const partial = !block && opensMidSentence(text, span);
    candidates.push({ span, text: content, start: span.open, end: span.end, attribution, partial, ...(block ? { block } : {}) });
  }
  for (const refiner of QUOTE_REFINERS) candidates = refiner.refine(candidates, ctx, removed);
  const quotes = candidates.map((c): QuoteFinding => {
    const a = c.attribution;
    const finding: QuoteFinding = { text: c.text, speaker: a?.speaker ?? null, start: c.start, end: c.end };
    if (a) finding.speakerKind = a.kind === 'nominal' ? 'unnamed' : a.kind;
    if (a?.role) finding.role = a.role;
    if (c.speakerAs) finding.speakerAs = c.speakerAs;
    if (c.partial) finding.partial = true;
    if (c.span.multiParagraph) finding.multiParagraph = true;
    // Words carried from another outlet ("The Meridian Wire wrote:" and its block) are that outlet's reporting.
    if (a && a.kind === 'organization' && isOutletName(a.speaker)) finding.borrowedFrom = a.speaker.replace(/^the\s+/i, '');
    return finding;
  });
  return { quotes, removed };
}

/** Direct and partial quotes in `text`, with speakers: names without their roles, pronouns and nominals resolved where possible. */
export function findQuotes(text: string, mentions: Mention[]): QuoteFinding[] {
  return findQuotesExplained(text, mentions).quotes;
}
