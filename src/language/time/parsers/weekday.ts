// "on Friday", "last Tuesday", "next Monday", "Thursday evening": a weekday resolved by the verb around it.
import { addDays, formatDay, weekday, type CalendarDate } from '../calendar.js';
import { clauseTense } from '../tense.js';
import type { TimeParser } from '../types.js';
import { DAY_PARTS, WEEKDAYS, WEEKDAY_PATTERN } from '../words.js';

// Named days that are holidays or events, not the weekday of the current week ("Black Monday", "Good Friday").
const NAMED_DAY_BEFORE = /\b(?:Black|Good|Super|Cyber|Ash|Easter|Palm|Holy|Maundy|Shrove|Blue|Bloody|Giving)\s$/;
// Confidence when the clause gives a tense, and when it does not (past is then assumed: news reports what happened).
const CUED_CONFIDENCE = 0.85;
const UNCUED_CONFIDENCE = 0.7;

export const weekdayParser: TimeParser = {
  name: 'weekday',
  pattern: new RegExp(
    `\\b(?:([Tt]his coming|[Tt]his past|[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\\s+)?(${WEEKDAY_PATTERN})(?!s\\b)\\b(?:\\s+(morning|afternoon|evening|night))?`,
    'g',
  ),
  extract(match, context) {
    const before = context.text.slice(Math.max(0, match.index - 12), match.index);
    if (NAMED_DAY_BEFORE.test(before)) return null;
    const modifier = match[1]?.toLowerCase();
    const target = WEEKDAYS[match[2]!.toLowerCase()]!;
    let direction: 'forward' | 'back' | 'forwardStrict' | 'backStrict';
    let confidence = CUED_CONFIDENCE;
    if (modifier === 'next' || modifier === 'this coming' || modifier === 'coming') direction = 'forwardStrict';
    else if (modifier === 'last' || modifier === 'this past' || modifier === 'past') direction = 'backStrict';
    else {
      const tense = clauseTense(context.text, match.index, match.index + match[0].length);
      direction = tense === 'future' ? 'forward' : 'back';
      if (tense === 'unknown') confidence = UNCUED_CONFIDENCE;
    }
    const day = resolveWeekday(context.ref, target, direction);
    const part = match[3] ? DAY_PARTS[match[3].toLowerCase()] : undefined;
    return {
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      value: part ? `${formatDay(day)}T${part}` : formatDay(day),
      granularity: part ? 'time' : 'day',
      confidence,
    };
  },
};

/** The weekday `target` seen from `ref`: on or after (forward), on or before (back), or strictly so. */
export function resolveWeekday(
  ref: CalendarDate,
  target: number,
  direction: 'forward' | 'back' | 'forwardStrict' | 'backStrict',
): CalendarDate {
  const today = weekday(ref);
  if (direction === 'forward' || direction === 'forwardStrict') {
    let ahead = (target - today + 7) % 7;
    if (ahead === 0 && direction === 'forwardStrict') ahead = 7;
    return addDays(ref, ahead);
  }
  let behind = (today - target + 7) % 7;
  if (behind === 0 && direction === 'backStrict') behind = 7;
  return addDays(ref, -behind);
}
