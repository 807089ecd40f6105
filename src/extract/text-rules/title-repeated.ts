// A line that repeats the title (the page printed its headline again above the text).
import { comparable } from '../text-util.js';
import type { LineRule } from './rule.js';

export const titleRepeated: LineRule = {
  name: 'title-repeated',
  reason: 'title-repeated',
  // Anywhere on the page: a paragraph that is the whole headline again is the title printed twice.
  matches: (line, ctx) => {
    if (ctx.title === null || Math.abs(line.length - ctx.title.length) > ctx.title.length / 2) return false;
    return (ctx.key ?? comparable(line)) === (ctx.titleKey ?? comparable(ctx.title));
  },
};
