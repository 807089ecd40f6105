// A translated or reprinted article's credits: "Translated by Petr Holub", "Translation: Ana Ruiz",
// "Originally published in Czech in Podhuri Voice on 11 November 2026.", "First published by the Lakeside Star".
import { shortLine, wordCount, type LineRule } from './rule.js';

const TRANSLATED_BY = /^(translated( from (the )?[\p{L}-]+)?( into [\p{L}-]+)? by|translation( from [\p{L}-]+)?\s*(by|:))\s+\S.*$/iu;
const REPRINTED = /^(originally|first) (published|appeared|printed|broadcast)( in [\p{L}-]+)? (in|on|by)\s+\S/iu;
// A credit is a short line, never a paragraph of prose.
const MAX_CREDIT_WORDS = 30;

/** The translator's credit: metadata wherever it stands, so never the headline or the body. */
export const translationCredit: LineRule = {
  name: 'translation-credit',
  reason: 'credit',
  matches: (line) => shortLine(line, TRANSLATED_BY, 120) && !/[!?]$/.test(line.trim()),
};

export const republicationCredit: LineRule = {
  name: 'republication-credit',
  reason: 'reporting-credit',
  matches: (line, ctx) => ctx.proseBefore > 0 && wordCount(line) <= MAX_CREDIT_WORDS && REPRINTED.test(line.trim()),
};
