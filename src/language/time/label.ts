// Human labels for resolved dates: '10 Jan 2026', 'week of 9 Mar 2026', 'early March 2026', 'about Q3 2026'.
import { parseIsoDate } from './calendar.js';
import type { TimeModifier } from './types.js';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = MONTH_NAMES.map((m) => m.slice(0, 3));
const SEASON_NAMES: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const MOD_WORDS: Record<Exclude<TimeModifier, 'APPROX'>, string> = { START: 'early', MID: 'mid-', END: 'late' };

export type LabelPrecision = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'range';

export interface Labelled {
  /** First ISO day. */
  date: string;
  /** Last ISO day, or null for a single day. */
  end: string | null;
  precision: LabelPrecision;
  approximate?: boolean;
  mod?: TimeModifier;
  /** The TIMEX3 value, when known: names seasons ('2026-SP') and decades ('199'). */
  value?: string;
}

function day(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? `${d.day} ${SHORT_MONTHS[d.month - 1]} ${d.year}` : iso;
}

/** '10–14 Jan 2026', '28 Jan – 3 Feb 2026', '28 Dec 2025 – 3 Jan 2026'. */
function dayRange(start: string, end: string): string {
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  if (!a || !b) return `${start} – ${end}`;
  if (start === end) return day(start);
  if (a.year !== b.year) return `${day(start)} – ${day(end)}`;
  if (a.month !== b.month) return `${a.day} ${SHORT_MONTHS[a.month - 1]} – ${day(end)}`;
  return `${a.day}–${b.day} ${SHORT_MONTHS[a.month - 1]} ${a.year}`;
}

/** The unit's own name: 'March 2026', 'Q3 2026', '2026', 'spring 2026', 'the 1990s', or a day range. */
function unitName(t: Labelled): string {
  const d = parseIsoDate(t.date);
  const season = t.value ? /^(\d{4})-(SP|SU|FA|WI)$/.exec(t.value) : null;
  if (season) return `${SEASON_NAMES[season[2]!]} ${season[1]}`;
  if (t.value && /^\d{3}$/.test(t.value)) return `the ${t.value}0s`;
  if (!d) return t.date;
  switch (t.precision) {
    case 'day':
      return day(t.date);
    case 'week':
      return t.value?.endsWith('-WE') ? `weekend of ${day(t.date)}` : `week of ${day(t.date)}`;
    case 'month':
      return `${MONTH_NAMES[d.month - 1]} ${d.year}`;
    case 'quarter': {
      const half = t.value ? /^(\d{4})-H([12])$/.exec(t.value) : null;
      if (half) return `H${half[2]} ${half[1]}`;
      return `Q${Math.floor((d.month - 1) / 3) + 1} ${d.year}`;
    }
    case 'year':
      return String(d.year);
    case 'range':
      return dayRange(t.date, t.end ?? t.date);
  }
}

/**
 * A label that shows how certain the date is: "early"/"mid-"/"late" for a part of a month or year (its narrowed days
 * are in date/end), "about" for any other uncertain date.
 */
export function dateLabel(t: Labelled): string {
  const name = unitName(t);
  if (t.mod && t.mod !== 'APPROX' && t.precision !== 'day' && t.precision !== 'range') {
    const word = MOD_WORDS[t.mod];
    return word.endsWith('-') ? `${word}${name}` : `${word} ${name}`;
  }
  return t.approximate ? `about ${name}` : name;
}
