// A published date estimated from an article's own text, for documents whose metadata gave none.
import * as chrono from 'chrono-node';
import { compareDates, formatDay, formatMonth, type CalendarDate } from './calendar.js';
import { clauseTense } from './tense.js';

// Lines that are page furniture, not the article: their dates (copyright years, cookie notices) say nothing.
const BOILERPLATE_LINE =
  /©|\bcopyright\b|all rights reserved|\bcookies?\b|privacy policy|terms of (?:use|service)|\bsubscribe\b|\bsign (?:in|up)\b|\bnewsletter sign|advertisement|share on|follow us|related (?:stories|articles)|read more|most read|\bslide \d+ of \d+/i;
// A label that names the date as the publication date.
const PUBLISHED_LABEL = /\b(?:published|posted|first published|date|dated|filed)\s*:?\s*(?:on\s+)?$/i;
const UPDATED_LABEL = /\b(?:updated|last updated|modified|last modified)\s*:?\s*(?:on\s+)?$/i;
// Near the top, a date on a short line is a byline or a dateline.
const HEADER_LINES = 15;
// What a byline or dateline line holds besides the date: a name, an outlet, a place ("Nadia Pell | June 10, 2026").
const HEADER_REST_CHARS = 60;

const LABELLED_CONFIDENCE = 0.95;
const UPDATED_CONFIDENCE = 0.8;
const HEADER_CONFIDENCE = 0.85;
// The latest date a past-tense sentence mentions: the article was written on or after it.
const LATEST_PAST_CONFIDENCE = 0.4;
// Only a month and year anywhere: the month is a guess at best.
const MONTH_ONLY_CONFIDENCE = 0.2;

interface Candidate {
  date: CalendarDate;
  score: number;
  order: number;
}

/** A line that is mostly the date, or a byline ("By …", "Name | date"), not a sentence that mentions one. */
function isHeaderLine(line: string, dateText: string): boolean {
  const rest = line.replace(dateText, '').trim();
  if (/^by\s/i.test(rest) || /[|·•]/.test(rest)) return true;
  return rest.length <= HEADER_REST_CHARS && !/[.!?]["”]?\s*$/.test(rest.replace(/\b[A-Z][a-z]{0,3}\.$/, ''));
}

/** The article's published date from its text alone (ISO day, or 'YYYY-MM' when only a month is known), or null. */
export function estimatePublishedDate(text: string): { date: string; confidence: number } | null {
  const lines = text.split(/\r?\n/);
  const candidates: Candidate[] = [];
  const months: CalendarDate[] = [];
  let lineNo = 0;
  let offset = 0;
  for (const line of lines) {
    const lineStart = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    lineNo++;
    if (BOILERPLATE_LINE.test(line)) continue;
    for (const r of chrono.strict.parse(line, new Date(2000, 0, 1, 12))) {
      const s = r.start;
      if (!s.isCertain('year') || !s.isCertain('month')) continue;
      const date = { year: s.get('year')!, month: s.get('month')!, day: s.get('day')! };
      if (!s.isCertain('day')) {
        months.push(date);
        continue;
      }
      const before = line.slice(0, r.index);
      let score = 0;
      if (PUBLISHED_LABEL.test(before)) score = LABELLED_CONFIDENCE;
      else if (UPDATED_LABEL.test(before)) score = UPDATED_CONFIDENCE;
      else if (lineNo <= HEADER_LINES && isHeaderLine(line, r.text)) score = HEADER_CONFIDENCE;
      else if (clauseTense(text, lineStart + r.index, lineStart + r.index + r.text.length) !== 'future') {
        score = LATEST_PAST_CONFIDENCE;
      }
      if (score > 0) candidates.push({ date, score, order: candidates.length });
    }
  }
  if (candidates.length > 0) {
    const best = Math.max(...candidates.map((c) => c.score));
    // A label or a byline: the first one is the article's own. Dates in past clauses: the latest, since an article
    // is written after what it reports.
    const tied = candidates.filter((c) => c.score === best);
    const top =
      best === LATEST_PAST_CONFIDENCE
        ? tied.sort((a, b) => compareDates(b.date, a.date))[0]!
        : tied.sort((a, b) => a.order - b.order)[0]!;
    return { date: formatDay(top.date), confidence: best };
  }
  if (months.length > 0) {
    const latest = months.sort((a, b) => compareDates(b, a))[0]!;
    return { date: formatMonth(latest.year, latest.month), confidence: MONTH_ONLY_CONFIDENCE };
  }
  return null;
}
