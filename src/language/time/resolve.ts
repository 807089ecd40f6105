// The resolver: every recogniser over the text, then the refiners in order.
import { parseIsoDate } from './calendar.js';
import { RECOGNISERS } from './parsers/index.js';
import { REFINERS } from './refiners/index.js';
import type { TimeCandidate, TimeContext, TimeExpression, TimeRecogniser, TimeRefiner } from './types.js';

/** Every date expression in `text`, resolved against `referenceDate` (ISO, the published date). */
export function resolveTimeExpressions(text: string, referenceDate: string): TimeExpression[] {
  return resolveWith(text, referenceDate, RECOGNISERS, REFINERS).map(
    ({ text: t, start, end, value, range, granularity, confidence, mod }) => ({
      text: t, start, end, value, ...(range ? { range } : {}), granularity, confidence, ...(mod ? { mod } : {}),
    }),
  );
}

/** The pipeline with any recognisers and refiners (benchmarks use it for baselines and ablations). */
export function resolveWith(
  text: string,
  referenceDate: string,
  recognisers: readonly TimeRecogniser[],
  refiners: readonly TimeRefiner[],
): TimeCandidate[] {
  const ref = parseIsoDate(referenceDate);
  if (!ref) throw new Error(`reference date is not an ISO date: '${referenceDate}'`);
  const context: TimeContext = { text, ref };
  let candidates: TimeCandidate[] = recognisers.flatMap((r) =>
    r.find(context).map((f) => ({ ...f, source: r.name, notes: [] as string[] })),
  );
  for (const refiner of refiners) candidates = refiner.refine(candidates, context);
  return candidates.sort((a, b) => a.start - b.start);
}
