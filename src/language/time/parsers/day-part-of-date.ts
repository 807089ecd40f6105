// "the night of April 16 to 17", "the morning of 17 April", "on the evening of March 3, 2026": a part of a named day
// (chrono reads only the part of the day and loses the date).
import { formatDay } from '../calendar.js';
import type { TimeParser } from '../types.js';
import { DAY_PARTS, MONTH_PATTERN, monthNumber } from '../words.js';

// The day is written out; only its year may be implied.
const DAY_PART_CONFIDENCE = 0.9;
const SPAN = String.raw`(\d{1,2})(?:\s*(?:to|-|–|and)\s*(\d{1,2}))?`;

export const dayPartOfDateParser: TimeParser = {
  name: 'day-part-of-date',
  pattern: new RegExp(
    String.raw`\b(?:the\s+)?(morning|afternoon|evening|night)\s+of\s+(?:(${MONTH_PATTERN})\s+${SPAN}|${SPAN}\s+(${MONTH_PATTERN}))(?:,?\s+((?:19|20)\d{2}))?\b`,
    'gi',
  ),
  extract(match, context) {
    const part = DAY_PARTS[match[1]!.toLowerCase()]!;
    const month = monthNumber(match[2] ?? match[7]!);
    const first = Number(match[3] ?? match[5]);
    const last = Number(match[4] ?? match[6] ?? first);
    if (!month || first < 1 || first > 31 || last < first || last > 31) return null;
    const year = match[8] ? Number(match[8]) : context.ref.year;
    const day = formatDay({ year, month, day: first });
    return {
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      value: `${day}T${part}`,
      ...(last > first ? { range: { start: day, end: formatDay({ year, month, day: last }) } } : {}),
      granularity: 'time',
      confidence: DAY_PART_CONFIDENCE,
      ...(match[8] ? {} : { yearImplied: true, monthDay: { month, day: first } }),
    };
  },
};
