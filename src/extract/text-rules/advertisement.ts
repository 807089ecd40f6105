// Ad labels left in scraped text.
import { shortLine, type LineRule } from './rule.js';

export const advertisement: LineRule = {
  name: 'advertisement',
  reason: 'advertisement',
  matches: (line) =>
    shortLine(line, /^(advertisement|advertising|advert|ad|sponsored( content)?|paid (post|content)|(story|article) continues (below|after) (this )?(advertisement|ad))[.:]?$/i),
};
