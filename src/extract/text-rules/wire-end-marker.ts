// The end mark of wire copy and press releases: "ENDS", "END", "-30-", "(END)", "- ENDS -".
import type { LineRule } from './rule.js';

const END_MARK = /^[(\-–—\s]*(ENDS?|-30-)[)\-–—\s/]*$/;

export const wireEndMarker: LineRule = {
  name: 'wire-end-marker',
  reason: 'page-footer',
  // Upper case only: a lone "End" in an article is more likely a list or a heading.
  matches: (line, ctx) => ctx.plainText === true && ctx.proseBefore > 0 && END_MARK.test(line.trim()) && line.trim() === line.trim().toUpperCase(),
};
