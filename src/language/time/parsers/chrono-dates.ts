// Everything chrono-node finds (absolute dates, "yesterday", "three days later", times of day), turned into
// TIMEX3 values by which components the text made certain. Weekday-only results are left to the weekday parser.
import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { formatDay, formatMonth, yearRange, monthRange } from '../calendar.js';
import type { Found, TimeContext, TimeRecogniser } from '../types.js';
import { DAY_PARTS } from '../words.js';

// chrono's own confidence is implicit; these grade by how much the text said outright.
const FULL_DATE_CONFIDENCE = 0.95;
const IMPLIED_YEAR_CONFIDENCE = 0.8;
const RELATIVE_CONFIDENCE = 0.85;
// Month words that are also common English words: lowercase they are verbs or modal ("may", "march").
const LOWERCASE_MONTH_WORD = /^(?:may|march|sept?|mar|jan|jun|aug|oct|dec)\b/;

// "at 8", "from 14", "4 a": an hour with no minutes and no a.m./p.m. is a count or a score more often than a time.
const BARE_HOUR = /^(?:(?:at|from|by|to|until)\s+)?\d{1,2}(?:\s+[ap])?$/i;
// chrono reads these as times; in news they are not ("a second consecutive day", "later in the day", "in the S&P").
// "the day before/after" is left to the anaphoric-day parser, which anchors it to the text's last date.
const WORD_NOT_TIME = /^(?:(?:for|in|on)\s+)?(?:a second|the second|in the day|the day|the s)$|^in the [A-Z]$|^the day (?:before|after)\b/i;

// "two days after", "a month before", "after three days": counted from an event the text names, not from today.
const ANCHORED_ELSEWHERE = /\b(?:after|before|earlier|later)\s*$|^after\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s/i;
// "for two days" is a duration.
const FOR_DURATION = /^for\s+\S+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i;
// A lone "morning" or "night" ("every morning", "its best night") is not today's; "this morning" and "Friday night" are kept.
const BARE_DAY_PART = /^(?:morning|afternoon|evening|night)$/i;

export interface ChronoOptions {
  /** false: chrono's results as they are (the baseline); true: what the Dossier pipeline uses. */
  dossierFilters: boolean;
}

export function chronoRecogniser(options: ChronoOptions = { dossierFilters: true }): TimeRecogniser {
  return {
    name: 'chrono',
    find(context) {
      const instant = new Date(context.ref.year, context.ref.month - 1, context.ref.day, 12);
      const results = chrono.casual.parse(context.text, { instant }, { forwardDate: false });
      return results.flatMap((r) => {
        if (options.dossierFilters) {
          const known = [...certain(r.start)];
          const dayPart = [...r.tags()].some((t) => /^casualReference\/(?:morning|afternoon|evening|night|tonight)$/.test(t));
          if (!dayPart && known.every((c) => c === 'weekday' || c === 'timezoneOffset')) return [];
          if (BARE_HOUR.test(r.text) || WORD_NOT_TIME.test(r.text) || ANCHORED_ELSEWHERE.test(r.text)) return [];
          if (FOR_DURATION.test(r.text) || BARE_DAY_PART.test(r.text.trim())) return [];
          if (LOWERCASE_MONTH_WORD.test(r.text) && !r.start.isCertain('day') && !r.start.isCertain('year')) return [];
        }
        const found = toFound(r, context);
        return found ? [found] : [];
      });
    },
  };
}

function certain(c: ParsedComponents): Set<string> {
  return new Set((c as unknown as { getCertainComponents(): string[] }).getCertainComponents());
}

function toFound(r: ParsedResult, _context: TimeContext): Found | null {
  const s = r.start;
  const has = certain(s);
  const tags = r.tags();
  // chrono sometimes keeps the comma or semicolon after a date ("mid-June, or").
  const text = r.text.replace(/[\s,;:]+$/, '');
  const base = { text, start: r.index, end: r.index + text.length };
  if (tags.has('casualReference/now')) return { ...base, value: 'PRESENT_REF', granularity: 'range', confidence: 0.6 };
  const relative = tags.has('result/relativeDate');
  const y = s.get('year')!;
  const m = s.get('month')!;
  const d = s.get('day')!;
  const day = formatDay({ year: y, month: m, day: d });
  const yearImplied = !has.has('year') && !relative && !has.has('weekday');
  const confidence = relative ? RELATIVE_CONFIDENCE : yearImplied ? IMPLIED_YEAR_CONFIDENCE : FULL_DATE_CONFIDENCE;
  const range = r.end ? { start: formatDay(componentsDay(s)), end: formatDay(componentsDay(r.end)) } : undefined;
  const extra = yearImplied ? { yearImplied: true } : {};

  if (has.has('hour')) {
    const part = [...tags].map((t) => /^casualReference\/(\w+)$/.exec(t)?.[1]).find((p) => p && DAY_PARTS[p]);
    const hh = String(s.get('hour')).padStart(2, '0');
    const mm = String(s.get('minute') ?? 0).padStart(2, '0');
    const zone = has.has('timezoneOffset') && s.get('timezoneOffset') === 0 ? 'Z' : '';
    const value = part && !has.has('minute') ? `${day}T${DAY_PARTS[part]}` : `${day}T${hh}:${mm}${zone}`;
    const dayImplied = !has.has('day') && !has.has('weekday') && ![...tags].some((t) => t.startsWith('casualReference/'));
    return { ...base, value, granularity: 'time', confidence, ...(dayImplied && !relative ? { dayImplied: true } : {}), ...(range ? { range } : {}), ...(yearImplied ? { yearImplied: true, monthDay: { month: m, day: d } } : {}) };
  }
  const partTag = [...tags].map((t) => /^casualReference\/(\w+)$/.exec(t)?.[1]).find((p) => p && DAY_PARTS[p]);
  if (partTag) return { ...base, value: `${day}T${DAY_PARTS[partTag]}`, granularity: 'time', confidence };
  if (has.has('day') || has.has('weekday')) {
    return { ...base, value: day, granularity: range ? 'range' : 'day', confidence, ...(range ? { range } : {}), ...(yearImplied ? { ...extra, monthDay: { month: m, day: d } } : {}) };
  }
  if (has.has('month')) {
    return { ...base, value: formatMonth(y, m), range: range ?? monthRange(y, m), granularity: range ? 'range' : 'month', confidence, ...(yearImplied ? { ...extra, monthDay: { month: m, day: 0 } } : {}) };
  }
  if (has.has('year')) return { ...base, value: String(y), range: range ?? yearRange(y), granularity: 'year', confidence };
  return null;
}

function componentsDay(c: ParsedComponents): { year: number; month: number; day: number } {
  return { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! };
}
