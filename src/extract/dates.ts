// Date recognition for metadata and datelines. Returns ISO 8601 strings.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

// "March 3, 2024" / "Mar. 3 2024"
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
// "3 March 2024"
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, 'i');
// "2024 Mar 3": year first with a month name (citation metadata)
const YEAR_MONTH_DAY = new RegExp(`^(\\d{4})\\s+${MONTH_NAME}\\s+(\\d{1,2})$`, 'i');
// "2024-03-03", optionally with a time and zone
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// "2024/03/03"
const SLASHED_YMD = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;
// "14.03.2026": day, month, year with dots (the common European form; dots are never month-first).
const DOTTED_DMY = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, 3)] ?? 0;
}

/** Normalise a date as found in metadata or text to ISO 8601; null when no date is recognised. */
export function normalizeDate(value: string): string | null {
  const text = value.trim();
  if (ISO_LIKE.test(text)) return text.replace(' ', 'T');
  let m = MONTH_DAY_YEAR.exec(text);
  if (m) return isoDate(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return isoDate(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = YEAR_MONTH_DAY.exec(text);
  if (m) return isoDate(Number(m[1]), monthNumber(m[2]!), Number(m[3]));
  m = SLASHED_YMD.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DOTTED_DMY.exec(text);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}

// A dateline line holds a date and little else: "Published March 3, 2024 10:32 GMT", "Updated: 3 March 2024".
const DATELINE_FILLER = /\b[ap]\.m\.|\b(published|updated|posted|last updated|first published|modified|on|at|am|pm|gmt|utc|[a-z]{2,4}t|edt|est|bst|cet|ict|et|pt|ct|mt)\b|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|[|,:.\-–—()/•·]|\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b/gi;
// Page furniture that shares the date's line: "Updated 2 hours ago", "4 min read", "Reading time: 9 minutes".
const DATELINE_EXTRAS = /\b\d+\s*(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\b|\bjust now\b|\b\d+\s*-?\s*min(?:ute)?s?\.?(?:\s+read)?\b|\breading time\b|\bmin read\b/gi;

const everywhere = (re: RegExp): RegExp => new RegExp(re.source, 'gi');

/** The date of a line that is only a dateline, or null when the line carries other words. */
export function datelineDate(line: string): string | null {
  if (line.length > 80) return null;
  const date = normalizeDate(line);
  if (!date) return null;
  const rest = line
    // Every date on the line goes: "Aug 21, 2026 Updated Aug 22, 2026" is still only dates.
    .replace(everywhere(MONTH_DAY_YEAR), ' ')
    .replace(everywhere(DAY_MONTH_YEAR), ' ')
    .replace(everywhere(SLASHED_YMD), ' ')
    .replace(everywhere(DOTTED_DMY), ' ')
    .replace(/\d{4}-\d{2}-\d{2}\S*/, ' ')
    .replace(DATELINE_EXTRAS, ' ')
    .replace(DATELINE_FILLER, ' ')
    .trim();
  return rest === '' ? date : null;
}
