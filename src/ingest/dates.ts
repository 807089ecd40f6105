// Normalises the date strings found in front matter, records and feeds to ISO 8601.
// Each recogniser handles one written form; none falls back to Date.parse, whose output varies by engine.

export interface DateRecogniser {
  name: string;
  /** ISO 8601 text when the input is in this recogniser's form and names a real date, else null. */
  recognise(text: string): string | null;
}

// Years outside this window in a news date are typos or epoch mix-ups, not publication dates.
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

// RFC 822 / 2822 zone names still common in RSS pubDate, in minutes east of UTC.
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  CET: 60, CEST: 120, BST: 60, MSK: 180,
};

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function dateOnly(year: number, month: number, day: number): string | null {
  return isRealDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** A UTC instant from local wall time and a zone offset in minutes; null when any field is out of range. */
function instant(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offsetMinutes: number): string | null {
  if (!isRealDate(year, month, day) || hour > 24 || minute > 59 || second > 60) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), ms) - offsetMinutes * 60_000;
  return new Date(utc).toISOString();
}

function parseOffset(zone: string | undefined): number | null {
  if (zone === undefined || zone === '') return null;
  const upper = zone.toUpperCase();
  if (upper in ZONES) return ZONES[upper]!;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

function expandYear(text: string): number {
  const year = Number(text);
  // RFC 822 two-digit years: 00-49 are 20xx, 50-99 are 19xx (RFC 2822 section 4.3).
  if (text.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  return year;
}

const isoDate: DateRecogniser = {
  name: 'iso-date',
  recognise(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    return m ? dateOnly(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  },
};

const isoDateTime: DateRecogniser = {
  name: 'iso-date-time',
  recognise(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
    if (!m) return null;
    const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
    const second = m[6] ? Number(m[6]) : 0;
    const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
    const offset = parseOffset(m[8]);
    if (offset === null) {
      // No zone written: keep the wall time as given rather than invent one.
      if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
      return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
    }
    return instant(year, month, day, hour, minute, second, ms, offset);
  },
};

const rfc822: DateRecogniser = {
  name: 'rfc-822',
  recognise(text) {
    const m = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,4})?)?$/.exec(text);
    if (!m) return null;
    const month = MONTHS[m[2]!.toLowerCase()];
    if (!month) return null;
    const year = expandYear(m[3]!);
    const day = Number(m[1]);
    if (m[4] === undefined) return dateOnly(year, month, day);
    // RSS requires a zone; when one is missing or unknown, UTC is the least surprising reading.
    const offset = parseOffset(m[7]) ?? 0;
    return instant(year, month, day, Number(m[4]), Number(m[5]), m[6] ? Number(m[6]) : 0, 0, offset);
  },
};

const monthNameFirst: DateRecogniser = {
  name: 'month-day-year',
  recognise(text) {
    const m = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
    if (!m) return null;
    const month = MONTHS[m[1]!.toLowerCase()];
    return month ? dateOnly(Number(m[3]), month, Number(m[2])) : null;
  },
};

const dayMonthName: DateRecogniser = {
  name: 'day-month-year',
  recognise(text) {
    const m = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(text);
    if (!m) return null;
    const month = MONTHS[m[2]!.toLowerCase()];
    return month ? dateOnly(Number(m[3]), month, Number(m[1])) : null;
  },
};

const slashedYearFirst: DateRecogniser = {
  name: 'year-slash-month-slash-day',
  recognise(text) {
    // Only year-first is unambiguous; 03/05/2024 could be March or May and is left alone.
    const m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
    return m ? dateOnly(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  },
};

const unixEpoch: DateRecogniser = {
  name: 'unix-epoch',
  recognise(text) {
    // Ten digits are seconds (2001-2286), thirteen are milliseconds; anything else is not an epoch.
    if (/^\d{10}$/.test(text)) return new Date(Number(text) * 1000).toISOString();
    if (/^\d{13}$/.test(text)) return new Date(Number(text)).toISOString();
    return null;
  },
};

export const DATE_RECOGNISERS: readonly DateRecogniser[] = [
  isoDate,
  isoDateTime,
  rfc822,
  monthNameFirst,
  dayMonthName,
  slashedYearFirst,
  unixEpoch,
];

/** ISO 8601 for a date string, Date or epoch number; undefined when it is not a recognisable date. */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value === 'number') return Number.isFinite(value) ? normaliseDate(String(Math.trunc(value))) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/\s+/g, ' ');
  if (text === '') return undefined;
  for (const recogniser of DATE_RECOGNISERS) {
    const iso = recogniser.recognise(text);
    if (iso) return iso;
  }
  return undefined;
}
