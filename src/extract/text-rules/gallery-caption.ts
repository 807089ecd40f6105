// The caption under a slide counter ("Slide 2 of 7" / "Pickets at the gates at dawn. (Ledger Photo Desk)"),
// and any caption that ends with a bracketed photo credit.
import { wordCount, type LineRule } from './rule.js';

// A gallery caption is one or two sentences.
const MAX_CAPTION_WORDS = 40;
// "(Calder Images)", "(Ledger Photo Desk)", "(Photo: AFP)", "(Reuters/Jane Doe)"
const CREDIT_TAIL = /\((?:photo:?\s*|picture:?\s*)?[\p{Lu}][\p{L}.&'’\s/-]{1,50}\b(images?|photos?|photography|pictures?|press|agency|desk|studio|staff|afp|reuters|ap|getty|epa)\)\s*$/iu;

export const galleryCaption: LineRule = {
  name: 'gallery-caption',
  reason: 'gallery-caption',
  matches: (line, ctx) =>
    wordCount(line) <= MAX_CAPTION_WORDS && (ctx.previousReason === 'carousel-counter' || CREDIT_TAIL.test(line)),
};
