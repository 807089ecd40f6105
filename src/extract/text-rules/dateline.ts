// A line near the top holding only a date: "Published March 3, 2024 10:32 GMT".
import { datelineDate } from '../dates.js';
import type { LineRule } from './rule.js';

export const dateline: LineRule = {
  name: 'dateline',
  reason: 'dateline',
  matches: (line, ctx) => ctx.proseBefore === 0 && datelineDate(line) !== null,
};
