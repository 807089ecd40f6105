// Ad labels left in scraped text.
import { shortLine, wordCount, type LineRule } from './rule.js';

const SPONSOR_PREFIX = /^(sponsored( by [^:—–-]{2,60})?|paid (post|partnership|content)|advertisement|promoted|partner content|in partnership with [^:—–-]{2,60})\s*[:—–·•|-]\s*\S/i;
// "This bulletin is brought to you by Fellside Outdoor — everything for the hills".
const BROUGHT_BY = /^(this|today['’]s|the) (bulletin|newsletter|email|podcast|episode|edition|briefing|brief|show|segment) is (brought to you|sponsored|supported|presented) by\b/i;
// A sponsored line is a sentence or two of pitch.
const MAX_SPONSOR_WORDS = 45;

export const advertisement: LineRule = {
  name: 'advertisement',
  reason: 'advertisement',
  matches: (line) =>
    shortLine(line, /^((skip )?advertisement|advertising|advert|ad|sponsored( content| links?| stories)?|promoted( content| stories| links)?|paid (post|content|partner content)|(story|article|content) continues (below|after)( (this )?(advertisement|ad))?|advertisement\s*[-–—:]\s*(continue|scroll) (reading|to continue)( below)?)[.:]?$/i) ||
    // "Sponsored: Book your ferry...", "SPONSORED BY KELL VALLEY CREDIT UNION — Saving for...": a paid line.
    (wordCount(line) <= MAX_SPONSOR_WORDS && (SPONSOR_PREFIX.test(line.trim()) || BROUGHT_BY.test(line.trim()))),
};
