// Cookie banners: "We use cookies to improve your experience. Accept all | Manage settings".
import { wordCount, type LineRule } from './rule.js';

const NOTICE = /\b(we|this (site|website)|our (site|website)|[\p{L}]+ uses?) (use|uses|using) cookies\b|\bcookies? (policy|settings|preferences|consent)\b|^accept (all )?cookies$|\buse of cookies\b|^(accept|reject|accept all|reject all|accept cookies|manage (cookies|settings|preferences)|got it|i agree)$/iu;
// Every notice names cookies or is one of the buttons; most lines are turned away by this first.
const CHEAP_CUE = /cookie|^(accept|reject|accept all|reject all|manage (settings|preferences)|got it|i agree)$/i;
// Banners run to a few sentences.
const MAX_NOTICE_WORDS = 60;

export const cookieNotice: LineRule = {
  name: 'cookie-notice',
  reason: 'cookie-notice',
  matches: (line) => CHEAP_CUE.test(line) && wordCount(line) <= MAX_NOTICE_WORDS && NOTICE.test(line.trim()),
};
