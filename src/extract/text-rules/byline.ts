// A leading "By Maria Ostrova" or "Priya Anand | March 13, 2026" line; its names become the authors.
import { isByline, parseBylineDate } from '../byline.js';
import { datelineDate } from '../dates.js';
import type { LineRule } from './rule.js';

export const byline: LineRule = {
  name: 'byline',
  reason: 'byline',
  matches: (line, ctx) => ctx.proseBefore === 0 && (isByline(line) || parseBylineDate(line, datelineDate) !== null),
};
