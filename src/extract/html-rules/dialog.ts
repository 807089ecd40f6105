// Dialogs, pop-ups and drawers: e-mail capture, SMS sign-up, size guides and cart drawers laid over the page.
// Declared by the element itself (<dialog>, role=dialog, aria-modal), so the evidence is strong.
import type { HtmlRule } from './rule.js';
import { DIALOG_PROTECTED_SHARE } from '../html-settings.js';

const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);

export const dialog: HtmlRule = {
  name: 'dialog',
  reason: 'dialog',
  record: true,
  // A page may render its whole article as a modal over a listing ("quick view"): a dialog holding nearly all
  // the page's text stays. A lower bar would keep an e-mail overlay that outweighs a short product description.
  protectShare: DIALOG_PROTECTED_SHARE,
  matches: (el) => el.name === 'dialog' || DIALOG_ROLES.has(el.attribs.role ?? '') || el.attribs['aria-modal'] === 'true',
};
