// Author boxes and bylines; their names were taken as metadata before removal.
import { attributeRule } from './rule.js';

export const authorBio = attributeRule('author-bio', 'author-bio', /bio|authorbio|about/);

export const byline = attributeRule('byline', 'byline', /byline|bylines|author|authors|contributor|contributors/);
