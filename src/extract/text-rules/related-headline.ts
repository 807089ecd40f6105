// A short headline line directly under a "Related articles" header (or under another such line).
import { wordCount, type LineRule } from './rule.js';

// Headlines in related lists run up to about this many words.
const MAX_HEADLINE_WORDS = 16;

export const relatedHeadline: LineRule = {
  name: 'related-headline',
  reason: 'related-links',
  matches: (line, ctx) =>
    ctx.previousReason === 'related-links' &&
    wordCount(line) <= MAX_HEADLINE_WORDS &&
    // Headlines do not end in a full stop; prose resuming after the list does.
    !/[.]["”’']?$/.test(line.trim()),
};
