// Conflicting figures: documents of one event giving different numbers for the same counted thing.
import type { AnalyzedDocument, EventGroup } from '../core/records.js';
import { compareDocuments } from '../group/order.js';
import { STOP_WORDS } from '../group/text.js';
import { sentences } from './sentences.js';

export interface Conflict {
  topic: string;
  statements: { text: string; documentId: string }[];
}

/** A figure found in a sentence: what was counted, and how many. */
export interface Figure {
  /** Grouping key: the counted noun, roughly singular ("resident"), or "$:" + what the money is for. */
  key: string;
  /** The noun as written ("residents"), shown as the conflict topic. */
  topic: string;
  value: number;
  sentence: string;
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

/** Every "<number> <noun>" and "$<amount> <what>" figure in one sentence. */
export function findFigures(sentence: string): Figure[] {
  const tokens = sentence.match(TOKEN) ?? [];
  const figures: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const money = /^[$€£]$/.test(tokens[i - 1] ?? '');
    let value = parseNumber(tokens[i]!);
    if (value === null) continue;
    const isDigits = /^\d+$/.test(tokens[i]!);
    if (!money && isDigits && value >= YEAR_RANGE[0] && value <= YEAR_RANGE[1]) continue;
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
    if (money) {
      // "$45 million reconstruction fund", "$4.5 billion in aid": what the money is for names the figure.
      const lower = following.map((w) => w.toLowerCase());
      const stop = lower.findIndex((w) => STOP_WORDS.has(w));
      let what = lower.slice(0, stop < 0 ? lower.length : stop).slice(0, 2);
      if (what.length === 0 && ['in', 'for', 'of'].includes(lower[0] ?? '') && lower[1] && !STOP_WORDS.has(lower[1])) {
        what = [lower[1]];
      }
      const topic = what.length > 0 ? what.join(' ') : 'money';
      figures.push({ key: `$:${topic}`, topic, value, sentence });
      continue;
    }
    // The counted thing is the first plural noun after the number, before any function word.
    for (const word of following) {
      const lower = word.toLowerCase();
      if (STOP_WORDS.has(lower)) break;
      const key = singular(lower);
      if (key === null) continue;
      if (!NOT_COUNTED.has(key)) figures.push({ key, topic: lower, value, sentence });
      break;
    }
  }
  return figures;
}

/** Two documents share no value for a figure: each gives a number the other does not. */
function disagree(values: ReadonlyMap<string, ReadonlySet<number>>): boolean {
  const sets = [...values.values()];
  return sets.some((a, i) => sets.slice(i + 1).some((b) => ![...a].some((v) => b.has(v))));
}

/**
 * Conflicting figures per event (counts rise between events, so figures are compared within one event).
 * Copies of an article repeat its figures and are left out.
 */
export function findConflicts(
  events: readonly EventGroup[],
  docs: ReadonlyMap<string, AnalyzedDocument>,
  duplicateIds: ReadonlySet<string>,
): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const event of events) {
    const eventDocs = event.documentIds
      .map((id) => docs.get(id))
      .filter((doc): doc is AnalyzedDocument => doc !== undefined && !duplicateIds.has(doc.id))
      .sort(compareDocuments);
    type Entry = { topics: string[]; values: Map<string, Set<number>>; figures: [string, Figure][] };
    const byKey = new Map<string, Entry>();
    for (const doc of eventDocs) {
      for (const sentence of sentences(doc.text)) {
        for (const figure of findFigures(sentence)) {
          const entry: Entry = byKey.get(figure.key) ?? { topics: [], values: new Map(), figures: [] };
          entry.topics.push(figure.topic);
          entry.values.set(doc.id, (entry.values.get(doc.id) ?? new Set()).add(figure.value));
          entry.figures.push([doc.id, figure]);
          byKey.set(figure.key, entry);
        }
      }
    }
    for (const entry of byKey.values()) {
      if (entry.values.size < 2 || !disagree(entry.values)) continue;
      // One statement per document and value: who said which number.
      const seen = new Set<string>();
      const statements: Conflict['statements'] = [];
      for (const [documentId, figure] of entry.figures) {
        const key = `${documentId}\u0000${figure.value}`;
        if (seen.has(key)) continue;
        seen.add(key);
        statements.push({ text: figure.sentence, documentId });
      }
      conflicts.push({ topic: mostFrequent(entry.topics), statements });
    }
  }
  return conflicts;
}

function mostFrequent(items: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  let best = items[0] ?? '';
  for (const [item, count] of counts) if (count > counts.get(best)!) best = item;
  return best;
}
