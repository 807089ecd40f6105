// A document's date expressions as the pipeline stores them: resolved against its published date, with the
// sentence each stands in, the tense of its clause, the days it covers and how sure the date is.
import type { TimeExpressionFinding } from '../../core/records.js';
import { splitSentences } from '../sentences.js';
import { daysInMonth, formatDay, parseIsoDate, type CalendarDate } from './calendar.js';
import { resolveTimeExpressions } from './resolve.js';
import { clauseTense } from './tense.js';
import type { TimeExpression } from './types.js';

// Below this confidence a date is a guess ("a few days", a bare season): shown as approximate.
const APPROXIMATE_BELOW = 0.6;
// A published date known only to the month ('2026-05', an estimate) is read as its middle day; dates counted
// from it ("on Friday", "last week") are then approximate.
const MONTH_ONLY_REFERENCE_DAY = 15;

/** The reference day of a published date as written ('2026-04-17T23:00:00-05:00' is 17 April), or null. */
export function referenceDay(published: string | null): { day: CalendarDate; monthOnly: boolean } | null {
  if (!published) return null;
  const day = parseIsoDate(published);
  if (day) return { day, monthOnly: false };
  const month = /^(\d{4})-(\d{2})$/.exec(published.trim());
  if (!month) return null;
  const year = Number(month[1]);
  const m = Number(month[2]);
  if (m < 1 || m > 12) return null;
  return { day: { year, month: m, day: Math.min(MONTH_ONLY_REFERENCE_DAY, daysInMonth(year, m)) }, monthOnly: true };
}

function precisionOf(e: TimeExpression): TimeExpressionFinding['precision'] {
  if (e.value.endsWith('_REF')) return 'reference';
  if (e.value.startsWith('P')) return e.range ? 'range' : 'duration';
  return e.granularity;
}

/** First and last day an expression covers. */
function daysOf(e: TimeExpression): { date: string | null; dateEnd: string | null } {
  if (e.range) return { date: e.range.start, dateEnd: e.range.end };
  const day = /^\d{4}-\d{2}-\d{2}/.exec(e.value)?.[0];
  return day ? { date: day, dateEnd: day } : { date: null, dateEnd: null };
}

/**
 * Every date expression of `text` (a document's clean text) resolved against `published`; [] when the document
 * has no published date, since relative dates ("on Friday") could then only be guessed.
 */
export function findTimeExpressions(text: string, published: string | null): TimeExpressionFinding[] {
  const reference = referenceDay(published);
  if (!reference) return [];
  const sentences = splitSentences(text);
  let s = 0;
  return resolveTimeExpressions(text, formatDay(reference.day)).map((e) => {
    while (s < sentences.length - 1 && sentences[s]!.end <= e.start) s++;
    const precision = precisionOf(e);
    const approximate =
      // "about 1:05 a.m. on April 17" is loose about the minute, not the day.
      (e.mod !== undefined && !(e.mod === 'APPROX' && precision === 'time')) ||
      e.confidence < APPROXIMATE_BELOW ||
      /-(?:SP|SU|FA|WI)$/.test(e.value) ||
      (reference.monthOnly && (precision === 'day' || precision === 'time' || precision === 'week'));
    return {
      text: e.text,
      start: e.start,
      end: e.end,
      value: e.value,
      ...daysOf(e),
      precision,
      ...(approximate ? { approximate: true } : {}),
      ...(e.mod ? { mod: e.mod } : {}),
      sentence: sentences.length > 0 ? s : 0,
      tense: clauseTense(text, e.start, e.end),
      confidence: e.confidence,
    };
  });
}
