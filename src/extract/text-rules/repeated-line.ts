// A line printed twice (an intro or standfirst repeated above the body, a pull quote).
import { comparable } from '../text-util.js';
import { wordCount, type LineRule } from './rule.js';

// Short lines ("Advertisement", "Photo") repeat legitimately; only repeated statements are dropped.
const MIN_REPEATED_WORDS = 4;

export const repeatedLine: LineRule = {
  name: 'repeated-line',
  reason: 'repeated-line',
  matches: (line, ctx) => wordCount(line) >= MIN_REPEATED_WORDS && (ctx.seen?.has(ctx.key ?? comparable(line)) ?? false),
};
