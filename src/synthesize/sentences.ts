// Synthesis reads sentences with the language stage's splitter, so that one set of abbreviation rules serves all.
import { splitSentences } from '../language/sentences.js';

/** Sentences of a text, trimmed, in order. */
export function sentences(text: string): string[] {
  return splitSentences(text)
    .map((s) => s.text.trim())
    .filter((s) => s !== '');
}
