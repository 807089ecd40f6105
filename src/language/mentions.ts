// Naive typed mentions: capitalised spans, cut and typed by cues (titles, organisation heads, gazetteers).
import type { EntityType } from '../contract/analysis.js';
import type { Mention } from '../core/records.js';
import {
  CALENDAR_SET,
  FIRST_NAME_SET,
  LEADING_FUNCTION_SET,
  ORGANIZATION_HEAD_SET,
  PLACES,
  TITLE_WORD_SET,
  placeKey,
} from './gazetteers/index.js';
import { MENTION_RULES, type MentionCandidate, type MentionRule } from './mention-rules/index.js';
import { splitSentences } from './sentences.js';
import { isCapitalised, tokenize, type Token } from './tokens.js';

// Lower-case words allowed inside a name when a capitalised word follows ("Bank of England", "Ministry of the Interior").
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'du', 'da', 'del', 'la', 'le', 'van', 'von', 'bin', 'al', 'on']);
// "and"/"on" may join words only inside an organisation name ("Committee on Foreign Affairs and Trade").
const WEAK_CONNECTORS = new Set(['and', 'on']);
// "of"/"for" join after a head, title or lone word ("Bank of England", "Gulf of Mexico"), not after a full name
// ("Sok Chea of the Ministry" is two names).
const HEAD_CONNECTORS = new Set(['of', 'for']);
// Names longer than this are headlines in title case, not one name.
const MAX_SPAN_WORDS = 8;
const CONTEXT_CHARS = 40;

interface Span {
  tokens: Token[];
  titled: boolean;
}

function adjacent(text: string, a: Token, b: Token): boolean {
  return /^[ \t]+$/.test(text.slice(a.end, b.start));
}

function stripPossessive(tokens: Token[]): { tokens: Token[]; cut: boolean } {
  const last = tokens[tokens.length - 1];
  if (!last) return { tokens, cut: false };
  const m = /['’]s$/.exec(last.text);
  if (!m) return { tokens, cut: false };
  const trimmed = { ...last, text: last.text.slice(0, -2), end: last.end - 2 };
  return { tokens: [...tokens.slice(0, -1), trimmed], cut: true };
}

/** Raw capitalised runs, connectors allowed between capitalised words. */
function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]!.text)) {
      i++;
      continue;
    }
    const run = [tokens[i]!];
    let j = i + 1;
    while (j < tokens.length && /['’]s$/.test(run[run.length - 1]!.text) === false) {
      const prev = run[run.length - 1]!;
      const next = tokens[j]!;
      if (!adjacent(text, prev, next)) break;
      if (isCapitalised(next.text)) {
        run.push(next);
        j++;
        continue;
      }
      // Connector(s) then a capitalised word, all adjacent.
      let k = j;
      while (k < tokens.length && CONNECTORS.has(tokens[k]!.text) && adjacent(text, tokens[k - 1]!, tokens[k]!)) k++;
      const after = tokens[k];
      const connectors = tokens.slice(j, k).map((t) => t.text);
      const orgSoFar = run.some((t) => ORGANIZATION_HEAD_SET.has(t.text));
      const headBefore = run.length === 1 || ORGANIZATION_HEAD_SET.has(prev.text) || TITLE_WORD_SET.has(prev.text);
      // "and" continues an organisation's name only after a non-head word: "Ministry of Foreign Affairs and Trade",
      // not "Interior Ministry and the Bank".
      const weakOk = connectors.length === 1 && orgSoFar && !ORGANIZATION_HEAD_SET.has(prev.text);
      const allowed =
        (!connectors.some((c) => WEAK_CONNECTORS.has(c)) || weakOk) && (!HEAD_CONNECTORS.has(connectors[0] ?? '') || headBefore);
      if (k > j && after && isCapitalised(after.text) && adjacent(text, tokens[k - 1]!, after) && allowed) {
        run.push(...tokens.slice(j, k), after);
        j = k + 1;
        continue;
      }
      break;
    }
    runs.push(run);
    i = j;
  }
  return runs;
}

