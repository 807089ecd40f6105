// "at 4:10 a.m." with no day: the day the text last named before it ("on the night of April 16 ... at 4:10 a.m."),
// not the publication day. A morning hour after a night or an evening falls on the next day.
import { addDays, formatDay, parseIsoDate } from '../calendar.js';
import type { TimeRefiner } from '../types.js';

// Farther back than this, or past a paragraph break, the earlier day is likely another thread of the story.
const MAX_ANTECEDENT_DISTANCE = 300;
// Anchored to a day the text gave, the time is likely right; left on the publication day, it is a guess.
const ANCHORED_CONFIDENCE = 0.7;
const UNANCHORED_CONFIDENCE = 0.5;
// Hours before noon after "the night of" or "the evening of" belong to the next morning.
const NOON = 12;

export const bareTimeRefiner: TimeRefiner = {
  name: 'bare-time',
  refine(candidates, context) {
    const sorted = [...candidates].sort((a, b) => a.start - b.start);
    return sorted.map((c, i) => {
      if (!c.dayImplied) return c;
      for (let j = i - 1; j >= 0; j--) {
        const prev = sorted[j]!;
        if (c.start - prev.end > MAX_ANTECEDENT_DISTANCE || context.text.slice(prev.end, c.start).includes('\n\n')) break;
        const day = prev.dayImplied ? null : parseIsoDate(prev.value);
        if (!day) continue;
        const hour = Number(/T(\d{2})/.exec(c.value)?.[1] ?? NOON);
        const overnight = /T(?:NI|EV)$/.test(prev.value) && hour < NOON;
        const anchored = prev.range && overnight ? parseIsoDate(prev.range.end)! : overnight ? addDays(day, 1) : day;
        return {
          ...c,
          value: formatDay(anchored) + c.value.slice(10),
          confidence: ANCHORED_CONFIDENCE,
          notes: [...c.notes, `day from "${prev.text}"`],
        };
      }
      return { ...c, confidence: UNANCHORED_CONFIDENCE, notes: [...c.notes, 'no day named before: publication day'] };
    });
  },
};
