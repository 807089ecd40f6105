// "Related articles", "More from World", "You may also like", "Most read" — a list of headlines follows.
import { shortLine, type LineRule } from './rule.js';

export const RELATED_HEADER =
  /^(related( articles| stories| coverage| content| news| links| reading)?|more (from|on|in|about) [\p{L}\p{N}\s'’&-]+|more stories|recommended( for you| stories| reading)?|you (may|might) also like|read next|most (read|popular|viewed)|trending( now)?|top stories|see also|also read)[:.]?$/iu;

export const relatedHeader: LineRule = {
  name: 'related-header',
  reason: 'related-links',
  matches: (line) => shortLine(line, RELATED_HEADER),
};
