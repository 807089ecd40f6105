// Site navigation menus.
import type { HtmlRule } from './rule.js';

export const nav: HtmlRule = {
  name: 'nav',
  reason: 'nav-element',
  record: true,
  matches: (el) => el.name === 'nav' || el.attribs.role === 'navigation' || el.attribs.role === 'menubar',
};
