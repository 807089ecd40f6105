// Customer reviews, star ratings and review widgets, applied on product pages only (see product-page.ts):
// elsewhere a "review" block is often the text itself (a film review, a directory of rated firms).
import { REVIEWS_PROTECTED_SHARE } from '../html-settings.js';
import { attributeRule } from './rule.js';

// Plural names and widget vendors: a list of customer reviews.
const REVIEW_LIST = /reviews|ratings|yotpo|trustpilot|bazaarvoice|okendo|judgeme|reviewsio|powerreviews|feefo/;

export const reviews = attributeRule('reviews', 'reviews', REVIEW_LIST, REVIEWS_PROTECTED_SHARE);

// Singular names too ("review-card", "rating-stars"): also used as anchors of an article's own sections, so only
// the precise pass applies them, where the loose pass can still recover such an article.
export const reviewItems = attributeRule('review-items', 'reviews', new RegExp(`${REVIEW_LIST.source}|review|rating`), REVIEWS_PROTECTED_SHARE);
