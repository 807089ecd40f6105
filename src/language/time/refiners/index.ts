// Refiners, applied in order to the candidates of all recognisers.
import { RECOGNISERS } from '../parsers/index.js';
import type { TimeRefiner } from '../types.js';
import { anaphoricDayRefiner } from './anaphoric-day.js';
import { bareTimeRefiner } from './bare-time.js';
import { longestSpanRefiner } from './longest-span.js';
import { modifierRefiner } from './modifier.js';
import { sinceRangeRefiner } from './since-range.js';
import { yearByTenseRefiner } from './year-by-tense.js';

export const REFINERS: readonly TimeRefiner[] = [
  longestSpanRefiner(RECOGNISERS.map((r) => r.name)),
  yearByTenseRefiner,
  anaphoricDayRefiner,
  bareTimeRefiner,
  modifierRefiner,
  sinceRangeRefiner,
];
