// Name keys: a spelling-light key for proper names that survives a change of script, so a report in Russian about
// "Кеттлер" and "Гравна" meets English reports about Kettler and Gravna. A key is the first letters of the name in
// Latin letters; inflected endings ("Кестрии" for Kestria) fall outside it.
import type { Mention } from '../core/records.js';

// Five letters tell most names apart ("kettl", "gravn", "marov") while staying short of case endings.
export const NAME_KEY_LETTERS = 5;

// Cyrillic letters in Latin, close to how Western outlets spell such names (х as h: "Drenholm", "Helena").
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'i', є: 'e', ґ: 'g', ў: 'u',
};

/** A name word in plain Latin letters: accents dropped, Cyrillic transliterated, anything else removed. */
export function latinLetters(word: string): string {
  const lower = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  for (const ch of lower) out += CYRILLIC[ch] ?? (/[a-z]/.test(ch) ? ch : '');
  // w/v and y/i are the usual disagreements between spellings of one name ("Sarrow" / "Сарроу" is the w/u case).
  return out.replace(/w/g, 'v').replace(/y/g, 'i');
}

/** The key of one name word, or null when it is too short to tell names apart. */
export function nameKey(word: string): string | null {
  const letters = latinLetters(word);
  return letters.length >= NAME_KEY_LETTERS ? letters.slice(0, NAME_KEY_LETTERS) : null;
}

const LETTER = /\p{L}/u;

/** Whether most letters of a text are outside the Latin script (by code point: this runs on every segment). */
export function mostlyNonLatin(text: string): boolean {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c < 0x250) || (c >= 0x1e00 && c < 0x1f00)) latin++;
    else if (c >= 0x370 && LETTER.test(text[i]!)) other++;
  }
  return other > latin;
}

const WORD = /\p{L}+/gu;
const SENTENCE_END = /[.!?…:;—–]\s*$/u;

/**
 * Name keys of a segment. In Latin script: the words of the names found by the language stage. In another script
 * (where those names are not found): capitalised words that do not open a sentence.
 */
export function segmentNameKeys(text: string, mentions: readonly Mention[], start: number, end: number): Set<string> {
  const keys = new Set<string>();
  if (mostlyNonLatin(text)) {
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      if (word[0] === word[0]!.toLowerCase() || word === word.toUpperCase()) continue;
      const before = text.slice(Math.max(0, match.index - 3), match.index);
      if (match.index === 0 || SENTENCE_END.test(before) || /\n\s*$/.test(before)) continue;
      const key = nameKey(word);
      if (key) keys.add(key);
    }
    return keys;
  }
  for (const mention of mentions) {
    if (mention.start < start || mention.end > end || mention.type === 'other') continue;
    for (const match of mention.text.matchAll(WORD)) {
      const key = nameKey(match[0]);
      if (key) keys.add(key);
    }
  }
  return keys;
}
