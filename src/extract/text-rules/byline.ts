// A leading "By Maria Ostrova" line; its names become the authors.
import { isByline } from '../byline.js';
import type { LineRule } from './rule.js';

export const byline: LineRule = {
  name: 'byline',
  reason: 'byline',
  matches: (line, ctx) => ctx.proseBefore === 0 && isByline(line),
};
