// The line rules, in the order they are tried on each line.
import { advertisement } from './advertisement.js';
import { authorBio } from './author-bio.js';
import { backToTop } from './back-to-top.js';
import { byline } from './byline.js';
import { carouselCounter } from './carousel-counter.js';
import { commentWidget } from './comment-widget.js';
import { copyright } from './copyright.js';
import { creditedCaption } from './credited-caption.js';
import { dateline } from './dateline.js';
import { galleryCaption } from './gallery-caption.js';
import { imageCredit } from './image-credit.js';
import { inlineLink } from './inline-link.js';
import { newsletterFooter, newsletterIntro } from './newsletter-frame.js';
import { readMore } from './read-more.js';
import { relatedHeader } from './related-header.js';
import { relatedHeadline } from './related-headline.js';
import { repeatedLine } from './repeated-line.js';
import type { LineRule } from './rule.js';
import { sharePrompt } from './share-prompt.js';
import { skipLink } from './skip-link.js';
import { subscribePrompt } from './subscribe-prompt.js';
import { teaserHeader, teaserItem } from './teaser.js';
import { titleRepeated } from './title-repeated.js';

export type { LineContext, LineRule } from './rule.js';
export { TEASER_HEADER } from './teaser.js';

export const LINE_RULES: readonly LineRule[] = [
  titleRepeated,
  skipLink,
  byline,
  dateline,
  sharePrompt,
  subscribePrompt,
  commentWidget,
  relatedHeader,
  relatedHeadline,
  teaserHeader,
  backToTop,
  readMore,
  inlineLink,
  carouselCounter,
  imageCredit,
  creditedCaption,
  galleryCaption,
  advertisement,
  copyright,
  newsletterIntro,
  newsletterFooter,
  authorBio,
  teaserItem,
  repeatedLine,
];

/** Reasons that mark the end of an article: two different ones close together start the page's tail. */
export const END_OF_ARTICLE_REASONS: ReadonlySet<string> = new Set([
  'subscribe-prompt', 'related-links', 'comment-widget', 'back-to-top', 'copyright', 'teaser', 'author-bio', 'newsletter-footer',
]);
