// The page's masthead; a <header> inside the article holds its title and byline and is kept.
import { PROTECTED_CONTENT_SHARE } from '../html-settings.js';
import type { HtmlRule } from './rule.js';

export const pageHeader: HtmlRule = {
  name: 'page-header',
  reason: 'page-header',
  record: true,
  protectShare: PROTECTED_CONTENT_SHARE,
  matches: (el, ctx) => !ctx.insideArticle && (el.name === 'header' || el.attribs.role === 'banner'),
};
