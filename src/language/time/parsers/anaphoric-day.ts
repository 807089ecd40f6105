// "the same day", "the day before", "the next day", "that day": a day counted from the last date the text named.
// The parser fills in the reference date; the anaphoric-day refiner moves it to the date the text last gave.
import { addDays, formatDay } from '../calendar.js';
import type { TimeParser } from '../types.js';

// These point back to a date mentioned earlier, which the refiner usually finds.
const ANAPHORIC_CONFIDENCE = 0.6;

export const ANAPHORIC_OFFSETS: Record<string, number> = {
  'the same day': 0, 'that day': 0, 'that same day': 0, 'the day before': -1, 'the previous day': -1, 'the day earlier': -1,
  'a day earlier': -1, 'the next day': 1, 'the following day': 1, 'the day after': 1, 'a day later': 1,
  'the day': 0,
};

export const anaphoricDayParser: TimeParser = {
  name: 'anaphoric-day',
  // Bare "the day" only after on/for/during/in ("ending the day down", "later in the day"), and never before a clause
  // or a gerund ("the day after falling", "the day when", "the day of the vote").
  pattern:
    /\b(?:the same day|that (?:same )?day|the day (?:before|after|earlier)|the (?:previous|next|following) day|a day (?:earlier|later)|(?<=\b(?:on|for|during|in|ending|ended|end)\s)the day)\b(?!['’]s|\s+(?:of|when|that|which|before|after|[a-z]+ing)\b)/gi,
  extract(match, context) {
    const offset = ANAPHORIC_OFFSETS[match[0].toLowerCase().replace(/\s+/g, ' ')] ?? 0;
    return {
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      value: formatDay(addDays(context.ref, offset)),
      granularity: 'day',
      confidence: ANAPHORIC_CONFIDENCE,
    };
  },
};
