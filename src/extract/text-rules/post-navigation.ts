// A blog's links to the posts before and after this one: "← Previous: Frost pockets and the late potato crop",
// "Next: The drainage board's new pumps →", "« Older post", "Newer post ›".
import { shortLine, type LineRule } from './rule.js';

const POST_LINK =
  /^(?:[←«‹<]\s*)?(?:previous|next|older|newer)(?:\s+(?:post|article|story|entry))?(?:\s*:\s*[^.!?]{3,100}?)?(?:\s*[→»›>])?$/i;

export const postNavigation: LineRule = {
  name: 'post-navigation',
  reason: 'navigation',
  // A bare "Next" is left to the teaser rules; a link with its arrow or its title is the blog's own navigation.
  matches: (line, ctx) => ctx.proseBefore > 0 && /[←«‹→»›:]|\b(post|article|story|entry)\b/i.test(line) && shortLine(line, POST_LINK, 140),
};
