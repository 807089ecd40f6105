// "the past nine days", "the next six months", "the last two years": a stretch counted back or on from today,
// valued as a TIMEX3 duration (P9D) with the range it covers.
import { addDays, addMonths, daysInMonth, formatDay } from '../calendar.js';
import type { TimeParser } from '../types.js';

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, several: 3, few: 3,
};
export const UNIT_CODE: Record<string, string> = { day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'Y' };
// "few"/"several" have no exact count: the range is a guess.
const EXACT_CONFIDENCE = 0.8;
const VAGUE_CONFIDENCE = 0.5;
// A duration's length is plain from the text.
const DURATION_CONFIDENCE = 0.8;

/** "for two days", "for 20 years": a bare duration, with no range (what it is counted from is not said). */
export const forDurationParser: TimeParser = {
  name: 'for-duration',
  pattern: /\bfor\s+(?:the\s+)?(?:(\d{1,3}|[a-z]+)\s+)?(?:more\s+)?(days?|weeks?|months?|years?|decades?)\b/gi,
  extract(match) {
    const unit = match[2]!.toLowerCase().replace(/s$/, '');
    // "for years": a count the text does not give (TIMEX3 writes it X).
    const plural = /s$/i.test(match[2]!);
    const word = (match[1] ?? (plural ? 'X' : 'a')).toLowerCase();
    const count = word === 'x' ? 'X' : /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
    if (!count) return null;
    return {
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      value: `P${unit === 'decade' && typeof count === 'number' ? count * 10 : count}${UNIT_CODE[unit]}`,
      granularity: 'range',
      confidence: DURATION_CONFIDENCE,
    };
  },
};

export const periodSpanParser: TimeParser = {
  name: 'period-span',
  // "in five months" counts back only after a superlative ("its highest level in five months").
  pattern: /\b(?:the\s+)?(past|last|previous|next|coming|following|(?<=\b(?:highest|lowest|strongest|weakest|best|worst|biggest|largest|first time|first)\b[^.!?\n]{0,40})in)\s+(\d{1,3}|a few|few|several|[a-z]+)\s+(days|weeks|months|years|decades)\b/gi,
  extract(match, context) {
    const countWord = match[2]!.toLowerCase().replace(/^a few$/, 'few');
    const count = /^\d+$/.test(countWord) ? Number(countWord) : NUMBER_WORDS[countWord];
    if (!count) return null;
    const unit = match[3]!.toLowerCase().replace(/s$/, '');
    const n = unit === 'decade' ? count * 10 : count;
    const back = /past|last|previous|in/i.test(match[1]!);
    const ref = context.ref;
    const days = unit === 'day' ? n : unit === 'week' ? n * 7 : 0;
    let other: string;
    if (days > 0) other = formatDay(addDays(ref, back ? -days : days));
    else {
      const m = addMonths(ref.year, ref.month, (unit === 'month' ? n : n * 12) * (back ? -1 : 1));
      other = formatDay({ year: m.year, month: m.month, day: Math.min(ref.day, daysInMonth(m.year, m.month)) });
    }
    const today = formatDay(ref);
    return {
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      value: `P${n}${UNIT_CODE[unit]}`,
      range: back ? { start: other, end: today } : { start: today, end: other },
      granularity: 'range',
      confidence: countWord === 'few' || countWord === 'several' ? VAGUE_CONFIDENCE : EXACT_CONFIDENCE,
    };
  },
};
