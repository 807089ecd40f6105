// Language of a text as an ISO 639-1 code, via tinyld.
import { detect } from 'tinyld';

// Below this many letters the guess is noise.
export const MIN_LETTERS_FOR_LANGUAGE = 40;

export function detectLanguage(text: string): string | null {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_LETTERS_FOR_LANGUAGE) return null;
  const code = detect(text);
  return code ? code : null;
}
