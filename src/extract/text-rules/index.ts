// The line rules, in the order they are tried on each line.
import { advertisement } from './advertisement.js';
import { authorBio, authorBioHeader, authorBioUnderHeader, authorContact, knownAuthorBio } from './author-bio.js';
import { backToTop } from './back-to-top.js';
import { byline } from './byline.js';
import { carouselCounter } from './carousel-counter.js';
import { commentWidget } from './comment-widget.js';
import { cookieNotice } from './cookie-notice.js';
import { copyright } from './copyright.js';
import { callLetterCaption, captionAboveCredit, creditedCaption } from './credited-caption.js';
import { dateline } from './dateline.js';
import { promoBox } from './fact-box.js';
import { galleryCaption } from './gallery-caption.js';
import { imageCredit } from './image-credit.js';
import { inlineLink } from './inline-link.js';
import { liveBlogControl } from './live-update.js';
import { navigationRow } from './navigation-row.js';
import { postNavigation } from './post-navigation.js';
import { productionCredit } from './production-credit.js';
import { newsletterFooter, newsletterIntro, newsletterSignature } from './newsletter-frame.js';
import { appPromo, contactFooter, marketNote, profileCount, tipPrompt } from './promo.js';
import { clickHere, readMore } from './read-more.js';
import { relatedHeader } from './related-header.js';
import { relatedHeadline } from './related-headline.js';
import { repeatedLine } from './repeated-line.js';
import { republicationCredit, translationCredit } from './republication-credit.js';
import { reportingCredit } from './reporting-credit.js';
import { sentenceCaseTeaser } from './sentence-case-teaser.js';
import type { LineRule } from './rule.js';
import { sharePrompt } from './share-prompt.js';
import { skipLink } from './skip-link.js';
import { sourceCredit } from './source-credit.js';
import { editorNote, opinionDisclaimer } from './standing-note.js';
import { subscribePrompt } from './subscribe-prompt.js';
import { supportAppeal } from './support-appeal.js';
import { teaserHeader, teaserItem, teaserPair } from './teaser.js';
import { titleRepeated } from './title-repeated.js';
import { topicTags } from './topic-tags.js';
import { uncreditedCaption } from './uncredited-caption.js';
import { shareLabel, widgetLabel } from './widget-label.js';
import { wireEndMarker } from './wire-end-marker.js';

export type { LineContext, LineRule } from './rule.js';
export { TEASER_HEADER } from './teaser.js';
export { creditedWriters } from './reporting-credit.js';
export { isLiveUpdateMarker } from './live-update.js';

export const LINE_RULES: readonly LineRule[] = [
  titleRepeated,
  skipLink,
  byline,
  dateline,
  sharePrompt,
  shareLabel,
  widgetLabel,
  liveBlogControl,
  navigationRow,
  postNavigation,
  cookieNotice,
  subscribePrompt,
  supportAppeal,
  commentWidget,
  relatedHeader,
  relatedHeadline,
  topicTags,
  teaserHeader,
  backToTop,
  readMore,
  clickHere,
  inlineLink,
  carouselCounter,
  imageCredit,
  creditedCaption,
  callLetterCaption,
  captionAboveCredit,
  galleryCaption,
  promoBox,
  advertisement,
  copyright,
  appPromo,
  tipPrompt,
  contactFooter,
  marketNote,
  profileCount,
  opinionDisclaimer,
  editorNote,
  reportingCredit,
  productionCredit,
  translationCredit,
  republicationCredit,
  sourceCredit,
  wireEndMarker,
  newsletterIntro,
  newsletterFooter,
  newsletterSignature,
  authorBioHeader,
  authorBioUnderHeader,
  authorBio,
  knownAuthorBio,
  authorContact,
  teaserPair,
  sentenceCaseTeaser,
  teaserItem,
  repeatedLine,
  uncreditedCaption,
];

/** The end-of-article reasons used on HTML blocks, where menus and tag lists are cut by the DOM passes already. */
export const HTML_END_OF_ARTICLE_REASONS: ReadonlySet<string> = new Set([
  'subscribe-prompt', 'related-links', 'comment-widget', 'back-to-top', 'copyright', 'teaser', 'author-bio', 'newsletter-footer',
]);

/** Reasons that mark the end of an article: two different ones close together start the page's tail. */
export const END_OF_ARTICLE_REASONS: ReadonlySet<string> = new Set([
  'subscribe-prompt', 'related-links', 'comment-widget', 'back-to-top', 'copyright', 'teaser', 'author-bio', 'newsletter-footer',
  'tags', 'reporting-credit', 'navigation', 'app-promo', 'tip-prompt', 'disclaimer', 'page-footer',
]);
