// A month or day named without a year ("in October", "June 10") takes the reference year, moved a year back when
// a past clause would otherwise put it in the future, and a year on when a future clause would put it in the past.
import { daysBetween, formatDay, formatMonth, monthRange, type CalendarDate } from '../calendar.js';
import { clauseTense } from '../tense.js';
import type { TimeRefiner } from '../types.js';

// Reports often run a day or two behind events, and Wikinews-style creation times a day after: a date this close
// ahead of the reference in a past clause is still this year.
const PAST_SLACK_DAYS = 7;
// Likewise a future date this close behind the reference is a scheduling detail, not next year.
const FUTURE_SLACK_DAYS = 7;
const SINCE_BEFORE = /\bsince\s+$/i;

export const yearByTenseRefiner: TimeRefiner = {
  name: 'year-by-tense',
  refine(candidates, context) {
    return candidates.map((c) => {
      if (!c.yearImplied || !c.monthDay) return c;
      const { month, day } = c.monthDay;
      // "since June" looks back whatever the verb.
      const since = SINCE_BEFORE.test(context.text.slice(Math.max(0, c.start - 8), c.start));
      const tense = since ? 'past' : clauseTense(context.text, c.start, c.end);
      let year = context.ref.year;
      // A month alone is compared by its last day (past) or its first (future).
      const at = (y: number, edge: 'first' | 'last'): CalendarDate =>
        day > 0 ? { year: y, month, day } : { year: y, month, day: edge === 'first' ? 1 : Number(monthRange(y, month).end.slice(8)) };
      if (tense === 'past' && daysBetween(context.ref, at(year, 'first')) > PAST_SLACK_DAYS) year -= 1;
      else if (tense === 'future' && daysBetween(at(year, 'last'), context.ref) > FUTURE_SLACK_DAYS) year += 1;
      const value = day > 0 ? formatDay({ year, month, day }) : formatMonth(year, month);
      const rest = c.value.length > 10 && day > 0 ? c.value.slice(10) : '';
      if (value + rest === c.value) return c;
      return {
        ...c,
        value: value + rest,
        ...(day === 0 ? { range: monthRange(year, month) } : {}),
        notes: [...c.notes, `year ${year} from ${tense} clause`],
      };
    });
  },
};
