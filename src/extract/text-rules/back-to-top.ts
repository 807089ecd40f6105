// "Back to top" anchors.
import { shortLine, type LineRule } from './rule.js';

export const backToTop: LineRule = {
  name: 'back-to-top',
  reason: 'back-to-top',
  matches: (line) => shortLine(line, /^(back|return|go|scroll) to (the )?top[.!]?\W*$/i),
};
