// Quote marks that hold no speech: titles of works, photo captions and headings, pull-quote repeats, scare quotes.
import { tokens } from '../tokens-lite.js';
import { wordCount, type Candidate, type QuoteRefiner } from '../context.js';

// Nouns after which a quoted phrase is a title ('the film "After the Water"').
const WORK_BEFORE = /\b(?:film|films|documentary|movie|book|novel|memoir|memoirs|biography|series|album|song|play|opera|drama|thriller|comedy|show|programme|program|exhibition|titled|entitled|report|headline|campaign|slogan|hashtag|(?:co-)?author\s+of|dubbed|nicknamed|codenamed|code-named)\s*,?\s*$/i;
// Titles of works run to a dozen words ("The Hungry Dragon: How China's Resource Quest is Reshaping the World").
const MAX_TITLE_WORDS = 12;
// Small words a title keeps in lower case.
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'de', 'la', 'el', 'del', 'von', 'van', 'with', 'is', 'are', 'by', 'from']);
// An unattributed quote shorter than this is a scare quote, a nickname or a term, not speech.
export const MIN_UNATTRIBUTED_WORDS = 5;
// A caption or heading: a short paragraph without a full stop at its end, or a photo credit in brackets.
const CAPTION_CREDIT = /\((?:[^()]*\b(?:photo|photograph|pictured|image|file|credit|desk|AP|Reuters|AFP)\b[^()]*)\)\s*$|\b(?:Photo|Photograph|Image|Credit):/i;
// A paragraph of at most this many words without closing punctuation is a heading or caption.
const MAX_HEADING_WORDS = 14;

function titleCased(text: string): boolean {
  const words = text.replace(/[.,!?]+$/, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())));
}

export const dropNonSpeech: QuoteRefiner = {
  name: 'drop-non-speech',
  refine(quotes, ctx, removed) {
    const keep: Candidate[] = [];
    const drop = (q: Candidate, why: string) => removed.push({ text: q.text, reason: `${this.name}: ${why}` });
    for (const q of quotes) {
      const before = ctx.text.slice(Math.max(q.span.paragraphStart, q.start - 40), q.start);
      const paragraph = ctx.text.slice(q.span.paragraphStart, q.span.paragraphEnd).trim();
      const spoken = q.attribution !== null && q.attribution.pattern !== 'partial-quote-subject';
      // A title-cased run right after "the book", "author of", "dubbed" is a title even when a speaker seems near.
      if ((!spoken || titleCased(q.text)) && WORK_BEFORE.test(before) && wordCount(q.text) <= MAX_TITLE_WORDS) drop(q, 'title of a work');
      // American punctuation puts a sentence's full stop inside the marks: "… on Facebook, “True Voices for the People.”"
      else if (!spoken && titleCased(q.text) && (!/[.!?]$/.test(q.text) || q.partial || /^[.!?]?\s*$/.test(ctx.text.slice(q.end, q.span.paragraphEnd)))) drop(q, 'title-cased name');
      else if (!q.span.multiParagraph && CAPTION_CREDIT.test(paragraph)) drop(q, 'photo caption');
      else if (!q.span.multiParagraph && !/[.!?…"”’»:]$/.test(paragraph) && wordCount(paragraph) <= MAX_HEADING_WORDS && !spoken) drop(q, 'heading');
      else keep.push(q);
    }
    return keep;
  },
};

/**
 * A pull-quote repeats, unattributed and as its own paragraph, a quote given with its speaker elsewhere. Run after
 * split quotes are joined: the pull-quote often repeats both halves ("A. B." beside '"A," he said. "B."').
 */
export const dropPullQuoteRepeats: QuoteRefiner = {
  name: 'drop-pull-quote-repeats',
  refine(quotes, _ctx, removed) {
    const own = (q: Candidate) => q.attribution !== null && q.attribution.pattern !== 'join-continuations';
    return quotes.filter((q) => {
      if (own(q)) return true;
      const mine = tokens(q.text).join(' ');
      const repeat = quotes.some((o) => o !== q && own(o) && ` ${tokens(o.text).join(' ')} `.includes(` ${mine} `));
      if (repeat) removed.push({ text: q.text, reason: `${this.name}: repeat of an attributed quote` });
      return !repeat;
    });
  },
};

export const dropUnattributedFragments: QuoteRefiner = {
  name: 'drop-unattributed-fragments',
  refine(quotes, _ctx, removed) {
    return quotes.filter((q) => {
      const short = q.attribution === null && wordCount(q.text) < MIN_UNATTRIBUTED_WORDS;
      if (short) removed.push({ text: q.text, reason: `${this.name}: unattributed and under ${MIN_UNATTRIBUTED_WORDS} words (scare quote or term)` });
      return !short;
    });
  },
};
