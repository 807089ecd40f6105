// Figures in a sentence ("more than 12,000 protesters", "$45 million reconstruction fund"): what was counted,
// how many, and the interval the wording allows, so that "12,000" and "more than 12,000" can be compared.
import { contentTerms, STOP_WORDS } from '../group/text.js';
import { clauses } from './clauses.js';
import { SYNTHESIS_SETTINGS } from './settings.js';

/** A closed or open interval of values a figure's wording allows. */
export interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/** A figure found in a sentence: what was counted, and how many. */
export interface Figure {
  /** Grouping key: the counted noun, roughly singular ("resident"), or "$:" + what the money is for. */
  key: string;
  /** The noun as written ("residents"), shown as the conflict topic. */
  topic: string;
  value: number;
  sentence: string;
  /** The qualifier as written ("more than", "about"), null for a bare figure. */
  qualifier: string | null;
  interval: Interval;
  /** The figure as written, qualifier to noun ("more than 12,000 protesters"). */
  phrase: string;
  /** Stemmed content words next to the figure: what it counts ("evacuat", "home"). */
  context: string[];
  /** Stemmed content words of the clause holding the figure, the counted noun left out. */
  clause: string[];
  /** A total the sentence takes a part of ("2,500 of the 3,100 workers"): a different quantity from the part. */
  total: boolean;
  /** Other figures of the same counted thing in the same sentence: its clause cannot tell them apart. */
  siblings: number;
}

const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SPELLED: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};
// Durations and dates are not counts of things; "3 days" and "5 days" in two reports is no contradiction.
const NOT_COUNTED: ReadonlySet<string> = new Set([
  'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'time', 'percent', 'per', 'am', 'pm',
]);
// Plural nouns that do not end in -s.
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  people: 'person', children: 'child', men: 'man', women: 'woman', police: 'police', staff: 'staff', cattle: 'cattle',
};
// Looks at most this many words past the number for the counted noun ("1,200 Harlow Bend residents").
const MAX_NOUN_DISTANCE = 3;
// A four-digit number in this range without a currency sign is a year ("2024 floods"), not a count.
const YEAR_RANGE: readonly [number, number] = [1800, 2100];
// Bare figures of at least this size are usually rounded ("12,000" stands for 11,500 to 12,500).
const ROUNDED_FROM = 100;

type QualifierKind = 'approx' | 'above' | 'atLeast' | 'below' | 'atMost' | 'nearly' | 'justOver';
// Phrases before a number that bound it, longest first so "no more than" wins over "more than".
const QUALIFIERS: readonly [string, QualifierKind][] = (
  [
    ['no fewer than', 'atLeast'], ['no less than', 'atLeast'], ['no more than', 'atMost'], ['a minimum of', 'atLeast'],
    ['a maximum of', 'atMost'], ['in excess of', 'above'], ['as many as', 'atMost'], ['as much as', 'atMost'],
    ['an estimated', 'approx'], ['more than', 'above'], ['fewer than', 'below'], ['less than', 'below'],
    ['upwards of', 'above'], ['at least', 'atLeast'], ['at most', 'atMost'], ['close to', 'nearly'],
    ['just under', 'nearly'], ['just over', 'justOver'], ['just above', 'justOver'], ['up to', 'atMost'],
    ['about', 'approx'], ['around', 'approx'], ['approximately', 'approx'], ['roughly', 'approx'], ['some', 'approx'],
    ['estimated', 'approx'], ['over', 'above'], ['above', 'above'], ['under', 'below'], ['below', 'below'],
    ['nearly', 'nearly'], ['almost', 'nearly'],
  ] as [string, QualifierKind][]
).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

// Qualifiers that are also prepositions ("over", "under") bound a figure only before written digits of this size or more.
const PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'under', 'above', 'below']);
const MIN_PREPOSITION_QUALIFIED = 10;

