// Typed mentions: capitalised spans, roles split off, typed by rules (gazetteers, heads, context), then made consistent
// across the document.
import type { EntityType } from '../contract/analysis.js';
import type { Mention } from '../core/records.js';
import { applyDocumentConsistency, type TypedSpan } from './entity-consistency.js';
import {
  CALENDAR_SET,
  DEMONYM_SET,
  FIRST_NAME_SET,
  LEADING_FUNCTION_SET,
  NON_ENTITY_SET,
  ORGANIZATION_HEAD_SET,
  PLACES,
  PLACE_PREFIX_SET,
  TITLE_PART_SET,
  TITLE_WORD_SET,
  isKnownOrganization,
  organizationKey,
  placeKey,
} from './gazetteers/index.js';
import { MENTION_RULES, type MentionCandidate, type MentionRule } from './mention-rules/index.js';
import { splitRoles, type NamePart } from './name-roles.js';
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
// A capital right before "$" is a currency prefix ("US$14 billion", "HK$"), not a place.
const CURRENCY_PREFIX = /^\$/;
// A model number after a name makes it a product ("Boeing 737", "Airbus A380", "Veltra X5"), not the maker; a year,
// a count ("Ford 2,000") or a percentage is not a model.
const PRODUCT_MODEL_AFTER = /^[ \t]+(?!(?:19|20)\d\d\b)([A-Z]{0,3}-?\d[\dA-Za-z-]*)(?![\d,.%])/;

function adjacent(text: string, a: Token, b: Token): boolean {
  return /^[ \t]+$/.test(text.slice(a.end, b.start));
}

function stripPossessive(tokens: Token[]): Token[] {
  const last = tokens[tokens.length - 1];
  if (!last) return tokens;
  if (!/['’]s$/.test(last.text)) return tokens;
  const trimmed = { ...last, text: last.text.slice(0, -2), end: last.end - 2 };
  return [...tokens.slice(0, -1), trimmed];
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

/** Drops leading function words and trailing lower-case words; splits off titles and roles. */
function nameParts(run: Token[]): NamePart[] {
  let tokens = stripPossessive(run);
  while (tokens.length > 0 && LEADING_FUNCTION_SET.has(tokens[0]!.text)) tokens = tokens.slice(1);
  while (tokens.length > 0 && !isCapitalised(tokens[tokens.length - 1]!.text)) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return [];
  return splitRoles(tokens).filter((p) => p.tokens.length > 0);
}

/** "Shares of General Electric" opening a sentence: an ordinary capitalised word joined through "of" is cut off. */
function dropOpeningWord(run: Token[], starts: Set<number>, midSentence: Set<string>): Token[] {
  const first = run[0]!.text;
  if (run.length < 3 || !starts.has(run[0]!.start) || !HEAD_CONNECTORS.has(run[1]!.text)) return run;
  const nameLike =
    midSentence.has(first) || knownName(first) || ORGANIZATION_HEAD_SET.has(first) || PLACE_PREFIX_SET.has(first) || TITLE_PART_SET.has(first);
  if (nameLike) return run;
  let i = 1;
  while (i < run.length && !isCapitalised(run[i]!.text)) i++;
  return run.slice(i);
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

function candidate(text: string, part: NamePart): MentionCandidate {
  const first = part.tokens[0]!;
  const last = part.tokens[part.tokens.length - 1]!;
  return {
    text: text.slice(first.start, last.end),
    words: part.tokens.map((t) => t.text),
    start: first.start,
    end: last.end,
    before: text.slice(Math.max(0, first.start - CONTEXT_CHARS), first.start),
    after: text.slice(last.end, last.end + CONTEXT_CHARS),
    titled: part.role === 'person',
  };
}

function typeOf(c: MentionCandidate, rules: readonly MentionRule[]): EntityType {
  for (const rule of rules) {
    const type = rule.type(c);
    if (type) return type;
  }
  return 'other';
}

/** Known to the gazetteers, so a lone capitalised word opening a sentence is still a name. */
function knownName(word: string): boolean {
  return PLACES.has(placeKey(word)) || DEMONYM_SET.has(placeKey(word)) || FIRST_NAME_SET.has(word) || isKnownOrganization([word]);
}

/** Typed mentions with offsets into `text`, in order. */
export function findMentions(text: string, rules: readonly MentionRule[] = MENTION_RULES): Mention[] {
  const tokens = tokenize(text).filter((t) => !CURRENCY_PREFIX.test(text.slice(t.end, t.end + 1)));
  const starts = sentenceStarts(text);
  // Words seen capitalised away from a sentence start: proper nouns, even when they also open a sentence.
  const midSentence = new Set(tokens.filter((t) => isCapitalised(t.text) && !starts.has(t.start)).map((t) => t.text));

  const spans: TypedSpan[] = [];
  for (const found of capitalisedRuns(text, tokens)) {
    const run = dropOpeningWord(found, starts, midSentence);
    for (const part of nameParts(run)) {
      if (part.tokens.length > MAX_SPAN_WORDS) continue;
      const words = part.tokens.map((t) => t.text);
      if (words.every((w) => CALENDAR_SET.has(w) || TITLE_PART_SET.has(w))) continue;
      if (NON_ENTITY_SET.has(organizationKey(words.join(' ')))) continue;
      let tentative = false;
      if (words.length === 1) {
        const word = words[0]!;
        // A lone capitalised word opening a sentence is an ordinary word unless it is known or recurs as a name.
        const known = knownName(word) || midSentence.has(word) || /^\p{Lu}{2,}$/u.test(word);
        tentative = starts.has(part.tokens[0]!.start) && !known;
      }
      const c = candidate(text, part);
      const model = PRODUCT_MODEL_AFTER.exec(c.after);
      if (model && !words.some((w) => CALENDAR_SET.has(w))) {
        const end = c.end + model[0].length;
        const product = { ...c, text: text.slice(c.start, end), end, after: text.slice(end, end + CONTEXT_CHARS) };
        spans.push({ text: product.text, start: c.start, end, type: 'other', role: part.role, candidate: product });
        continue;
      }
      spans.push({ text: c.text, start: c.start, end: c.end, type: typeOf(c, rules), role: part.role, candidate: c, tentative });
    }
  }
  return applyDocumentConsistency(text, spans).map(({ text: t, start, end, type }) => ({ text: t, start, end, type }));
}
