// "Related articles", "More from World", "You may also like", "Most read" — a list of headlines follows.
import { shortLine, type LineRule } from './rule.js';

export const RELATED_HEADER =
  /^(related( articles| stories| coverage| content| news| links| reading| topics| posts| videos)?|more on this (story|topic)|more (stories|coverage) (like this|on this)|editors['’]? picks|promoted stories|around the web|we recommend|you might be interested in|you may (also )?be interested in|trending (now|stories|news)|more (from|on|in|about) [\p{L}\p{N}\s'’&-]+|more stories|more (episodes|podcasts|videos|newscasts)|(latest|recent|previous|past) (episodes|newscasts)|more (sport|football|soccer|rugby|cricket|tennis|golf|business|politics|science|tech|technology|health|world|culture|opinion|travel|news)|recommended( for you| stories| reading)?|you (may|might) also like|read next|most (read|popular|viewed|commented|shared|emailed)( in [\p{L}\s&'’-]{2,30})?|trending( now)?|top stories|see also|also read)[:.…]*$/iu;

export const relatedHeader: LineRule = {
  name: 'related-header',
  reason: 'related-links',
  matches: (line) => shortLine(line, RELATED_HEADER),
};
