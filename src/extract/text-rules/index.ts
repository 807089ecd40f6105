// The line rules, in the order they are tried on each line.
import { advertisement } from './advertisement.js';
import { backToTop } from './back-to-top.js';
import { byline } from './byline.js';
import { carouselCounter } from './carousel-counter.js';
import { commentWidget } from './comment-widget.js';
import { dateline } from './dateline.js';
import { imageCredit } from './image-credit.js';
import { readMore } from './read-more.js';
import { relatedHeader } from './related-header.js';
import { relatedHeadline } from './related-headline.js';
import type { LineRule } from './rule.js';
import { sharePrompt } from './share-prompt.js';
import { subscribePrompt } from './subscribe-prompt.js';
import { titleRepeated } from './title-repeated.js';

export type { LineContext, LineRule } from './rule.js';

export const LINE_RULES: readonly LineRule[] = [
  titleRepeated,
  byline,
  dateline,
  sharePrompt,
  subscribePrompt,
  commentWidget,
  relatedHeader,
  relatedHeadline,
  backToTop,
  readMore,
  carouselCounter,
  imageCredit,
  advertisement,
];
