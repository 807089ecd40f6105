// The HTML removal rules, in the order they are tried on each element.
import { advertisement } from './advertisement.js';
import { aside } from './aside.js';
import { authorBio, byline } from './author-bio.js';
import { breadcrumb } from './breadcrumb.js';
import { comments } from './comments.js';
import { cookieConsent } from './cookie-consent.js';
import { dialog } from './dialog.js';
import { facets } from './facets.js';
import { footerClass, headerClass } from './chrome-class.js';
import { form } from './form.js';
import { iframe } from './iframe.js';
import { invisible } from './invisible.js';
import { nav } from './nav.js';
import { newsletter } from './newsletter.js';
import { pageFooter } from './page-footer.js';
import { pageHeader } from './page-header.js';
import { recommendationSection } from './recommendation-section.js';
import { related } from './related.js';
import type { HtmlRule } from './rule.js';
import { share } from './share.js';
import { sidebar } from './sidebar.js';
import { standfirst } from './standfirst.js';
import { tableOfContents } from './table-of-contents.js';

export type { HtmlRule, HtmlRuleContext } from './rule.js';
export { reviewItems, reviews } from './reviews.js';
export { threadForm } from './form.js';

export const HTML_RULES: readonly HtmlRule[] = [
  invisible,
  nav,
  pageHeader,
  pageFooter,
  aside,
  form,
  iframe,
  cookieConsent,
  dialog,
  share,
  related,
  recommendationSection,
  comments,
  newsletter,
  advertisement,
  sidebar,
  facets,
  tableOfContents,
  breadcrumb,
  footerClass,
  headerClass,
  byline,
  authorBio,
  standfirst,
];
