// The author's bio at the end: "Nadia Pell is the Harbor Ledger's port and shipping reporter.",
// "Priya Anand writes about currencies and trade for Financial Compass.", "Ana Ruiz hosts The Early Shift."
import { comparable } from '../text-util.js';
import { wordCount, type LineRule } from './rule.js';

// Bios run to a few sentences.
const MAX_BIO_WORDS = 70;
const NAME_THEN_VERB =
  /^((?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del|al)){0,3})\s+(is|was|has been|writes|covers|has covered|reports|joined|edits|contributes|hosts|co-hosts|presents)\b/u;
const ROLE =
  /\b(reporter|correspondent|editor|writer|critic|columnist|journalist|contributor|producer|photographer|hosts?|presents|presenter|has covered|news agency|agency|bureau chief|covers|writes about|reports on|reports from|based in|author of)\b/i;

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

// "Rhea Castellan is a retired headteacher and chairs the Glenmoor Schools Forum.": the known writer described,
// whatever the job, after the article has begun.
export const knownAuthorBio: LineRule = {
  name: 'known-author-bio',
  reason: 'author-bio',
  matches: (line, ctx) => {
    const m = NAME_THEN_VERB.exec(line.trim());
    if (!m || ctx.proseBefore === 0 || wordCount(line) > MAX_BIO_WORDS) return false;
    const name = comparable(m[1]!);
    return (ctx.authors ?? []).some((a) => comparable(a) === name);
  },
};

// "Contact Marisol Quint at 555-0142. Follow her on X @mquint.", "Email the author: ...".
const CONTACT = /^([Cc]ontact|[Ee]-?mail|[Rr]each|[Ww]rite to|[Ff]ollow) (him|her|them|the (author|writer|reporter)|\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+){1,3})\b.{0,40}\b(at|on|via|:)\s/u;

export const authorContact: LineRule = {
  name: 'author-contact',
  reason: 'author-bio',
  matches: (line, ctx) => ctx.proseBefore > 0 && wordCount(line) <= MAX_BIO_WORDS && CONTACT.test(line.trim()),
};

// "About the author" / "About the writer": the bio follows.
const BIO_HEADER = /^(about the (author|writer|reporter|contributor|columnist)s?|the author|meet the (author|writer))[:.]?$/i;

export const authorBioHeader: LineRule = {
  name: 'author-bio-header',
  reason: 'author-bio',
  matches: (line, ctx) => ctx.proseBefore > 0 && BIO_HEADER.test(line.trim()),
};

/** The bio under an "About the author" header, whoever it names. */
export const authorBioUnderHeader: LineRule = {
  name: 'author-bio-under-header',
  reason: 'author-bio',
  matches: (line, ctx) => ctx.previousReason === 'author-bio' && NAME_THEN_VERB.test(line.trim()) && wordCount(line) <= MAX_BIO_WORDS,
};
