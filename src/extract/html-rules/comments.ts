// Reader comment threads and their widgets.
import type { HtmlRule } from './rule.js';
import { attributeRule } from './rule.js';

// The word in the languages of European outlets, which name their threads in their own language (Spanish and
// Portuguese, German, French, Italian, Dutch).
const COMMENTS_OTHER_LANGUAGES = 'comentarios?|coment[aá]rios|kommentare?|commentaires?|commenti|reacties';

// Not weak: a thread can outweigh a short post, so it is removed even when it holds most of the page's text.
export const comments: HtmlRule = {
  ...attributeRule('comments', 'comments', new RegExp(`comment|comments|disqus|respond|replies|${COMMENTS_OTHER_LANGUAGES}`)),
  weak: false,
  protectShare: undefined,
};
