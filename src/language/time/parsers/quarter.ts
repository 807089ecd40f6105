// "the third quarter of 2009", "the fourth quarter", "third-quarter", "Q2 2026", "the first half of this year".
import { quarterOf, quarterRange, monthRange } from '../calendar.js';
import { clauseTense } from '../tense.js';
import type { TimeParser } from '../types.js';
import { ORDINALS, yearFromRelative } from '../words.js';

// With a year the quarter is certain; without one the year comes from the tense of the clause.
const QUARTER_WITH_YEAR_CONFIDENCE = 0.95;
const QUARTER_NO_YEAR_CONFIDENCE = 0.7;

export const quarterParser: TimeParser = {
  name: 'quarter',
  pattern:
    /\b(?:(?:the\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-](quarter|half)|(Q[1-4])|(H[12]))(?:\s+(?:of\s+)?(this year|last year|next year|the current year|the previous year|(?:fiscal\s+)?(?:19|20)\d{2}))?\b/gi,
  extract(match, context) {
    let part: number;
    let half = false;
    if (match[3]) part = Number(match[3].slice(1));
    else if (match[4]) {
      part = Number(match[4].slice(1));
      half = true;
    } else {
      half = match[2]!.toLowerCase() === 'half';
      const ord = match[1]!.toLowerCase();
      part = ord === 'final' ? (half ? 2 : 4) : ORDINALS[ord]!;
      if (half && part > 2) return null;
    }
    const yearWord = match[5]?.replace(/^fiscal\s+/i, '');
    let year = yearFromRelative(yearWord, context.ref.year);
    let confidence = QUARTER_WITH_YEAR_CONFIDENCE;
    const refPart = half ? (context.ref.month <= 6 ? 1 : 2) : quarterOf(context.ref.month);
    if (year === undefined) {
      // Past clauses mean the latest such quarter already begun; future ones the next not yet over.
      const tense = clauseTense(context.text, match.index, match.index + match[0].length);
      year = context.ref.year;
      if (tense === 'past' && part > refPart) year -= 1;
      if (tense === 'future' && part < refPart) year += 1;
      confidence = QUARTER_NO_YEAR_CONFIDENCE;
    }
    const range = half ? { start: monthRange(year, part === 1 ? 1 : 7).start, end: monthRange(year, part === 1 ? 6 : 12).end } : quarterRange(year, part);
    return {
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      value: `${year}-${half ? 'H' : 'Q'}${part}`,
      range,
      granularity: 'quarter',
      confidence,
    };
  },
};
