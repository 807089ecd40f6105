// A reader-funding appeal inside or under the article: "Become a supporter", "Donate now",
// "Harbourline is funded by readers, not advertisers. ... become a supporter from £5 a month."
import { shortLine, wordCount, type LineRule } from './rule.js';

const BUTTON =
  /^(become a (supporter|member|donor|patron|friend)|donate( now| today| here)?|make a (one-off |monthly )?(donation|contribution)|give (once|monthly|today)|support (us|our work|this work)( today)?|contribute( now| today)?)[.!]?$/i;
// The pitch names reader funding and asks for money.
const FUNDED = /\b(funded|supported|paid for|made possible) by (our |its )?readers\b|\breader-(funded|supported)\b|\bnot[- ]for[- ]profit newsroom\b/i;
const ASK = /\b(become a (supporter|member|donor|patron)|donate|make a (one-off |monthly )?(donation|contribution)|support (us|our work|this work|our journalism|independent journalism)|chip in)\b|[£$€]\s?\d+(\.\d\d)? (a|per) (month|year)\b/i;
// An appeal is a few sentences.
const MAX_APPEAL_WORDS = 60;

export const supportAppeal: LineRule = {
  name: 'support-appeal',
  reason: 'promo',
  // Scraped text only: on an HTML page such a box is cut by the DOM passes.
  matches: (line, ctx) =>
    ctx.plainText === true &&
    ctx.proseBefore > 0 &&
    (shortLine(line, BUTTON, 40) || (wordCount(line) <= MAX_APPEAL_WORDS && FUNDED.test(line) && ASK.test(line) && !/^["“]/.test(line.trim()))),
};
