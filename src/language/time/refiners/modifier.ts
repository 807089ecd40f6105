// "early March", "mid-2025", "late last year", "the end of the month", "about two weeks ago": the TIMEX3 modifier
// (START, MID, END, APPROX) written before or at the head of an expression, and the part of its range it points to.
import { addDays, daysBetween, daysInMonth, formatDay, parseIsoDate } from '../calendar.js';
import type { TimeCandidate, TimeModifier, TimeRefiner } from '../types.js';

const MODIFIER = String.raw`early|mid|late|(?:at\s+)?the\s+(?:start|beginning|middle|end)\s+of|around|about|circa|approximately|roughly|some\s?time\s+(?:in|around)`;
// Right before the expression ("early March", "mid-June"): the refiner widens the span to take it in.
const MODIFIER_BEFORE = new RegExp(String.raw`\b(${MODIFIER})(?:\s+|-)$`, 'i');
// Already inside the span, where a recogniser read it ("late last year", "About two weeks ago", "mid-2025").
const MODIFIER_AT_HEAD = new RegExp(String.raw`^(${MODIFIER})(?:\s+|-)`, 'i');
// A range of at least this many whole months is cut into thirds by months (a year: Jan-Apr, May-Aug, Sep-Dec).
const MONTH_CUT_MIN = 3;

function modifierOf(word: string): TimeModifier {
  const w = word.toLowerCase();
  if (/^early|start|beginning/.test(w) || /\b(?:start|beginning)\b/.test(w)) return 'START';
  if (/^mid|middle/.test(w) || /\bmiddle\b/.test(w)) return 'MID';
  if (/^late|\bend\b/.test(w)) return 'END';
  return 'APPROX';
}

/** The third of `range` that START, MID or END points to; APPROX keeps the range. */
export function narrowRange(range: { start: string; end: string }, mod: TimeModifier): { start: string; end: string } {
  if (mod === 'APPROX') return range;
  const s = parseIsoDate(range.start);
  const e = parseIsoDate(range.end);
  if (!s || !e) return range;
  const months = e.year * 12 + e.month - (s.year * 12 + s.month) + 1;
  if (s.day === 1 && e.day === daysInMonth(e.year, e.month) && months >= MONTH_CUT_MIN) {
    const third = Math.round(months / 3);
    const at = (offset: number, last: boolean) => {
      const index = s.year * 12 + (s.month - 1) + offset;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      return formatDay({ year, month, day: last ? daysInMonth(year, month) : 1 });
    };
    if (mod === 'START') return { start: range.start, end: at(third - 1, true) };
    if (mod === 'END') return { start: at(months - third, false), end: range.end };
    return { start: at(third, false), end: at(months - third - 1, true) };
  }
  const days = daysBetween(s, e) + 1;
  const third = Math.floor(days / 3);
  if (third < 1) return range;
  if (mod === 'START') return { start: range.start, end: formatDay(addDays(s, third - 1)) };
  if (mod === 'END') return { start: formatDay(addDays(e, -(third - 1))), end: range.end };
  return { start: formatDay(addDays(s, third)), end: formatDay(addDays(e, -third)) };
}

export const modifierRefiner: TimeRefiner = {
  name: 'modifier',
  refine(candidates, context) {
    return candidates.map((c): TimeCandidate => {
      // Durations and present/past/future references have no calendar range to point into.
      if (c.value.startsWith('P') || c.value.endsWith('_REF')) return c;
      const before = MODIFIER_BEFORE.exec(context.text.slice(Math.max(0, c.start - 30), c.start));
      const head = MODIFIER_AT_HEAD.exec(c.text);
      const word = before?.[1] ?? head?.[1];
      if (!word) return c;
      const mod = modifierOf(word);
      const start = before ? c.start - before[0].length : c.start;
      const range = c.range && c.granularity !== 'day' && c.granularity !== 'time' ? narrowRange(c.range, mod) : c.range;
      return {
        ...c,
        start,
        text: context.text.slice(start, c.end),
        mod,
        ...(range ? { range } : {}),
        notes: [...c.notes, `${mod} from "${word}"${range !== c.range ? `: range ${range!.start}..${range!.end}` : ''}`],
      };
    });
  },
};
