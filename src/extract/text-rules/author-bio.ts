// The author's bio at the end: "Nadia Pell is the Harbor Ledger's port and shipping reporter.",
// "Priya Anand writes about currencies and trade for Financial Compass."
import { comparable } from '../text-util.js';
import { wordCount, type LineRule } from './rule.js';

// Bios run to a few sentences.
const MAX_BIO_WORDS = 70;
const NAME_THEN_VERB =
  /^((?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del|al)){0,3})\s+(is|was|has been|writes|covers|reports|joined|edits|contributes)\b/u;
const ROLE =
  /\b(reporter|correspondent|editor|writer|critic|columnist|journalist|contributor|producer|photographer|news agency|agency|bureau chief|covers|writes about|reports on|reports from|based in|author of)\b/i;

export const authorBio: LineRule = {
  name: 'author-bio',
  reason: 'author-bio',
  matches: (line, ctx) => {
    const m = NAME_THEN_VERB.exec(line.trim());
    if (!m || wordCount(line) > MAX_BIO_WORDS || !ROLE.test(line)) return false;
    const name = comparable(m[1]!);
    const isAuthor = (ctx.authors ?? []).some((a) => comparable(a) === name || comparable(a).endsWith(` ${name}`));
    return ctx.inTail === true || isAuthor;
  },
};
