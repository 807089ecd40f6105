// Asides hold pull-outs, fact boxes and rails, not the running text.
import { PROTECTED_CONTENT_SHARE } from '../html-settings.js';
import type { HtmlRule } from './rule.js';

export const aside: HtmlRule = {
  name: 'aside',
  reason: 'aside',
  record: true,
  protectShare: PROTECTED_CONTENT_SHARE,
  matches: (el) => el.name === 'aside' || el.attribs.role === 'complementary',
};
