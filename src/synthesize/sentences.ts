// A small sentence splitter for synthesis (the language stage's splitter may replace it later).

// Words that end with a full stop without ending the sentence.
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'col', 'capt', 'lt', 'sgt', 'sen', 'rep', 'gov', 'rev',
  'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'approx', 'dept', 'est', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m',
]);

// End punctuation, any closing quotes or brackets, whitespace, then something that can open a sentence.
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;

function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  const bare = word.replace(/\.$/, '').toLowerCase();
  // A single capital is an initial ("Maria K. Ostrova").
  return ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word.replace(/\.$/, ''));
}

/** Sentences of a text, paragraph by paragraph, trimmed. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n|\r?\n/)) {
    let start = 0;
    for (const match of paragraph.matchAll(BOUNDARY)) {
      const endPunctuation = match.index + match[1]!.length;
      if (match[1] === '.' && endsWithAbbreviation(paragraph.slice(start, endPunctuation))) continue;
      const end = endPunctuation + match[2]!.length;
      const sentence = paragraph.slice(start, end).trim();
      if (sentence) out.push(sentence);
      start = end + match[3]!.length;
    }
    const rest = paragraph.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}