/** Drop leading function words and titles; note when a title was cut ("President Maria Ostrova" -> "Maria Ostrova"). */
function trimSpan(run: Token[]): Span {
  let tokens = stripPossessive(run).tokens;
  while (tokens.length > 0 && LEADING_FUNCTION_SET.has(tokens[0]!.text)) tokens = tokens.slice(1);
  while (tokens.length > 0 && !isCapitalised(tokens[tokens.length - 1]!.text)) tokens = tokens.slice(0, -1);
  let titled = false;
  const last = tokens[tokens.length - 1];
  if (last && !ORGANIZATION_HEAD_SET.has(last.text)) {
    // Cut after the last title word that has a capitalised name after it ("Interior Minister Sar Kheng").
    let cut = -1;
    tokens.forEach((t, i) => {
      if (TITLE_WORD_SET.has(t.text) && i < tokens.length - 1 && tokens.slice(i + 1).every((n) => isCapitalised(n.text))) cut = i;
    });
    if (cut >= 0) {
      tokens = tokens.slice(cut + 1);
      titled = true;
    }
  }
  return { tokens, titled };
}

function sentenceStarts(text: string): Set<number> {
  const starts = new Set<number>();
  for (const s of splitSentences(text)) {
    // The first word, or the first word inside an opening quote.
    const m = /^[\s"“'‘(\[]*/.exec(s.text);
    starts.add(s.start + (m ? m[0].length : 0));
  }
  return starts;
}

function candidate(text: string, span: Span): MentionCandidate {
  const first = span.tokens[0]!;
  const last = span.tokens[span.tokens.length - 1]!;
  return {
    text: text.slice(first.start, last.end),
    words: span.tokens.map((t) => t.text),
    start: first.start,
    end: last.end,
    before: text.slice(Math.max(0, first.start - CONTEXT_CHARS), first.start),
    after: text.slice(last.end, last.end + CONTEXT_CHARS),
    titled: span.titled,
  };
}

function typeOf(c: MentionCandidate, rules: readonly MentionRule[]): EntityType {
  for (const rule of rules) {
    const type = rule.type(c);
    if (type) return type;
  }
  return 'other';
}

/** Typed mentions with offsets into `text`, in order. */
export function findMentions(text: string, rules: readonly MentionRule[] = MENTION_RULES): Mention[] {
  const tokens = tokenize(text);
  const starts = sentenceStarts(text);
  // Words seen capitalised away from a sentence start: proper nouns, even when they also open a sentence.
  const midSentence = new Set(tokens.filter((t) => isCapitalised(t.text) && !starts.has(t.start)).map((t) => t.text));

  const mentions: Mention[] = [];
  for (const run of capitalisedRuns(text, tokens)) {
    const span = trimSpan(run);
    if (span.tokens.length === 0 || span.tokens.length > MAX_SPAN_WORDS) continue;
    const words = span.tokens.map((t) => t.text);
    if (words.every((w) => CALENDAR_SET.has(w) || TITLE_WORD_SET.has(w))) continue;
    if (words.length === 1) {
      const word = words[0]!;
      // A lone capitalised word opening a sentence is an ordinary word unless it is known or recurs as a name.
      const known = PLACES.has(placeKey(word)) || FIRST_NAME_SET.has(word) || midSentence.has(word) || /^\p{Lu}{2,}$/u.test(word);
      if (starts.has(span.tokens[0]!.start) && !known) continue;
    }
    const c = candidate(text, span);
    mentions.push({ text: c.text, start: c.start, end: c.end, type: typeOf(c, rules) });
  }
  return propagateTypes(mentions);
}

/** A name typed once keeps its type: "Ostrova" after "Maria Ostrova" (person) is a person too. */
function propagateTypes(mentions: Mention[]): Mention[] {
  const known = new Map<string, EntityType>();
  for (const m of mentions) {
    if (m.type === 'other') continue;
    if (!known.has(m.text)) known.set(m.text, m.type);
    if (m.type === 'person') {
      const surname = m.text.split(/\s+/).pop()!;
      if (!known.has(surname)) known.set(surname, 'person');
    }
  }
  return mentions.map((m) => (m.type === 'other' && known.has(m.text) ? { ...m, type: known.get(m.text)! } : m));
}
