// Reader comment threads and their widgets.
import type { HtmlRule } from './rule.js';
import { attributeRule } from './rule.js';

// Not weak: a thread can outweigh a short post, so it is removed even when it holds most of the page's text.
export const comments: HtmlRule = { ...attributeRule('comments', 'comments', /comment|comments|disqus|respond|replies/), weak: false, protectShare: undefined };
