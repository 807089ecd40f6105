// A picture caption that ends in its credit: "Pilots at the north mole. Photograph: Ivo Renn/The Mercury",
// "The depot as planned (Image: Northline Rail)". Body sentences do not end by naming a photographer.
import type { LineRule } from './rule.js';

const TRAILING_CREDIT =
  /(?:^|[.!?]\s+|\s[–—-]\s|\s\(|\s)(?:photo(?:graph)?|image|picture|pictured|illustration)s?(?:\s+credit)?\s*(?::|by\b)\s*[^.!?:]{2,80}\)?\s*$/i;
// Captions are a sentence or two; a longer line is more likely prose that mentions a photo.
const MAX_CAPTION_LENGTH = 260;

export const creditedCaption: LineRule = {
  name: 'credited-caption',
  reason: 'caption',
  matches: (line) => line.length <= MAX_CAPTION_LENGTH && TRAILING_CREDIT.test(line.trim()),
};
