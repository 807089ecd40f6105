// Document-level consistency: a name typed once keeps its type everywhere in the document, short forms and defined
// acronyms follow their full names, and "City, State" pairs become one place.
import type { EntityType } from '../contract/analysis.js';
import { CONTAINER_PLACES, COUNTRY_SET, ORGANIZATION_EXTENSION_SET, placeKey } from './gazetteers/index.js';
import type { MentionCandidate } from './mention-rules/index.js';
import type { NamePart } from './name-roles.js';

export interface TypedSpan {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  role: NamePart['role'];
  candidate: MentionCandidate;
  /** A lone word opening a sentence: kept only if it ends up typed ("Northgate" after "Northgate Holdings Inc."). */
  tentative?: boolean;
  /** The typing rule that answered, when one did. */
  rule?: string | null;
}

// "General Motors (GM)": an acronym in brackets right after a name is that name's short form.
const ACRONYM_IN_BRACKETS = /^\s*\(\s*$/;
// Rules that type from surrounding words only; a gazetteer, a head word or a title outranks them.
const WEAK_RULES = new Set(['preposition-place', 'organization-context', 'person-context', 'acronym-organization']);
// "Toulouse, France": a comma and a space between a city and the country or state that holds it.
const CITY_STATE_GAP = /^,\s+$/;

/** The type each name carries most often in the document (first seen wins ties). */
function majorityTypes(spans: readonly TypedSpan[]): Map<string, EntityType> {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const s of spans) {
    if (s.type === 'other') continue;
    const v = votes.get(s.text) ?? new Map<EntityType, number>();
    v.set(s.type, (v.get(s.type) ?? 0) + 1);
    votes.set(s.text, v);
  }
  const out = new Map<string, EntityType>();
  for (const [name, v] of votes) out.set(name, [...v.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0]);
  return out;
}

/** Short forms a typed name lends its type to: a person's surname and given name, an organisation without "Inc.". */
function shortForms(s: TypedSpan): string[] {
  const words = s.text.split(/\s+/);
  if (s.type === 'person' && words.length >= 2) {
    const last = words[words.length - 1]!;
    // "William Ford Jr": the surname is the word before the suffix.
    const surname = /^(?:Jr|Sr|II|III)\.?$/.test(last) && words.length >= 3 ? words[words.length - 2]! : last;
    return [surname, words[0]!];
  }
  if (s.type === 'organization') {
    let k = words.length;
    while (k > 1 && ORGANIZATION_EXTENSION_SET.has(words[k - 1]!)) k--;
    return k < words.length ? [words.slice(0, k).join(' ')] : [];
  }
  return [];
}

export function applyDocumentConsistency(text: string, input: TypedSpan[]): TypedSpan[] {
  let spans = joinCityState(text, input);

  // Acronyms defined in brackets take the type of the name before them; an untyped name with an acronym is an
  // organisation (people and most places have none).
  const acronyms = new Map<string, EntityType>();
  for (let i = 0; i + 1 < spans.length; i++) {
    const full = spans[i]!;
    const short = spans[i + 1]!;
    if (!/^(?:\p{Lu}\.?){2,}$/u.test(short.text) || !ACRONYM_IN_BRACKETS.test(text.slice(full.end, short.start))) continue;
    if (full.type === 'other' && full.text.split(/\s+/).length >= 2) full.type = 'organization';
    if (full.type !== 'other' && full.type !== 'person') acronyms.set(short.text, full.type);
  }

  const known = majorityTypes(spans);
  for (const [name, type] of acronyms) known.set(name, type);
  // Short forms fill gaps: they never override a type the name carries on its own, except as below.
  const short = new Map<string, EntityType>();
  for (const s of spans) {
    if (s.type === 'other') continue;
    for (const form of shortForms(s)) if (!short.has(form)) short.set(form, s.type);
  }
  for (const form of known.keys()) if (short.get(form) !== 'person') short.delete(form);
  // A person's surname or given name is that person wherever only a context cue typed it otherwise ("in Jobs'
  // absence" is no place once "Steve Jobs" is a person): a name typed person once is a person throughout.
  const strong = majorityTypes(spans.filter((s) => !WEAK_RULES.has(s.rule ?? '')));
  for (const [form, type] of short) if (type === 'person' && !strong.has(form)) known.set(form, 'person');
  spans = spans.map((s) => {
    const type = known.get(s.text) ?? (s.type === 'other' ? short.get(s.text) : undefined);
    return type && type !== s.type ? { ...s, type } : s;
  });
  // A name cut off before a role ("Interior" in "Interior Minister") is kept only when it is a typed name.
  // A lone sentence-opening word that nothing typed is an ordinary word ("Residents", "Officials").
  return spans.filter((s) => !((s.role === 'affiliation' || s.tentative) && s.type === 'other'));
}

/** "Mobile, Alabama" -> one place: a city-level name, a comma, and a country or state that is not itself listed next. */
function joinCityState(text: string, spans: TypedSpan[]): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    const joinable =
      b &&
      (a.type === 'place' || a.type === 'other') &&
      a.role === null &&
      !COUNTRY_SET.has(placeKey(a.text)) &&
      CONTAINER_PLACES.has(placeKey(b.text)) &&
      CITY_STATE_GAP.test(text.slice(a.end, b.start)) &&
      // "'s" after the second name makes it a possessor ("Everett, Washington's largest"), not a container.
      !/^['’]s\b/.test(text.slice(b.end));
    if (joinable && b) {
      out.push({ ...a, text: text.slice(a.start, b.end), end: b.end, type: 'place', candidate: { ...a.candidate, after: b.candidate.after } });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
