// The recognisers, in priority order: on equal spans the earlier one wins (see the longest-span refiner).
import type { TimeParser, TimeRecogniser } from '../types.js';
import { anaphoricDayParser } from './anaphoric-day.js';
import { bareYearParser, decadeParser } from './bare-year.js';
import { chronoRecogniser } from './chrono-dates.js';
import { dayPartOfDateParser } from './day-part-of-date.js';
import { forDurationParser, periodSpanParser } from './period-span.js';
import { quarterParser } from './quarter.js';
import { referenceWordsParser } from './reference-words.js';
import { monthOfRelativeYearParser, relativeMonthParser } from './relative-month.js';
import { relativePeriodParser } from './relative-period.js';
import { seasonParser } from './season.js';
import { weekdayParser } from './weekday.js';

/** Runs a pattern parser over the whole text. */
export function fromPattern(parser: TimeParser): TimeRecogniser {
  return {
    name: parser.name,
    find(context) {
      const pattern = new RegExp(parser.pattern.source, parser.pattern.flags.includes('g') ? parser.pattern.flags : parser.pattern.flags + 'g');
      const out = [];
      for (let m = pattern.exec(context.text); m; m = pattern.exec(context.text)) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        const found = parser.extract(m, context);
        if (found) out.push(found);
      }
      return out;
    },
  };
}

export const PATTERN_PARSERS: readonly TimeParser[] = [
  dayPartOfDateParser,
  periodSpanParser,
  forDurationParser,
  relativePeriodParser,
  monthOfRelativeYearParser,
  relativeMonthParser,
  quarterParser,
  weekdayParser,
  anaphoricDayParser,
  seasonParser,
  decadeParser,
  referenceWordsParser,
  bareYearParser,
];

export const RECOGNISERS: readonly TimeRecogniser[] = [...PATTERN_PARSERS.map(fromPattern), chronoRecogniser()];
