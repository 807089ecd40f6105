// Calendar arithmetic on plain dates (no clock, no time zone): what TIMEX3 values are made of.

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

const DAY_MS = 86_400_000;

export function parseIsoDate(iso: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month) ? d : null;
}

function toEpochDay(d: CalendarDate): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
}

function fromEpochDay(n: number): CalendarDate {
  const t = new Date(n * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(d) + days);
}

export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: CalendarDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Shifts by whole months, keeping the day where the target month has it. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDay(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(d: CalendarDate): { year: number; week: number } {
  const thursday = addDays(d, 3 - ((weekday(d) + 6) % 7));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

export function formatWeek(d: CalendarDate): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Monday of the ISO week holding `d`. */
export function weekStart(d: CalendarDate): CalendarDate {
  return addDays(d, -((weekday(d) + 6) % 7));
}

export function monthRange(year: number, month: number): { start: string; end: string } {
  return {
    start: formatDay({ year, month, day: 1 }),
    end: formatDay({ year, month, day: daysInMonth(year, month) }),
  };
}

export function yearRange(year: number): { start: string; end: string } {
  return { start: `${pad(year, 4)}-01-01`, end: `${pad(year, 4)}-12-31` };
}

export function quarterRange(year: number, quarter: number): { start: string; end: string } {
  const first = (quarter - 1) * 3 + 1;
  return { start: monthRange(year, first).start, end: monthRange(year, first + 2).end };
}

export function weekRange(d: CalendarDate): { start: string; end: string } {
  const monday = weekStart(d);
  return { start: formatDay(monday), end: formatDay(addDays(monday, 6)) };
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** Northern-hemisphere meteorological seasons; a winter runs from December of its year to February of the next. */
export function seasonRange(year: number, season: string): { start: string; end: string } | undefined {
  switch (season) {
    case 'SP': return { start: monthRange(year, 3).start, end: monthRange(year, 5).end };
    case 'SU': return { start: monthRange(year, 6).start, end: monthRange(year, 8).end };
    case 'FA': return { start: monthRange(year, 9).start, end: monthRange(year, 11).end };
    case 'WI': return { start: monthRange(year, 12).start, end: monthRange(year + 1, 2).end };
    default: return undefined;
  }
}
