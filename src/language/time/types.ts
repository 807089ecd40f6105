// Shared shapes of the time stage: what recognisers produce and what refiners rewrite.
import type { CalendarDate } from './calendar.js';

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'time' | 'range';

export interface TimeExpression {
  text: string;
  start: number;
  end: number;
  /** ISO value like TIMEX3: '2026-03-13', '2026-03', '2026-W11', '2016', 'PRESENT_REF', or a range's start value. */
  value: string;
  range?: { start: string; end: string };
  granularity: Granularity;
  confidence: number;
  /** TIMEX3 modifier written before it: START ("early"), MID ("mid-"), END ("late", "the end of"), APPROX ("about"). */
  mod?: TimeModifier;
}

export type TimeModifier = 'START' | 'MID' | 'END' | 'APPROX';

/** A recognised expression before overlap resolution; `source` names the recogniser, `why` any refiner's change. */
export interface TimeCandidate extends TimeExpression {
  source: string;
  /** A month or day whose year the text did not give: refiners may move it by tense. */
  yearImplied?: boolean;
  /** For yearImplied candidates: the month and day (day 0 when only a month was named). */
  monthDay?: { month: number; day: number };
  /** A clock time with no day written ("at 4:10 a.m."): its day is the one the text last named, not always today. */
  dayImplied?: boolean;
  notes: string[];
}

export interface TimeContext {
  text: string;
  ref: CalendarDate;
}

/** What a recogniser reports; the pipeline adds `source` and `notes`. */
export type Found = Omit<TimeCandidate, 'source' | 'notes'>;

/** A recogniser written as a pattern over the text and a function turning one match into a candidate. */
export interface TimeParser {
  name: string;
  /** Must carry the g flag. */
  pattern: RegExp;
  extract(match: RegExpExecArray, context: TimeContext): Found | null;
}

/** Any recogniser: finds candidates in the whole text (chrono-node is one, pattern parsers are the others). */
export interface TimeRecogniser {
  name: string;
  find(context: TimeContext): Found[];
}

/** A refiner: rewrites or filters the candidate list; every change or removal says why in `notes`. */
export interface TimeRefiner {
  name: string;
  refine(candidates: TimeCandidate[], context: TimeContext): TimeCandidate[];
}
