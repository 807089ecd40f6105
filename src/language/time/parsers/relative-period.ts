// "last week", "this month", "next year", "the previous quarter", "this weekend", "earlier this month",
// "the end of last year": a calendar period counted from the reference date, with its range.
import {
  addDays, addMonths, formatDay, formatMonth, formatWeek, monthRange, quarterOf, quarterRange, weekRange, weekday,
  yearRange, type CalendarDate,
} from '../calendar.js';
import { clauseTense } from '../tense.js';
import type { Granularity, TimeParser } from '../types.js';

// A named period relative to today is rarely wrong; "the weekend" with no this/last/next leans on tense.
const PERIOD_CONFIDENCE = 0.9;
const BARE_WEEKEND_CONFIDENCE = 0.7;

type Unit = 'week' | 'weekend' | 'month' | 'quarter' | 'year';

export const relativePeriodParser: TimeParser = {
  name: 'relative-period',
  pattern:
    /\b(?:(earlier|later|early|late|(?:at\s+)?the\s+(?:end|start|beginning|middle)\s+of)\s+)?(this past|this coming|the past|the previous|the last|the coming|the next|the current|this|last|next|past|previous|coming|the)\s+(week|weekend|month|quarter|year)\b(?!-|\s+(?:of|ago|earlier|later|before|after)\b)/gi,
  extract(match, context) {
    const edge = match[1]?.toLowerCase().replace(/\s+/g, ' ');
    const which = match[2]!.toLowerCase();
    const unit = match[3]!.toLowerCase() as Unit;
    // Bare "the week/month/year" is a reference back to some other period unless framed ("the end of the year").
    if (which === 'the' && unit !== 'weekend' && !(edge && edge.includes('of'))) return null;
    // "the past year" in "over the past year" is a stretch of time, not the calendar year: handled as the unit before.
    let offset = /past|previous|last/.test(which) ? -1 : /next|coming/.test(which) ? 1 : 0;
    let confidence = PERIOD_CONFIDENCE;
    if (which === 'the' && unit === 'weekend') {
      const tense = clauseTense(context.text, match.index, match.index + match[0].length);
      offset = tense === 'future' ? 1 : 0;
      confidence = BARE_WEEKEND_CONFIDENCE;
    }
    const period = periodFor(context.ref, unit, offset, which === 'the' && unit === 'weekend');
    let range = period.range;
    // "earlier this month" runs from the period's start to today; "later this year" from today to its end.
    if (offset === 0 && (edge === 'earlier' || edge === 'later')) {
      range = edge === 'earlier' ? { start: range.start, end: formatDay(context.ref) } : { start: formatDay(context.ref), end: range.end };
    }
    return {
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      value: period.value,
      range,
      granularity: period.granularity,
      confidence,
    };
  },
};

function periodFor(
  ref: CalendarDate,
  unit: Unit,
  offset: number,
  bareWeekend: boolean,
): { value: string; range: { start: string; end: string }; granularity: Granularity } {
  switch (unit) {
    case 'week': {
      const anchor = addDays(ref, 7 * offset);
      return { value: formatWeek(anchor), range: weekRange(anchor), granularity: 'week' };
    }
    case 'weekend': {
      // A bare "the weekend" in the past is the one just gone (this one if today is Saturday or Sunday).
      let saturday = addDays(ref, 6 - weekday(ref));
      if (weekday(ref) === 0) saturday = addDays(ref, -1);
      if (bareWeekend && offset === 0 && weekday(ref) !== 6 && weekday(ref) !== 0) saturday = addDays(saturday, -7);
      // A bare "the weekend" ahead is the coming one; "next weekend" is the one after.
      else saturday = addDays(saturday, 7 * (bareWeekend ? 0 : offset));
      return {
        value: `${formatWeek(saturday)}-WE`,
        range: { start: formatDay(saturday), end: formatDay(addDays(saturday, 1)) },
        granularity: 'week',
      };
    }
    case 'month': {
      const m = addMonths(ref.year, ref.month, offset);
      return { value: formatMonth(m.year, m.month), range: monthRange(m.year, m.month), granularity: 'month' };
    }
    case 'quarter': {
      const q = addMonths(ref.year, (quarterOf(ref.month) - 1) * 3 + 1, 3 * offset);
      const quarter = quarterOf(q.month);
      return { value: `${q.year}-Q${quarter}`, range: quarterRange(q.year, quarter), granularity: 'quarter' };
    }
    case 'year': {
      const year = ref.year + offset;
      return { value: String(year), range: yearRange(year), granularity: 'year' };
    }
  }
}
