// "the same day", "the day before": anchored to the last day-precise date before them in the text, not to today.
import { addDays, parseIsoDate, formatDay } from '../calendar.js';
import { ANAPHORIC_OFFSETS } from '../parsers/anaphoric-day.js';
import type { TimeRefiner } from '../types.js';

// Farther back than this the earlier date is likely a different thread of the story.
const MAX_ANTECEDENT_DISTANCE = 600;

export const anaphoricDayRefiner: TimeRefiner = {
  name: 'anaphoric-day',
  refine(candidates) {
    const sorted = [...candidates].sort((a, b) => a.start - b.start);
    const out = sorted.map((c, i) => {
      if (c.source !== 'anaphoric-day') return c;
      for (let j = i - 1; j >= 0; j--) {
        const prev = sorted[j]!;
        if (c.start - prev.end > MAX_ANTECEDENT_DISTANCE) break;
        const day = prev.source === 'anaphoric-day' ? null : parseIsoDate(prev.value);
        if (!day || prev.end > c.start) continue;
        const offset = ANAPHORIC_OFFSETS[c.text.toLowerCase().replace(/\s+/g, ' ')] ?? 0;
        return { ...c, value: formatDay(addDays(day, offset)), notes: [...c.notes, `anchored to "${prev.text}"`] };
      }
      return c;
    });
    return out;
  },
};
