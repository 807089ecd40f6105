// A picture caption that ends in its credit: "Pilots at the north mole. Photograph: Ivo Renn/The Mercury",
// "The depot as planned (Image: Northline Rail)". Body sentences do not end by naming a photographer.
import type { LineRule } from './rule.js';

const TRAILING_CREDIT =
  /(?:^|[.!?]\s+|\s[–—-]\s|\s?\(|\s)(?:photo(?:graph)?|image|picture|pictured|illustration|credit)s?(?:\s+credit)?\s*(?::|by\b)\s*[^.!?:]{2,80}\)?\s*$/i;
// Captions are a sentence or two; a longer line is more likely prose that mentions a photo.
const MAX_CAPTION_LENGTH = 260;

// "... last year's race. © Lowmoor Record", "... on Alder Crescent. Hannah Oduya / Riverglen Tribune":
// a sentence, then a copyright mark or a "Person / Outlet" credit.
const TRAILING_MARK = /[.!?]["”’]?\s+(?:©\s*[\p{Lu}][\p{L}\s&.'’-]{1,50}|[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}\s*\/\s*[\p{Lu}][\p{L}\s&.'’-]{1,40})$/u;
// "Water pours down Linden Avenue. (KQTV)", "... on Friday. (AP Photo/Ana Ruiz)": a finished sentence, then the
// station's or agency's call letters in parentheses. Prose ends an acronym's gloss with the stop after it: "(NATO)."
const TRAILING_CALL_LETTERS = /[.!?]["”’]?\s+\((?:[A-Z][A-Z0-9&-]{1,7})(?:\s+(?:photo|video|image)s?(?:\s*\/\s*[^()]{2,60})?)?\)$/i;
const MAX_CALL_LETTER_CAPTION_WORDS = 40;
// "[1/3] Miners leave the shaft..." : a gallery caption numbered by its slide.
const SLIDE_PREFIX = /^\[\d{1,3}\s*\/\s*\d{1,3}\]\s+\S/;

// A caption on its own line, its credit on the next: "The Harbour Fiddlers open the festival" / "Photographer: Lewis Armitt".
const CREDIT_LINE = /^(photographer|photo(graph)?s?|pictures?|images?|credit)\s*:\s*\S/i;
const MAX_CAPTION_WORDS = 40;

export const captionAboveCredit: LineRule = {
  name: 'caption-above-credit',
  reason: 'caption',
  matches: (line, ctx) =>
    ctx.plainText === true && !!ctx.next && CREDIT_LINE.test(ctx.next.trim()) && line.split(/\s+/).length <= MAX_CAPTION_WORDS,
};

export const callLetterCaption: LineRule = {
  name: 'call-letter-caption',
  reason: 'caption',
  // Scraped text only: on HTML pages captions sit in their own elements.
  matches: (line, ctx) =>
    ctx.plainText === true && line.split(/\s+/).length <= MAX_CALL_LETTER_CAPTION_WORDS && TRAILING_CALL_LETTERS.test(line.trim()) && /^[(]?[A-Z]/.test(line.trim()),
};

export const creditedCaption: LineRule = {
  name: 'credited-caption',
  reason: 'caption',
  matches: (line) => line.length <= MAX_CAPTION_LENGTH && (TRAILING_CREDIT.test(line.trim()) || TRAILING_MARK.test(line.trim()) || SLIDE_PREFIX.test(line.trim())),
};
