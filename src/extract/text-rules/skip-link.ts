// "Skip to content" and similar accessibility links at the top of a page.
import { shortLine, type LineRule } from './rule.js';

export const skipLink: LineRule = {
  name: 'skip-link',
  reason: 'navigation',
  matches: (line) => shortLine(line, /^(skip|jump) to (the )?(main )?(content|navigation|article|search)|^skip navigation$/i),
};
