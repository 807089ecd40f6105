// Typed mentions: capitalised spans, roles split off, typed by rules (gazetteers, heads, context), then made consistent
// across the document.
import type { EntityType } from '../contract/analysis.js';
import type { Mention } from '../core/records.js';
import { applyDocumentConsistency, type TypedSpan } from './entity-consistency.js';
import {
  CALENDAR_SET,
  CONTAINER_PLACES,
  DEMONYM_SET,
  FIRST_NAME_SET,
  LEADING_FUNCTION_SET,
  LEGAL_ENDING_SET,
  NON_ENTITY_SET,
  ORGANIZATION_HEAD_SET,
  PLACES,
  PLACE_PREFIX_SET,
  TITLE_PART_SET,
  TITLE_WORD_SET,
  WEEKDAY_SET,
  isKnownOrganization,
  organizationKey,
  placeKey,
} from './gazetteers/index.js';
import { MENTION_RULES, type MentionCandidate, type MentionRule } from './mention-rules/index.js';
import { splitRoles, type NamePart } from './name-roles.js';
import { splitSentences } from './sentences.js';
import { isAcronym, isCapitalised, tokenize, type Token } from './tokens.js';

// Lower-case words allowed inside a name when a capitalised word follows ("Bank of England", "Ministry of the Interior").
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'du', 'da', 'del', 'la', 'le', 'van', 'von', 'bin', 'al', 'on']);
// "and"/"on" may join words only inside an organisation name ("Committee on Foreign Affairs and Trade").
const WEAK_CONNECTORS = new Set(['and', 'on']);
// "of"/"for" join after a head, title or lone word ("Bank of England", "Gulf of Mexico"), not after a full name
// ("Sok Chea of the Ministry" is two names).
const HEAD_CONNECTORS = new Set(['of', 'for']);
// A country, region or demonym opening an untyped name has at most this many words ("United States Dow Jones").
const MAX_PLACE_PREFIX_WORDS = 3;
// Names longer than this are headlines in title case, not one name.
const MAX_SPAN_WORDS = 8;
const CONTEXT_CHARS = 40;
// A capital right before "$" is a currency prefix ("US$14 billion", "HK$"), not a place.
const CURRENCY_PREFIX = /^\$/;
// A model number after a name makes it a product ("Boeing 737", "Airbus A380", "Veltra X5"), not the maker; a year,
// a count ("Ford 2,000") or a percentage is not a model.
const PRODUCT_MODEL_AFTER = /^[ \t]+(?!(?:19|20)\d\d\b)([A-Z]{0,3}-?\d[\dA-Za-z-]*)(?![\d,.%])/;

// "Craiova-based", "US-led", "Paris-bound": a name fused to a participle; the name is the part before the hyphen.
const FUSED_PARTICIPLE = /-(?:based|born|bred|headquartered|led|backed|owned|made|funded|run|bound|registered|listed)$/;
// A currency after a country's name makes it part of the currency ("US dollars", "Hong Kong dollar"), not a place.
// Words that are also verbs ("won", "pounds") are left out.
const CURRENCY_AFTER = /^\s+(?:dollars?|euros?|yen|yuan|renminbi|rupees?|pesos?|francs?|ro?ubles?|riels?|baht)\b/i;

/** The name part of a fused token ("Craiova" of "Craiova-based"); other tokens unchanged. */
function unfuse(token: Token): Token {
  const m = isCapitalised(token.text) ? FUSED_PARTICIPLE.exec(token.text) : null;
  return m ? { text: token.text.slice(0, m.index), start: token.start, end: token.start + m.index } : token;
}

/** Splits a run after a corporate ending that more capitalised words follow. */
function splitAfterLegalEnding(run: Token[]): Token[][] {
  const out: Token[][] = [];
  let from = 0;
  for (let i = 0; i < run.length - 1; i++) {
    if (LEGAL_ENDING_SET.has(run[i]!.text) && i > from && isCapitalised(run[i + 1]!.text)) {
      out.push(run.slice(from, i + 1));
      from = i + 1;
    }
  }
  out.push(run.slice(from));
  return out;
}

// Words joined by a spaced ampersand belong to one name ("Procter & Gamble", "Defence & Space").
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return /^[ \t]+$/.test(gap) || (/^[ \t]+&[ \t]+$/.test(gap) && isCapitalised(a.text) && isCapitalised(b.text));
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
      // A gazetteer name joins through any connector ("United States of America", "Bosnia and Herzegovina").
      const knownPlace = after !== undefined && PLACES.has(placeKey([...run, ...tokens.slice(j, k), after].map((t) => t.text).join(' ')));
      const allowed =
        knownPlace ||
        ((!connectors.some((c) => WEAK_CONNECTORS.has(c)) || weakOk) && (!HEAD_CONNECTORS.has(connectors[0] ?? '') || headBefore));
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
  const dropTrailingLowerCase = () => {
    while (tokens.length > 0 && !isCapitalised(tokens[tokens.length - 1]!.text)) tokens = tokens.slice(0, -1);
  };
  dropTrailingLowerCase();
  // "Asia Monday", "the Festival on Saturday": the weekday goes when what is left is a known name or several words
  // ("Black Friday" stays whole).
  if (tokens.length >= 2 && WEEKDAY_SET.has(tokens[tokens.length - 1]!.text)) {
    const rest = tokens.slice(0, -1);
    if (rest.length >= 2 || knownName(rest[0]!.text)) {
      tokens = rest;
      dropTrailingLowerCase();
    }
  }
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

