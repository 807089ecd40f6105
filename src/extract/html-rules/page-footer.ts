// The page's footer (links, copyright); an article's own footer is kept.
import { PROTECTED_CONTENT_SHARE } from '../html-settings.js';
import type { HtmlRule } from './rule.js';

export const pageFooter: HtmlRule = {
  name: 'page-footer',
  reason: 'page-footer',
  record: true,
  protectShare: PROTECTED_CONTENT_SHARE,
  matches: (el, ctx) => !ctx.insideArticle && (el.name === 'footer' || el.attribs.role === 'contentinfo'),
};
