// A line that repeats the title (the page printed its headline again above the text).
import { comparable } from '../text-util.js';
import type { LineRule } from './rule.js';

export const titleRepeated: LineRule = {
  name: 'title-repeated',
  reason: 'title-repeated',
  matches: (line, ctx) => ctx.title !== null && ctx.proseBefore === 0 && comparable(line) === comparable(ctx.title),
};
