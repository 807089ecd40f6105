// A teaser for another article: a "Read next" / "Up next" / "Also on the Ledger" label, then a headline
// and a truncated dek ("The mark fell for a third day on Friday...").
import { endsSentence, shortLine, wordCount, type LineRule } from './rule.js';

export const TEASER_HEADER =
  /^(read next|next|next story|next article|up next|coming up|more news|latest news|latest|don['’]t miss|editor['’]s picks?|what to read next|popular now|also on (the )?[\p{L}\s'’&-]{2,40}|elsewhere on (the )?[\p{L}\s'’&-]{2,40}|more stories|more to read)[:.]?$/iu;
// Teaser headlines and deks are short.
const MAX_TEASER_WORDS = 40;

export const teaserHeader: LineRule = {
  name: 'teaser-header',
  reason: 'teaser',
  matches: (line, ctx) => (ctx.proseBefore > 0 || ctx.inTail === true) && shortLine(line, TEASER_HEADER),
};

export const teaserItem: LineRule = {
  name: 'teaser-item',
  reason: 'teaser',
  matches: (line, ctx) => {
    if (ctx.previousReason !== 'teaser' || wordCount(line) > MAX_TEASER_WORDS) return false;
    const t = line.trim();
    // A headline (no full stop), or a dek cut off with an ellipsis.
    return !endsSentence(t) || /(\.\.\.|…)["”’]?$/.test(t) || ctx.inTail === true;
  },
};

// A teaser inside the body: another article's headline in Title Case, then its one-sentence dek
// ("Lisle Point Ferry Faces Weekend Cuts as Ridership Falls" / "The last ferry may stop running on Saturdays.").
// Subheads are shorter and are followed by a full paragraph.
const MIN_TEASER_HEADLINE_WORDS = 6;
const MAX_TEASER_HEADLINE_WORDS = 16;
const MAX_TEASER_DEK_WORDS = 30;
// Share of the longer words that are capitalised for a line to read as a Title Case headline.
const MIN_TITLE_CASE_SHARE = 0.8;
const MIN_TITLE_CASE_WORDS = 4;

/** True for a Title Case headline ("Harrowgate Schools Weigh Later Start Times for Teenagers"). */
export function isTitleCase(line: string): boolean {
  const long = line.split(/\s+/).filter((w) => /^[\p{L}'’-]{4,}$/u.test(w.replace(/[:,;]$/, '')));
  if (long.length < MIN_TITLE_CASE_WORDS) return false;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= MIN_TITLE_CASE_SHARE;
}

function isTeaserHeadline(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  return !endsSentence(t) && !/[:;,]$/.test(t) && n >= MIN_TEASER_HEADLINE_WORDS && n <= MAX_TEASER_HEADLINE_WORDS && isTitleCase(t);
}

export function isTeaserDek(line: string): boolean {
  const t = line.trim();
  // One sentence, not a quotation.
  return endsSentence(t) && wordCount(t) <= MAX_TEASER_DEK_WORDS && !/^["“‘]/.test(t) && !/[.!?]["”’]?\s+\S/.test(t);
}

export const teaserPair: LineRule = {
  name: 'teaser-pair',
  reason: 'teaser',
  matches: (line, ctx) => {
    if (!ctx.plainText || ctx.proseBefore === 0) return false;
    if (isTeaserHeadline(line) && ctx.next && isTeaserDek(ctx.next)) return true;
    return ctx.previousReason === 'teaser' && !!ctx.previous && isTeaserHeadline(ctx.previous) && isTeaserDek(line);
  },
};
