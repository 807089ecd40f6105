// Forms are search boxes, sign-ups and comment boxes.
import { PROTECTED_CONTENT_SHARE } from '../html-settings.js';
import type { HtmlRule } from './rule.js';

export const form: HtmlRule = {
  name: 'form',
  reason: 'form',
  record: true,
  protectShare: PROTECTED_CONTENT_SHARE,
  matches: (el) => el.name === 'form' || el.name === 'button' || el.name === 'select',
};
