// Which way a clause points in time, from the verbs around a time expression: future, past, or unknown.

export type Tense = 'future' | 'past' | 'unknown';

// Words that put what follows in the future, whatever the tense of the sentence ("said it will", "agreed to").
const FUTURE_CUE =
  /^(?:will|'ll|shall|won't|next|upcoming|coming|tomorrow|(?:is|are|was|were) (?:due|set|scheduled|expected|going|planning|slated|poised|supposed) to|(?:is|are) (?:due|scheduled|expected|slated|planned)|expects?|forecasts?|predicts?|(?:plans?|planned|plans|intends?|intended|aims?|aimed|hopes?|hoped|promised|vowed|pledged|agreed|expects?|expected|wants?|wanted|prepares?|prepared|threatened|threatens) to|(?:is|are) to|would|should|could|might|may|to be|scheduled|slated|until|till)$/i;
// Verbs of intent whose "to" comes a few words later ("agreed by telephone to reopen", "expected the first to cross").
const INTENT_VERB = /^(?:agree[sd]?|plan(?:s|ned)?|intend(?:s|ed)?|promise[sd]?|vow(?:s|ed)?|pledge[sd]?|expect(?:s|ed)?|hope[sd]?|aim(?:s|ed)?|want(?:s|ed)?|decide[sd]?|vote[sd]?|prepare[sd]?|ask(?:s|ed)?|urge[sd]?|told|tells?)$/;
// Words before which an intent word is a noun, not a verb.
const NOUN_BEFORE = /^(?:\d[\d,.]*|the|a|an|its|their|his|her|our|these|those|this|that)$/;
// How far the "to" of an intent verb may come after it.
const INTENT_REACH = 5;
// Cues that lean rather than decide: they count as if this many words farther away than they are.
const WEAK_CUE = /^(?:until|till|would|should|could|might|may)$/;
const PRESENT_PENALTY = 2;
const WEAK_PENALTY = 1.5;
// A be-form before a participle makes it passive: the be-form, not the participle, carries the tense.
const BE_FORM = /^(?:be|been|being|is|are|am|remain|remains|stay|stays|become|becomes|get|gets)$/;
// Single past-tense words that are common in news but do not end in -ed.
const IRREGULAR_PAST = new Set(
  'said told was were had did made took gave came went rose fell grew won lost met left began brought bought sold thought spoke wrote saw became held kept paid sent set cut hit shut struck stood broke chose drew drove fought found flew forgot got heard led let quit ran read rode sat slid sought spent split spread stole swore swept threw understood withdrew woke wore'
    .split(' '),
);
// -ed words that are not past-tense verbs in news prose.
const NOT_PAST_ED = new Set(['need', 'speed', 'feed', 'seed', 'bed', 'red', 'shed', 'hundred', 'sled', 'bred', 'indeed', 'proceed', 'succeed', 'exceed', 'united', 'limited', 'based', 'related', 'expected', 'scheduled', 'planned', 'intended']);
// How many words either side of the expression count as its clause: past that, cues belong to other clauses.
const WINDOW_WORDS = 8;
// Verbs of intent reach farther: "agreed by telephone to reopen it to freight on Friday".
const INTENT_WINDOW_WORDS = 12;
// An attribution after a comma (", officials said", ", according to the ministry") tells when it was said, not
// which way the clause points: the search after the expression stops there.
const ATTRIBUTION_AFTER = /,\s*(?:[\w.'’-]+\s+){0,4}(?:said|says|told|added|announced|reported|according)\b/i;
// Auxiliaries that mark the whole clause as future, however far the time expression stands from them.
const STRONG_FUTURE = /^(?:will|shall|'ll|won't)$/;
// Stops the search for a cue: sentence ends and clause joints.
const CLAUSE_BREAK = /[.!?;:"“”\n]|\b(?:but|while|whereas|after|when|since|because)\b/i;

interface Cue {
  tense: Tense;
  distance: number;
  penalty: number;
  /** Marked by a verb of intent, which may stand farther off. */
  intent?: boolean;
  /** will/shall: reaches as far as an intent verb, but only from before the expression ("will vote ... on Friday"). */
  strong?: boolean;
}

/** The tense nearest to the span [start, end) in its clause; a future cue beats a past one at equal distance. */
export function clauseTense(text: string, start: number, end: number): Tense {
  const before = clauseSide(text.slice(Math.max(0, start - 200), start), 'before');
  const rest = text.slice(end, end + 200);
  const attribution = ATTRIBUTION_AFTER.exec(rest);
  const after = clauseSide(attribution ? rest.slice(0, attribution.index) : rest, 'after');
  const cues: Cue[] = [
    ...scan(before).map((c) => ({ ...c, distance: before.length - 1 - c.distance })),
    ...scan(after).map((c) => ({ ...c, strong: false })),
  ];
  const near = cues.filter((c) => c.distance < WINDOW_WORDS || c.intent || c.strong);
  if (near.length === 0) return 'unknown';
  near.sort((a, b) => a.distance + a.penalty - (b.distance + b.penalty) || (a.tense === 'future' ? -1 : 1));
  return near[0]!.tense;
}

/** Words of one side of the span, cut at the nearest clause break, in reading order. */
function clauseSide(chunk: string, side: 'before' | 'after'): string[] {
  const parts = chunk.split(CLAUSE_BREAK);
  const kept = side === 'before' ? parts[parts.length - 1]! : parts[0]!;
  const words = kept.match(/[A-Za-z']+|\d[\d,.]*/g) ?? [];
  return side === 'before' ? words.slice(-INTENT_WINDOW_WORDS) : words.slice(0, INTENT_WINDOW_WORDS);
}

/** Cues in reading-order words; `distance` is the word's position (the caller turns it into distance from the span). */
function scan(words: string[]): Cue[] {
  const lower = words.map((w) => w.toLowerCase());
  const cues: Cue[] = [];
  const future = new Set<number>();
  const intent = new Set<number>();
  for (let i = 0; i < lower.length; i++) {
    for (let n = 1; n <= 3 && i + n <= lower.length; n++) {
      if (FUTURE_CUE.test(lower.slice(i, i + n).join(' '))) for (let k = i; k < i + n; k++) future.add(k);
    }
    // After a number or a determiner the word is a noun ("by 114 votes to 83", "the plans to").
    if (INTENT_VERB.test(lower[i]!) && !(i > 0 && NOUN_BEFORE.test(lower[i - 1]!))) {
      const to = lower.slice(i + 1, i + 1 + INTENT_REACH).indexOf('to');
      if (to >= 0) for (let k = i; k <= i + 1 + to; k++) {
        future.add(k);
        intent.add(k);
      }
    }
  }
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i]!;
    if (future.has(i)) cues.push({ tense: 'future', distance: i, penalty: WEAK_CUE.test(w) ? WEAK_PENALTY : 0, intent: intent.has(i), strong: STRONG_FUTURE.test(w) });
    else if (isPastWord(w) && !(i > 0 && BE_FORM.test(lower[i - 1]!))) cues.push({ tense: 'past', distance: i, penalty: 0 });
    // Present tense in news reports the day itself or the days just past ("says it has ... on Monday").
    else if (/^(?:is|are|am|has|have|says|say)$/.test(w)) cues.push({ tense: 'past', distance: i, penalty: PRESENT_PENALTY });
  }
  return cues;
}

function isPastWord(w: string): boolean {
  if (IRREGULAR_PAST.has(w)) return true;
  return w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w);
}
