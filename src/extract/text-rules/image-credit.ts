// Photo and image credit lines: "Photo: Jane Doe/Reuters", "Image credit: AFP", "(Photo by ...)".
import { shortLine, type LineRule } from './rule.js';

const CREDIT =
  /^\(?(photo|photograph|photographer|photography|image|picture|illustration|graphic|video|file photo|credit)s?( credit| source| caption)?\s*(:|by\b|\/|©|-|,)|^(media|video) caption\s*[,:]/i;
// Credit lines are short; a caption sentence describing the picture runs longer.
const MAX_CREDIT_LENGTH = 160;

export const imageCredit: LineRule = {
  name: 'image-credit',
  reason: 'image-credit',
  matches: (line) => shortLine(line, new RegExp(`${CREDIT.source}.*$`, 'i'), MAX_CREDIT_LENGTH),
};
