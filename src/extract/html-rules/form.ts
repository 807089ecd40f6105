// Forms are search boxes, sign-ups and comment boxes.
import type { Element } from 'domhandler';
import { findAll, textOf } from '../html-dom.js';
import { MIN_FORM_POST_CHARS, PROTECTED_CONTENT_SHARE } from '../html-settings.js';
import type { HtmlRule } from './rule.js';

export const form: HtmlRule = {
  name: 'form',
  reason: 'form',
  record: true,
  protectShare: PROTECTED_CONTENT_SHARE,
  matches: (el) => el.name === 'form' || el.name === 'button' || el.name === 'select',
};

/** True when the form's paragraphs hold a post's worth of prose. */
function holdsPost(el: Element): boolean {
  let chars = 0;
  for (const p of findAll(el, (e) => e.name === 'p')) {
    chars += textOf(p).length;
    if (chars >= MIN_FORM_POST_CHARS) return true;
  }
  return false;
}

/**
 * The form rule of a discussion thread: old forum software wraps each rendered post in its edit form, so a form
 * holding a post's worth of prose is kept. Elsewhere such forms are order forms and sign-ups with long terms.
 */
export const threadForm: HtmlRule = { ...form, matches: (el) => form.matches(el, { insideArticle: false }) && !(el.name === 'form' && holdsPost(el)) };
