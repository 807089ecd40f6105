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
