// A picture caption with no credit line: one short sentence naming who or what is shown and where or when, with
// no verb in the past tense ("Driver Alan Moss, who has worked at the depot for 31 years.", "Waves breaking over
// the sea wall at Saltby this morning.", "Sam Okoro celebrates his winner in front of the home fans."). News prose
// tells what happened: a past or auxiliary verb, a quotation, an attribution.
import { isLiveUpdateMarker } from './live-update.js';
import { inFactBox } from './fact-box.js';
import { endsSentence, wordCount, type LineRule } from './rule.js';

const MIN_CAPTION_WORDS = 5;
const MAX_CAPTION_WORDS = 20;
// Auxiliaries, modals and attribution verbs: a clause that has one is prose.
const FINITE = /\b(is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|shall|should|must|do|does|did|said|says|told|tells|added|adds|according|expects?|plans?|wants?|hopes?|needs?|shows?|include|includes)\b|n['’]t\b/i;
// A caption says where or when the picture was taken: "at the depot", "on the quay", "in front of the home fans".
const SCENE = /\b(at|on|in|inside|outside|near|beside|behind|during|into|onto|over|under|across|along|through|in front of)\s+(the|a|an|his|her|their|its|this|last|\p{Lu}|\d)/u;
// Statistics are prose: "More than 600,000 people live...".
const QUANTITY = /\b(more|fewer|less) than\b|\bat least\b|\b(million|billion|per ?cent|percent)\b|\d,\d{3}/i;
// An instruction to the reader ("Follow ...", "Read about ...") is a prompt, not a picture.
const IMPERATIVE = /^(follow|read|see|watch|listen|click|sign|subscribe|join|share|find|get|try|check|learn|discover|download|visit|contact|call|email|send|book|enter|take|let['’]s|let|make|use|draw|add|choose|keep|start|go|don['’]t|do)\b/i;
const IRREGULAR_PAST =
  /\b(fell|rose|went|came|took|made|gave|found|got|left|felt|kept|began|won|lost|held|ran|saw|sent|spent|stood|thought|brought|bought|built|caught|chose|drew|drove|flew|grew|knew|meant|met|paid|sold|spoke|struck|threw|wrote|became|broke|led|heard|sat|rang|sang|wore|woke|ate|swam|forgot|hid|shot|slept|taught)\b/i;
// A past tense in -ed ("closed", "approved"); the listed words merely end so.
const PAST_ED = /\b\p{L}{2,}ed\b/iu;
const NOT_PAST_ED = /^(hundred|need|speed|seed|bed|red|shed|feed|weed|breed|reed|creed|sled|steed|bred|fled|led)$/i;
// "to return", "to measure": an infinitive is a plan or purpose, which captions do not state.
const INFINITIVE = /\bto\s+(?!(the|a|an|his|her|their|its|this|that|these|those|our|my|your|be)\b)\p{Ll}{2,}/u;
// Pronouns and connectives tie a sentence to the one before: prose, not a caption that stands alone.
const CONTEXT_START = /^(he|she|it|they|we|i|you|this|that|these|those|but|and|or|nor|not|even|just|only|so|yet|then|now|there|here|however|meanwhile|also|after|before|when|while|if|as|for|by|with|in|on|at|from|to|of|one|some|many|most|all|both|each|such|his|her|their|its|our)\b/i;
// A relative clause or a participle phrase after a comma describes the subject: "..., which opened in 1938.",
// "..., seen from the harbour wall."; the caption's own clause is what comes before it.
const DESCRIPTIVE_TAIL = /,\s*(who|which|whose|where|seen|pictured|shown|taken|photographed|watched|flanked|surrounded)\b[^,]*/gi;

function mainClause(line: string): string {
  return line.replace(DESCRIPTIVE_TAIL, '');
}

function pastEd(clause: string): boolean {
  return (clause.match(new RegExp(PAST_ED.source, 'giu')) ?? []).some((w) => !NOT_PAST_ED.test(w));
}

/** True for a one-sentence scene description with no past or auxiliary verb. */
export function isUncreditedCaption(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  if (n < MIN_CAPTION_WORDS || n > MAX_CAPTION_WORDS || !endsSentence(t) || !/\.$/.test(t)) return false;
  // One sentence, no quotation, no list or clause break, and opening with a capitalised name or noun.
  if (/[.!?]\s+\S/.test(t) || /["“”‘’:;()]/.test(t.replace(/(\p{L})['’](\p{L})/gu, '$1$2')) || !/^\p{Lu}/u.test(t) || CONTEXT_START.test(t)) return false;
  if (/\d\s*%|[$€£]\s*\d/.test(t) || QUANTITY.test(t) || IMPERATIVE.test(t) || !SCENE.test(t)) return false;
  const clause = mainClause(t);
  return !FINITE.test(clause) && !IRREGULAR_PAST.test(clause) && !pastEd(clause) && !INFINITIVE.test(clause);
}

// News prose around a picture tells what happened: the nearest paragraph above or below is in the past tense,
// which sets a present-tense caption apart (a guide or a product page is in the present throughout).
const PAST = /\b(said|told|was|were|had|did)\b|\b\p{L}{3,}ed\b/iu;
const MIN_PROSE_WORDS = 12;
const PROSE_REACH = 3;

function nearPastProse(lines: readonly (string | null)[], at: number): boolean {
  for (const step of [-1, 1]) {
    for (let j = at + step, k = 0; j >= 0 && j < lines.length && k < PROSE_REACH; j += step, k++) {
      const line = lines[j];
      if (!line || wordCount(line) < MIN_PROSE_WORDS) continue;
      if (PAST.test(line) || IRREGULAR_PAST.test(line)) return true;
      break;
    }
  }
  return false;
}

/** A short one-sentence line: a caption's neighbours are not such lines, or the caption is one item of a list. */
function shortSentence(line: string | null | undefined): boolean {
  return !!line && wordCount(line) < MIN_PROSE_WORDS && /[.!?]["”’]?$/.test(line.trim());
}

export const uncreditedCaption: LineRule = {
  name: 'uncredited-caption',
  reason: 'caption',
  matches: (line, ctx) =>
    ctx.plainText === true &&
    !ctx.isHeading &&
    isUncreditedCaption(line) &&
    // A caption stands alone between paragraphs (or under removed page widgets), not in a run of short sentences.
    (ctx.previousReason !== null || !shortSentence(ctx.previous)) &&
    // The line under a live update's minute or time is that update ("52'" / "Yellow card for Oakes ...").
    !isLiveUpdateMarker(ctx.previous) &&
    !shortSentence(ctx.next) &&
    !!ctx.lines &&
    nearPastProse(ctx.lines, ctx.index) &&
    !inFactBox(ctx.lines, ctx.index),
};
