// The press release or institution a science or business story is based on, set after it:
// "Source: University of Vestby", "Story source: Materials provided by the Kessel Institute".
import { shortLine, type LineRule } from './rule.js';

const SOURCE_LINE = /^(?:[Ss]tory )?[Ss]ources?\s*:\s*(?:[Mm]aterials provided by\s+)?(?:the\s+)?\p{Lu}[\p{L}\p{N}'’.&,\s-]{2,80}$/u;

export const sourceCredit: LineRule = {
  name: 'source-credit',
  reason: 'reporting-credit',
  // Under a chart or table a "Source:" line belongs to it: only lines once the article's prose has begun, in scraped text.
  matches: (line, ctx) => ctx.plainText === true && ctx.proseBefore > 0 && !/[.!?]$/.test(line.trim()) && shortLine(line, SOURCE_LINE, 100),
};
