// "since June", "since 2016", "since Friday": the expression becomes a range from that time to the reference date.
import { formatDay } from '../calendar.js';
import type { TimeRefiner } from '../types.js';

const SINCE_BEFORE = /\b(since|ever since)\s+$/i;

export const sinceRangeRefiner: TimeRefiner = {
  name: 'since-range',
  refine(candidates, context) {
    return candidates.map((c) => {
      const before = context.text.slice(Math.max(0, c.start - 12), c.start);
      const m = SINCE_BEFORE.exec(before);
      if (!m || c.value.endsWith('_REF')) return c;
      const from = c.range?.start ?? (/^\d{4}-\d{2}-\d{2}/.test(c.value) ? c.value.slice(0, 10) : null);
      if (!from) return c;
      const start = c.start - (before.length - m.index);
      return {
        ...c,
        text: context.text.slice(start, c.end),
        start,
        range: { start: from, end: formatDay(context.ref) },
        granularity: 'range',
        notes: [...c.notes, 'since: range runs to the reference date'],
      };
    });
  },
};
