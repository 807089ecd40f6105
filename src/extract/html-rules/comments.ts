// Reader comment threads and their widgets.
import { attributeRule } from './rule.js';

export const comments = attributeRule('comments', 'comments', /comment|comments|disqus|respond|replies/);