/** The first rule's answer and that rule's name; 'other' when none answers. */
function typeWithRule(c: MentionCandidate, rules: readonly MentionRule[]): { type: EntityType; rule: string | null } {
  for (const rule of rules) {
    const type = rule.type(c);
    if (type) return { type, rule: rule.name };
  }
  return { type: 'other', rule: null };
}

/** Known to the gazetteers, so a lone capitalised word opening a sentence is still a name. */
function knownName(word: string): boolean {
  return PLACES.has(placeKey(word)) || DEMONYM_SET.has(placeKey(word)) || FIRST_NAME_SET.has(word) || isKnownOrganization([word]);
}

/** How many opening words of an untyped name are a country, region or demonym modifying the rest ("UK RAF"). */
function leadingPlaceWords(words: readonly string[]): number {
  for (let k = Math.min(MAX_PLACE_PREFIX_WORDS, words.length - 1); k >= 1; k--) {
    const key = placeKey(words.slice(0, k).join(' '));
    if (!CONTAINER_PLACES.has(key) && !DEMONYM_SET.has(key)) continue;
    const rest = words.slice(k);
    // The rest must read as a name of its own: an acronym, a listed non-entity ("FTSE") or several words; a single
    // word stays with the place ("Cambodia Daily", "Vietnam War").
    const restIsName = rest.length >= 2 || isAcronym(rest[0]!) || NON_ENTITY_SET.has(organizationKey(rest.join(' ')));
    return restIsName ? k : 0;
  }
  return 0;
}

/** Typed mentions with offsets into `text`, in order. */
export function findMentions(text: string, rules: readonly MentionRule[] = MENTION_RULES): Mention[] {
  const tokens = tokenize(text)
    .filter((t) => !CURRENCY_PREFIX.test(text.slice(t.end, t.end + 1)))
    .map(unfuse);
  const starts = sentenceStarts(text);
  // Words seen capitalised away from a sentence start: proper nouns, even when they also open a sentence.
  const midSentence = new Set(tokens.filter((t) => isCapitalised(t.text) && !starts.has(t.start)).map((t) => t.text));

  const spans: TypedSpan[] = [];
  const add = (part: NamePart): void => {
    if (part.tokens.length > MAX_SPAN_WORDS) return;
    const words = part.tokens.map((t) => t.text);
    if (words.every((w) => CALENDAR_SET.has(w) || TITLE_PART_SET.has(w))) return;
    if (NON_ENTITY_SET.has(organizationKey(words.join(' ')))) return;
    let tentative = false;
    if (words.length === 1) {
      const word = words[0]!;
      // A lone capitalised word opening a sentence is an ordinary word unless it is known or recurs as a name.
      const known = knownName(word) || midSentence.has(word) || /^\p{Lu}{2,}$/u.test(word);
      tentative = starts.has(part.tokens[0]!.start) && !known;
    }
    const c = candidate(text, part);
    if (CURRENCY_AFTER.test(c.after) && (PLACES.has(placeKey(c.text)) || DEMONYM_SET.has(placeKey(c.text)))) return;
    const model = PRODUCT_MODEL_AFTER.exec(c.after);
    if (model && !words.some((w) => CALENDAR_SET.has(w))) {
      const end = c.end + model[0].length;
      const product = { ...c, text: text.slice(c.start, end), end, after: text.slice(end, end + CONTEXT_CHARS) };
      spans.push({ text: product.text, start: c.start, end, type: 'other', role: part.role, candidate: product });
      return;
    }
    const typed = typeWithRule(c, rules);
    const placeWords = typed.type === 'other' && part.role === null ? leadingPlaceWords(words) : 0;
    if (placeWords > 0) {
      // "British FTSE", "UK RAF": the place is a mention of its own and the rest is typed alone.
      const place = candidate(text, { tokens: part.tokens.slice(0, placeWords), role: null });
      spans.push({ text: place.text, start: place.start, end: place.end, type: 'place', role: null, candidate: place, rule: 'leading-place' });
      add({ tokens: part.tokens.slice(placeWords), role: null });
      return;
    }
    spans.push({ text: c.text, start: c.start, end: c.end, type: typed.type, role: part.role, candidate: c, tentative, rule: typed.rule });
  };
  const runs = capitalisedRuns(text, tokens).flatMap((found) => splitAfterLegalEnding(dropOpeningWord(found, starts, midSentence)));
  for (const run of runs) for (const part of nameParts(run)) add(part);
  return applyDocumentConsistency(text, spans).map(({ text: t, start, end, type }) => ({ text: t, start, end, type }));
}
