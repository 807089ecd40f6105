// Topic and tag lists after the article: "Topics", "Suggested Topics:", "Related topics", "More On",
// "Posted in Community, Outdoors", "Tagged footpaths, Garrow Falls", then one short topic per line.
import { shortLine, wordCount, type LineRule } from './rule.js';

const HEADER = /^(topics|tags|suggested topics|related topics|more on|explore more on these topics|filed under|categories|sections|subjects|keywords|in this article|follow (the )?topics?)[:.]?$/i;
const INLINE = /^(tags?|keywords|tagged( with| as)?|posted in|filed (under|in)|categories|categorised in|categorized in|topics)\s*:?\s+\S.{0,150}$/i;
// A topic is a name or a short phrase.
const MAX_TOPIC_WORDS = 6;

export const topicTags: LineRule = {
  name: 'topic-tags',
  reason: 'tags',
  matches: (line, ctx) => {
    // Scraped text only: HTML pages use "Topics" or "Keywords" as content headings too.
    if (ctx.plainText !== true) return false;
    const t = line.trim();
    if (shortLine(t, HEADER)) return true;
    if (ctx.proseBefore > 0 && INLINE.test(t) && wordCount(t) <= 25 && !/[.!?]$/.test(t)) return true;
    // A topic under the header: short, no sentence punctuation.
    return ctx.previousReason === 'tags' && wordCount(t) <= MAX_TOPIC_WORDS && !/[.!?:]$/.test(t);
  },
};
