// Time expressions resolved against a document's published date, as TIMEX3-style values.
export { resolveTimeExpressions, resolveWith } from './resolve.js';

export type { Granularity, TimeModifier, TimeExpression, TimeCandidate, TimeParser, TimeRecogniser, TimeRefiner } from './types.js';
export { RECOGNISERS, PATTERN_PARSERS, fromPattern } from './parsers/index.js';
export { REFINERS } from './refiners/index.js';
export { chronoRecogniser } from './parsers/chrono-dates.js';
export { longestSpanRefiner } from './refiners/longest-span.js';
export { clauseTense, type Tense } from './tense.js';
export { estimatePublishedDate } from './published-date.js';

export { findTimeExpressions, referenceDay } from './findings.js';
export { narrowRange } from './refiners/modifier.js';
export { dateLabel, type Labelled, type LabelPrecision } from './label.js';
