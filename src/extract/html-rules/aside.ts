// Asides hold pull-outs, fact boxes and rails, not the running text.
import type { HtmlRule } from './rule.js';

export const aside: HtmlRule = {
  name: 'aside',
  reason: 'aside',
  record: true,
  matches: (el) => el.name === 'aside' || el.attribs.role === 'complementary',
};
