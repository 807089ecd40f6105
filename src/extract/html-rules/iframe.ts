// Embedded frames are players, ads and social embeds.
import type { HtmlRule } from './rule.js';

export const iframe: HtmlRule = {
  name: 'iframe',
  reason: 'iframe',
  record: true,
  matches: (el) => el.name === 'iframe' || el.name === 'embed' || el.name === 'object',
};
