// "this past March", "last September", "next June", "this October": a named month counted from today.
import { monthRange, formatMonth } from '../calendar.js';
import type { TimeParser } from '../types.js';
import { MONTH_PATTERN, monthNumber } from '../words.js';

// The modifier fixes the year, so only the month name can be wrong.
const RELATIVE_MONTH_CONFIDENCE = 0.9;

/** "October of next year", "March last year": a month placed by a relative year after it. */
export const monthOfRelativeYearParser: TimeParser = {
  name: 'month-of-relative-year',
  pattern: new RegExp(`\\b(${MONTH_PATTERN})(?:\\s+of)?\\s+(this|last|next|the previous|the following|the coming) year\\b`, 'g'),
  extract(match, context) {
    const month = monthNumber(match[1]!);
    if (!month) return null;
    const which = match[2]!.toLowerCase();
    const year = context.ref.year + (/last|previous/.test(which) ? -1 : /next|following|coming/.test(which) ? 1 : 0);
    return {
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      value: formatMonth(year, month),
      range: monthRange(year, month),
      granularity: 'month',
      confidence: RELATIVE_MONTH_CONFIDENCE,
    };
  },
};

export const relativeMonthParser: TimeParser = {
  name: 'relative-month',
  pattern: new RegExp(`\\b([Tt]his past|[Tt]his coming|[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\\s+(${MONTH_PATTERN})(?![\\w-]|\\s+\\d)`, 'g'),
  extract(match, context) {
    const which = match[1]!.toLowerCase();
    const month = monthNumber(match[2]!);
    if (!month) return null;
    const { year: refYear, month: refMonth } = context.ref;
    let year = refYear;
    // "last March" said in March means a year ago; "next March" said in March means next year.
    if (which === 'last' || which === 'this past') year = month < refMonth ? refYear : refYear - 1;
    else if (which === 'next' || which === 'this coming' || which === 'coming') year = month > refMonth ? refYear : refYear + 1;
    return {
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      value: formatMonth(year, month),
      range: monthRange(year, month),
      granularity: 'month',
      confidence: RELATIVE_MONTH_CONFIDENCE,
    };
  },
};
