// A short headline line directly under a "Related articles" header (or under another such line).
import { wordCount, type LineRule } from './rule.js';

// A "READ MORE" label on its own line links the headline under it.
const READ_MORE_LABEL = /^\s*(read more|read next|read also|also read|see also|more)\s*[:»›>]?\s*$/i;
// ...and is longer than a subhead, which may follow a toggle.
const MIN_LINKED_HEADLINE_WORDS = 5;
// Headlines in related lists run up to about this many words.
const MAX_HEADLINE_WORDS = 16;

export const relatedHeadline: LineRule = {
  name: 'related-headline',
  reason: 'related-links',
  matches: (line, ctx) =>
    (ctx.previousReason === 'related-links' || (ctx.previousReason === 'read-more' && READ_MORE_LABEL.test(ctx.previous ?? '') && wordCount(line) >= MIN_LINKED_HEADLINE_WORDS)) &&
    wordCount(line) <= MAX_HEADLINE_WORDS &&
    // Headlines do not end in a full stop; prose resuming after the list does.
    !/[.]["”’']?$/.test(line.trim()),
};
