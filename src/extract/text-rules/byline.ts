// A leading "By Maria Ostrova" or "Priya Anand | March 13, 2026" line; its names become the authors.
import { isByline, parseBylineDate } from '../byline.js';
import { datelineDate } from '../dates.js';
import { personNames } from '../text-head.js';
import type { LineRule } from './rule.js';

// After the article a credit line reads "Written by Tomas Vey"; only that short form is taken there.
const CLOSING_BYLINE = /^(written|words|story|text|reporting) by\b/i;
const MAX_CLOSING_BYLINE_WORDS = 7;

export const byline: LineRule = {
  name: 'byline',
  reason: 'byline',
  matches: (line, ctx) =>
    (ctx.proseBefore === 0 && (isByline(line) || personNames(parseBylineDate(line, datelineDate)?.authors ?? []))) ||
    (ctx.proseBefore > 0 && CLOSING_BYLINE.test(line.trim()) && line.split(/\s+/).length <= MAX_CLOSING_BYLINE_WORDS && isByline(line)),
};