const TOKEN = /[$€£]|\d[\d,]*(?:\.\d+)?|[\p{L}][\p{L}'’-]*|[^\s]/gu;

/** Rough singular of a plural noun, or null when the word does not look plural. */
export function singular(word: string): string | null {
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular !== undefined) return irregular;
  if (word.length < 3 || !word.endsWith('s') || /(?:ss|us|is)$/.test(word)) return null;
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (/(?:ses|xes|zes|ches|shes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

const isWord = (t: string | undefined): t is string => t !== undefined && /^\p{L}/u.test(t);

function parseNumber(token: string): number | null {
  if (/^\d/.test(token)) {
    const value = Number(token.replace(/,/g, ''));
    return Number.isFinite(value) ? value : null;
  }
  return SPELLED[token.toLowerCase()] ?? null;
}

/** Half the unit a bare figure is rounded to: 12,000 -> 500, 3,400 -> 50, 37 -> 0. */
function roundingHalfUnit(value: number): number {
  if (value < ROUNDED_FROM || !Number.isInteger(value)) return 0;
  let unit = 1;
  while (value % (unit * 10) === 0) unit *= 10;
  return unit >= 10 ? unit / 2 : 0;
}

/** The values a figure's wording allows. */
export function intervalOf(value: number, kind: QualifierKind | null): Interval {
  const { approximateMargin, nearlyMargin } = SYNTHESIS_SETTINGS.figures;
  // A bound on a rounded figure is as rounded as the figure: "more than 12,000" may be 11,800 counted loosely.
  const slack = roundingHalfUnit(value);
  const closed = (low: number, high: number): Interval => ({ low, high, lowOpen: false, highOpen: false });
  switch (kind) {
    case 'approx': {
      const margin = Math.max(value * approximateMargin, roundingHalfUnit(value));
      return closed(value - margin, value + margin);
    }
    case 'above':
      return { low: value - slack, high: Infinity, lowOpen: true, highOpen: false };
    case 'atLeast':
      return closed(value - slack, Infinity);
    case 'below':
      return { low: 0, high: value + slack, lowOpen: false, highOpen: true };
    case 'atMost':
      return closed(0, value + slack);
    case 'nearly':
      return { low: value * (1 - nearlyMargin), high: value, lowOpen: false, highOpen: true };
    case 'justOver':
      return { low: value, high: value * (1 + nearlyMargin), lowOpen: true, highOpen: false };
    default: {
      const half = roundingHalfUnit(value);
      return { low: value - half, high: value + half, lowOpen: false, highOpen: half > 0 };
    }
  }
}

/** Two intervals share at least one value. */
export function overlaps(a: Interval, b: Interval): boolean {
  if (a.low > b.high || b.low > a.high) return false;
  if (a.low === b.high) return !a.lowOpen && !b.highOpen;
  if (b.low === a.high) return !b.lowOpen && !a.highOpen;
  return true;
}

export function sameInterval(a: Interval, b: Interval): boolean {
  return a.low === b.low && a.high === b.high && a.lowOpen === b.lowOpen && a.highOpen === b.highOpen;
}

const formatValue = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : Infinity).toLocaleString('en-US');

/** The interval in words: "11,500 to 12,500", "above 12,000", "at most 12,000", "exactly 12". */
export function describeInterval(i: Interval): string {
  if (i.high === Infinity) return `${i.lowOpen ? 'above' : 'at least'} ${formatValue(i.low)}`;
  if (i.low === 0) return `${i.highOpen ? 'below' : 'at most'} ${formatValue(i.high)}`;
  if (i.low === i.high) return `exactly ${formatValue(i.low)}`;
  return `${formatValue(i.low)} to ${formatValue(i.high)}`;
}

function qualifierBefore(tokens: readonly string[], at: number): { phrase: string; kind: QualifierKind; length: number } | null {
  for (const [phrase, kind] of QUALIFIERS) {
    const parts = phrase.split(' ');
    const start = at - parts.length;
    if (start < 0) continue;
    if (parts.every((p, k) => tokens[start + k]!.toLowerCase() === p)) return { phrase: tokens.slice(start, at).join(' '), kind, length: parts.length };
  }
  return null;
}

// "of the", "out of", "of its": the figure that follows is the whole a part is taken from.
const TOTAL_BEFORE = /\b(?:of the|out of|of its|of their|of all)$/iu;
const contextOf = (tokens: readonly string[]) => contentTerms(tokens.filter(isWord).join(' '));
const ownTerms = (topic: string, qualifier: string | undefined) => new Set(contentTerms(`${topic} ${qualifier ?? ''}`));

/** Every "<number> <noun>" and "$<amount> <what>" figure in one sentence. */
export function findFigures(sentence: string): Figure[] {
  const tokens = sentence.match(TOKEN) ?? [];
  const { contextWords } = SYNTHESIS_SETTINGS.figures;
  const figures: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const money = /^[$€£]$/.test(tokens[i - 1] ?? '');
    let value = parseNumber(tokens[i]!);
    if (value === null) continue;
    const isDigits = /^\d+$/.test(tokens[i]!);
    if (!money && isDigits && value >= YEAR_RANGE[0] && value <= YEAR_RANGE[1]) continue;
    // "a dozen", "a hundred": the article belongs to the number.
    const article = !money && /^(?:dozen|hundred)$/i.test(tokens[i]!) && /^an?$/i.test(tokens[i - 1] ?? '');
    const numberStart = money ? i - 1 : article ? i - 1 : i;
    let qualifier = qualifierBefore(tokens, numberStart);
    // "a strike over eight cranes": a preposition before a small spelled-out number qualifies nothing.
    if (qualifier && PREPOSITIONS.has(qualifier.phrase.toLowerCase()) && (value < MIN_PREPOSITION_QUALIFIED || !/^\d/.test(tokens[i]!))) qualifier = null;
    const phraseStart = numberStart - (qualifier?.length ?? 0);
    let j = i + 1;
    const scale = SCALES[tokens[j]?.toLowerCase() ?? ''];
    if (scale !== undefined) {
      value *= scale;
      j++;
    }
    const following: string[] = [];
    for (let k = j; k < tokens.length && following.length < MAX_NOUN_DISTANCE && isWord(tokens[k]); k++) {
      following.push(tokens[k]!);
    }
    const clause = clauses(sentence).find((c) => c.includes(tokens[i]!)) ?? sentence;
    const make = (key: string, topic: string, nounEnd: number): Figure => ({
      key, topic, value, sentence,
      qualifier: qualifier?.phrase ?? null,
      interval: intervalOf(value, qualifier?.kind ?? null),
      phrase: tokens.slice(phraseStart, nounEnd).join(' ').replace(/([$€£]) /g, '$1'),
      context: [
        ...contextOf(tokens.slice(Math.max(0, phraseStart - 2), phraseStart)),
        ...contextOf(tokens.slice(nounEnd, nounEnd + contextWords)),
      ],
      // The counted noun and the qualifier are the figure itself, not what surrounds it.
      clause: [...new Set(contentTerms(clause))].filter((t) => !ownTerms(topic, qualifier?.phrase).has(t)),
      total: TOTAL_BEFORE.test(tokens.slice(Math.max(0, phraseStart - 3), phraseStart).join(' ')),
      siblings: 0,
    });
    if (money) {
      // "$45 million reconstruction fund", "$4.5 billion in aid": what the money is for names the figure.
      const lower = following.map((w) => w.toLowerCase());
      const stop = lower.findIndex((w) => STOP_WORDS.has(w));
      let what = lower.slice(0, stop < 0 ? lower.length : stop).slice(0, 2);
      let end = j + what.length;
      if (what.length === 0 && ['in', 'for', 'of'].includes(lower[0] ?? '') && lower[1] && !STOP_WORDS.has(lower[1])) {
        what = [lower[1]];
        end = j + 2;
      }
      const topic = what.length > 0 ? what.join(' ') : 'money';
      figures.push(make(`$:${topic}`, topic, end));
      continue;
    }
    // The counted thing is the first plural noun after the number, before any function word.
    for (const [n, word] of following.entries()) {
      const lower = word.toLowerCase();
      if (STOP_WORDS.has(lower)) break;
      const key = singular(lower);
      if (key === null) continue;
      if (!NOT_COUNTED.has(key)) figures.push(make(key, lower, j + n + 1));
      break;
    }
  }
  for (const f of figures) f.siblings = figures.filter((g) => g !== f && g.key === f.key).length;
  return figures;
}

// Words of context two figures must share to count the same thing; one shared verb ("rose") is too common,
// unless that word is a good part of both contexts ("3 lorries" of certificates vs 42 lorries over certificates is not).
const MIN_SHARED_CONTEXT = 2;
const MIN_CONTEXT_JACCARD = 0.25;
// Or the clauses around the two figures say the same thing in other words ("forced 1,200 residents from their
// homes in Harlow Bend as the Maren burst its banks" / "3,400 residents of Harlow Bend fled as the Maren ...").
const MIN_CLAUSE_JACCARD = 0.2;

/**
 * Two figures count the same thing: the same noun, and their clauses largely the same, or two words of near
 * context in common, or one word that is a quarter of both near contexts; figures with no context match.
 */
export function sameQuantity(a: Figure, b: Figure): boolean {
  if (a.key !== b.key || a.total !== b.total) return false;
  // Two figures of one sentence count two things ("4 percent on profits above 200 million, raising 650 million").
  if (a.sentence === b.sentence) return false;
  if (a.siblings === 0 && b.siblings === 0 && jaccardOf(a.clause, b.clause) >= MIN_CLAUSE_JACCARD) return true;
  const mine = new Set(a.context);
  const other = new Set(b.context);
  if (mine.size === 0 || other.size === 0) return mine.size === other.size;
  const shared = [...mine].filter((term) => other.has(term)).length;
  return shared >= MIN_SHARED_CONTEXT || (shared > 0 && shared / (mine.size + other.size - shared) >= MIN_CONTEXT_JACCARD);
}

function jaccardOf(a: readonly string[], b: readonly string[]): number {
  const x = new Set(a);
  const y = new Set(b);
  const shared = [...x].filter((t) => y.has(t)).length;
  return shared === 0 ? 0 : shared / (x.size + y.size - shared);
}

/** Qualifiers that only hedge a figure ("about"); the others bound it ("more than", "up to"). */
export function onlyHedged(figure: Figure): boolean {
  return figure.qualifier === null || intervalKind(figure.qualifier) === 'approx';
}

function intervalKind(qualifier: string): QualifierKind | null {
  const lower = qualifier.toLowerCase();
  return QUALIFIERS.find(([phrase]) => phrase === lower)?.[1] ?? null;
}
