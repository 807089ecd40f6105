// Another story's teaser inside the body, set in sentence case: a headline ("Town centre parking charges to rise
// from January") then its one-sentence dek ("Councillors approved the increase by 24 votes to 11 on Monday night.").
// Subheads are shorter, and the paragraph under them carries on the article ("It", "But", "The company"...);
// a teaser's dek stands alone.
import { isFactBoxHeader } from './fact-box.js';
import { endsSentence, wordCount, type LineRule } from './rule.js';
import { isTeaserDek, isTitleCase } from './teaser.js';

const MIN_HEADLINE_WORDS = 6;
const MAX_HEADLINE_WORDS = 16;
// The article's own paragraphs around the pair are at least this long.
const MIN_PROSE_WORDS = 12;
// A dek that opens with a pronoun or connective continues the text above it.
const CONTINUES = /^(he|she|it|they|we|i|you|this|that|these|those|but|and|so|yet|then|there|here|however|meanwhile|also|his|her|their|its|our|the (company|council|group|team|firm|club|agency|union|plant|site|move|change|plan|decision|report|study|scheme))\b/i;

/** A sentence-case headline: capital first letter, no end punctuation, mostly lower-case words after it. */
export function isSentenceCaseHeadline(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  if (n < MIN_HEADLINE_WORDS || n > MAX_HEADLINE_WORDS || endsSentence(t) || /[:;,?…-]$/.test(t) || !/^\p{Lu}/u.test(t)) return false;
  // Title Case headlines are the Title Case teaser rule's; quotes and parentheses are not headline forms here.
  if (isTitleCase(t) || /["“”()]/.test(t) || isFactBoxHeader(t)) return false;
  return true;
}

// Another story's headline is about something else: few of its content words occur in the rest of the page,
// while a subhead repeats the article's own terms ("Factors that affect moving costs" in a moving guide).
const MAX_SHARED_WORD_SHARE = 0.34;
const STOP = /^(with|from|that|this|what|when|where|which|while|after|before|over|into|about|than|then|they|their|them|have|will|been|were|more|some|your|just|also|how|why|who|for|and|the)$/i;

function contentWords(line: string): string[] {
  return (line.toLowerCase().match(/\p{L}[\p{L}'’-]{3,}/gu) ?? []).filter((w) => !STOP.test(w));
}

/** Share of the headline's content words found in the page's paragraphs (skipping the headline and its dek). */
export function sharedWordShare(headline: string, lines: readonly (string | null)[], at: number): number {
  const words = [...new Set(contentWords(headline))];
  if (words.length === 0) return 1;
  // The article's own paragraphs: other teasers and lists on the page say nothing about its subject.
  const rest = new Set(lines.flatMap((l, i) => (l === null || i === at || i === at + 1 || wordCount(l) < MIN_PROSE_WORDS ? [] : contentWords(l))));
  return words.filter((w) => rest.has(w)).length / words.length;
}

function isStandaloneDek(line: string): boolean {
  // A statement: a question under a subhead is an FAQ's.
  return isTeaserDek(line) && /\.["”’]?$/.test(line.trim()) && !CONTINUES.test(line.trim());
}

export const sentenceCaseTeaser: LineRule = {
  name: 'sentence-case-teaser',
  reason: 'teaser',
  matches: (line, ctx) => {
    if (!ctx.plainText || ctx.proseBefore === 0 || ctx.isHeading) return false;
    // The line above a teaser ends a paragraph of the article (not a fact-box label or another short line).
    if (isSentenceCaseHeadline(line) && ctx.next && isStandaloneDek(ctx.next)) {
      if (!ctx.previous || !endsSentence(ctx.previous) || wordCount(ctx.previous) < MIN_PROSE_WORDS || !ctx.lines) return false;
      // One pair inside the article, the body resuming under it: a run of pairs is a listing page's content.
      const before = ctx.lines[ctx.index - 2];
      const after = ctx.lines[ctx.index + 2];
      if (before && !endsSentence(before) && wordCount(before) <= MAX_HEADLINE_WORDS) return false;
      if (!after || wordCount(after) < MIN_PROSE_WORDS || !endsSentence(after)) return false;
      return sharedWordShare(line, ctx.lines, ctx.index) <= MAX_SHARED_WORD_SHARE;
    }
    return ctx.previousReason === 'teaser' && !!ctx.previous && isSentenceCaseHeadline(ctx.previous) && isStandaloneDek(line);
  },
};
