// Forms are search boxes, sign-ups and comment boxes.
import type { HtmlRule } from './rule.js';

export const form: HtmlRule = {
  name: 'form',
  reason: 'form',
  record: true,
  matches: (el) => el.name === 'form' || el.name === 'button' || el.name === 'select',
};
