// "this spring", "last autumn", "the summer of 2016", "in the fall": TIMEX3 season values (SP, SU, FA, WI).
import { seasonRange } from '../calendar.js';
import { clauseTense } from '../tense.js';
import type { TimeParser } from '../types.js';

const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
// Northern-hemisphere seasons by month; a winter is named by the year it starts in (December 2025 - February 2026 is
// 2025-WI), so within one season-year the order is spring, summer, autumn, winter.
const SEASON_OF_MONTH = ['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'];
const ORDER = ['SP', 'SU', 'FA', 'WI'];
const SEASON_CONFIDENCE = 0.75;
// A bare season word is as often a topic as a time ("spring collection" was filtered, not all are).
const BARE_SEASON_CONFIDENCE = 0.5;

export const seasonParser: TimeParser = {
  name: 'season',
  pattern:
    /\b(?:(this|last|next|this past|this coming|the|early|late|in|during)\s+)?(spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?((?:19|20)\d{2}))?/gi,
  extract(match, context) {
    const modifier = match[1]?.toLowerCase();
    const name = match[2]!.toLowerCase();
    // "fall" is mostly a verb; as a season it needs a determiner or a year.
    if (name === 'fall' && !match[3] && !/^(?:this|last|next|the|this past|this coming)$/.test(modifier ?? '')) return null;
    // A season used as a modifier or a name is not a date ("Arab Spring", "summer jobs").
    if (!modifier && !match[3] && /^\s+[a-z]/.test(context.text.slice(match.index + match[0].length, match.index + match[0].length + 3))) return null;
    if (/\bArab\s$/.test(context.text.slice(Math.max(0, match.index - 5), match.index))) return null;
    const season = SEASONS[name]!;
    let year = match[3] ? Number(match[3]) : context.ref.month <= 2 ? context.ref.year - 1 : context.ref.year;
    if (!match[3]) {
      const here = ORDER.indexOf(SEASON_OF_MONTH[context.ref.month - 1]!);
      const there = ORDER.indexOf(season);
      if (modifier === 'last' || modifier === 'this past') year = there < here ? year : year - 1;
      else if (modifier === 'next' || modifier === 'this coming') year = there > here ? year : year + 1;
      else {
        const tense = clauseTense(context.text, match.index, match.index + match[0].length);
        if (tense === 'past' && there > here) year -= 1;
        if (tense === 'future' && there < here) year += 1;
      }
    }
    return {
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      value: `${year}-${season}`,
      range: seasonRange(year, season)!,
      granularity: 'range',
      confidence: modifier || match[3] ? SEASON_CONFIDENCE : BARE_SEASON_CONFIDENCE,
    };
  },
};
