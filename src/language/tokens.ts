// Word tokens with offsets, keeping initials ("K."), dotted acronyms ("U.S.") and place abbreviations ("St. Louis") whole.

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Abbreviations that open a place name keep their period, so the name stays one span ("St. Louis", "Mt. Kenya").
const TOKEN = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s)|(?:St|Mt|Ft)\.(?=\s+\p{Lu})|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Dotted acronym or all-capital word of two or more letters ("U.N.", "NATO"). */
export function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.){2,}$/u.test(word) || /^\p{Lu}{2,}$/u.test(word);
}
