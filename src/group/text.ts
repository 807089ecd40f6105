// Word-level text helpers shared by grouping and synthesis: tokens, stop words, a rough stemmer.

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const POSSESSIVE = /['’]s$/u;

/** Lowercased words in order, with typographic apostrophes unified and possessive 's dropped. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(WORD)) {
    out.push(match[0].replace(/’/g, "'").replace(POSSESSIVE, ''));
  }
  return out;
}

// Function words and news boilerplate ("said", "told") that appear in every article and say nothing about its topic.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself ' +
    'his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them themselves then there these they this ' +
    'those through to too under until up very was we were what when where which while who whom why will with would you your ' +
    'yours yourself yourselves said says say told according added mr ms mrs dr would could may might must shall one two new ' +
    'last first week year years day days monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow ' +
    "don't can't won't it's that's"
  ).split(/\s+/),
);

// Suffixes stripped by the rough stemmer, longest first; a stem must keep at least MIN_STEM letters.
// Enough to meet "evacuated"/"evacuation" and "homes"/"home" without a real morphological analyser.
const SUFFIXES: readonly [string, string][] = [
  ['ational', 'ate'],
  ['ations', ''],
  ['ation', ''],
  ['ating', ''],
  ['ated', ''],
  ['ates', ''],
  ['ate', ''],
  ['ments', ''],
  ['ment', ''],
  ['ness', ''],
  ['ings', ''],
  ['ing', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['ers', ''],
  ['er', ''],
  ['ed', ''],
  ['ly', ''],
];
// Shorter stems conflate unrelated words ("need" -> "ne").
const MIN_STEM = 3;

export function stem(word: string): string {
  let w = word;
  // Plurals first, so "workers" reaches "work" via "worker".
  if (/(?:ss|us|is)$/.test(w)) {
    // "class", "status", "crisis": the s is part of the word.
  } else if (/(?:sses|xes|zes|ches|shes)$/.test(w) && w.length - 2 >= MIN_STEM) {
    w = w.slice(0, -2);
  } else if (w.endsWith('s') && !w.endsWith('ies') && w.length - 1 >= MIN_STEM) {
    w = w.slice(0, -1);
  }
  for (const [suffix, replacement] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) {
      return w.slice(0, -suffix.length) + replacement;
    }
  }
  return w;
}

// Bare numbers say little about topic (and differ between reports of the same story).
const NUMBER = /^\d[\d.,]*$/;

/** Topic terms: words without stop words or bare numbers, stemmed. */
export function contentTerms(text: string): string[] {
  return contentTermsOf(words(text));
}

/** Topic terms of words already split by `words`. */
export function contentTermsOf(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of tokens) {
    if (word.length < 2 || STOP_WORDS.has(word) || NUMBER.test(word)) continue;
    out.push(stem(word));
  }
  return out;
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}
