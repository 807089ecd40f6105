// Standing notes an outlet prints around an article: the opinion disclaimer ("The views expressed in this article
// are the author's own"), the update or correction note ("This story has been updated to include...") and the
// transcript note ("This transcript has been edited for length and clarity.").
// Read in scraped text only: HTML extraction gold keeps them as part of the article.
import { wordCount, type LineRule } from './rule.js';

const DISCLAIMER = /\b(views|opinions) expressed (in this (article|column|piece)|here|are)\b|\bdo(es)? not necessarily (reflect|represent)\b/i;
const EDITOR_NOTE =
  /^(this (story|article|post) (has been|was) (updated|corrected|amended|changed)|this (transcript|interview|conversation|q&a) (has been|was) (lightly )?(edited|condensed)|an earlier version of this (story|article)|correction\s*[:—–-]|clarification\s*[:—–-]|editor['’]s note\s*[:—–-]|update\s*[:—–-]\s*this (story|article))/i;
// Notes are a sentence or two.
const MAX_NOTE_WORDS = 50;

export const opinionDisclaimer: LineRule = {
  name: 'opinion-disclaimer',
  reason: 'disclaimer',
  matches: (line, ctx) => ctx.plainText === true && ctx.proseBefore > 0 && wordCount(line) <= MAX_NOTE_WORDS && DISCLAIMER.test(line),
};

export const editorNote: LineRule = {
  name: 'editor-note',
  reason: 'editor-note',
  matches: (line, ctx) => ctx.plainText === true && ctx.proseBefore > 0 && wordCount(line) <= MAX_NOTE_WORDS && EDITOR_NOTE.test(line.trim()),
};
