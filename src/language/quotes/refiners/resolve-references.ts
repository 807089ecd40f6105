// Pronoun and nominal speakers resolved to the last compatible entity named before them: "he added" -> the previous
// male speaker, "the president replied" -> the president named earlier, "the ministry said" -> the Interior Ministry.
import { quoteRegions, speechSubjects, withoutQuotes } from '../speech-subjects.js';
import { ORGANIZATION_HEADS, ROLE_WORDS, readSpeakerPhrase } from '../speaker-phrase.js';
import { describedAntecedent } from '../nominal-antecedent.js';
import { sentenceIndexAt, type Attribution, type Candidate, type QuoteContext, type QuoteRefiner } from '../context.js';

type Gender = 'm' | 'f';
/** How often the text's evidence points at each gender for one name. */
type GenderVotes = Record<Gender, number>;

// One gender wins when its evidence is at least this many times the other's (one stray pronoun does not flip a name).
const GENDER_MAJORITY = 3;

interface Sighting {
  name: string;
  at: number;
  end: number;
  kind: 'person' | 'organization';
  /** The name is the subject of its sentence or of a speech verb: the entity a later "he" or "she" most likely means. */
  salient?: boolean;
  /** An unnamed speaker ("a younger worker"), kept as written when a pronoun resolves to it. */
  unnamed?: boolean;
}

// How far back (in characters) a pronoun or nominal looks for what it refers to.
const LOOKBACK_CHARS = 1500;
const FEMALE_WORDS = /\b(?:she|her|hers|herself|ms|mrs|madam|dame|spokeswoman|chairwoman|businesswoman|congresswoman|councilwoman|mother|wife|daughter|grandmother|sister|widow|actress|queen|princess)\b/i;
const MALE_WORDS = /\b(?:he|him|his|himself|mr|sir|spokesman|chairman|businessman|congressman|councilman|father|husband|son|grandfather|brother|widower|actor|king|prince)\b/i;
// Where the words before a name stop being its role: a sentence end, a paragraph break, a quote mark.
const ROLE_WINDOW_BREAK = /[.;"“”‘\n]|’(?=\s)/;
// Gendered pronouns that follow a name before any other name is mentioned.
const NEXT_PRONOUN_ALL = /\b(she|her|hers|herself|he|him|his|himself)\b/gi;
// "him", or "her" not followed by a noun (its object use, not the possessive "her husband").
const OBJECT_PRONOUN = /^(?:\s*[,.;:!?)—–]|\s*$|\s+(?:and|or|but|to|in|on|at|for|with|after|before|about|when|while|because)\b)/i;
const PREPOSITION_BEFORE = /\b(?:with|to|for|by|from|at|about|against|beside|behind|than|like|without|toward|towards)\s+$/i;

// Words of a role phrase before a name ("the longtime CPP commune chief").
const MAX_ROLE_PHRASE_WORDS = 5;
// "The 29-year-old said": an age standing for the person just named.
const AGE_NOMINAL = /^the\s+\d{1,3}-year-old$/i;
// Words that may stand before a sentence's subject besides capitalised words ("former CNRP president Sam Rainsy").
const SUBJECT_LEAD_WORDS: ReadonlySet<string> = new Set(['the', 'former', 'of', 'for', 'and', 'then', 'later']);
// Two or three capitalised words: the shape of a personal name the recogniser left untyped.
const PERSONAL_NAME = /^[\p{Lu}][\p{Ll}’'-]+(?: [\p{Lu}][\p{Ll}’'-]+){1,2}$/u;
// An unnamed spokesperson with no body of their own ("a spokeswoman", not "a spokeswoman for the port authority").
const SPOKESPERSON = /^(?:a|an)\s+(spokeswoman|spokesman|spokesperson)$/i;

const key = (name: string) => name.toLowerCase().replace(/^(?:mr|ms|mrs|dr|sir|dame)\.?\s+/, '').trim();
const surname = (name: string) => key(name).split(/\s+/).pop() ?? '';

/** True when the name at `at` opens its sentence or clause, after only capitalised words and roles ("In Velmora, President Sarrow"). */
function isSentenceSubject(plain: string, ctx: QuoteContext, at: number): boolean {
  const si = sentenceIndexAt(ctx.sentences, at);
  if (si < 0) return false;
  const prefix = plain.slice(ctx.sentences[si]!.start, at).split(/[,;:—–(]/).pop() ?? '';
  const words = prefix.split(/\s+/).filter((w) => w !== '');
  // A role phrase with lower-case modifiers right before the name ("Prek Chrey commune chief Chab Suy is quick …").
  if (words.length > 0 && words.length <= MAX_ROLE_PHRASE_WORDS && ROLE_WORDS.has(words[words.length - 1]!.toLowerCase())) return true;
  return words.every((w) => /^[\p{Lu}]/u.test(w) || ROLE_WORDS.has(w.toLowerCase()) || SUBJECT_LEAD_WORDS.has(w.toLowerCase()));
}

// Heads that say only "an organisation", so "the group" can stand for any organisation named before it.
const GENERIC_ORGANIZATION_HEADS: ReadonlySet<string> = new Set(['group', 'firm', 'company', 'organization', 'organisation', 'body', 'watchdog']);
// A role word and one name ("Author Strangio", "Judge Falk").
const ROLE_SURNAME = /^[\p{Lu}][\p{Ll}]+ [\p{Lu}][\p{L}’'-]+$/u;
const isRoleAndSurname = (name: string) => ROLE_SURNAME.test(name) && ROLE_WORDS.has(name.split(' ')[0]!.toLowerCase());
// One to three capitalised words, none a common sentence opener: the shape of a name the recogniser may leave untyped.
const PERSONAL_NAME_RUN = /^[\p{Lu}][\p{Ll}’'-]+(?: [\p{Lu}][\p{Ll}’'-]+){0,2}$/u;
// How far after a name its first he/she may stand for the name to count as a person ("Chhay has been … he could").
const PRONOUN_AFTER_SUBJECT_CHARS = 160;

/** An untyped name that opens its sentence, is followed by a verb (a lower-case word) and then by he or she. */
function treatedAsPerson(plain: string, ctx: QuoteContext, m: { start: number; end: number }): boolean {
  if (!isSentenceSubject(plain, ctx, m.start)) return false;
  const after = plain.slice(m.end, m.end + PRONOUN_AFTER_SUBJECT_CHARS);
  if (!/^(?:,[^,.;]*,)?\s+\p{Ll}/u.test(after)) return false;
  // The first pronoun after it must be a personal subject one: "Khmer Rouge soldiers shot his father" is no person.
  const pronoun = /\b(he|she|his|her|him|they|their|them|it|its)\b/i.exec(after);
  return pronoun !== null && /^(?:he|she)$/.test(pronoun[1]!);
}

/** True when a role word stands in the same sentence right before the name or in the appositive after it. */
function hasRoleBeside(plain: string, ctx: QuoteContext, m: { start: number; end: number }): boolean {
  const si = sentenceIndexAt(ctx.sentences, m.start);
  const before = plain.slice(si >= 0 ? ctx.sentences[si]!.start : Math.max(0, m.start - 60), m.start);
  const after = /^,([^,.;]*)/.exec(plain.slice(m.end, m.end + 80))?.[1] ?? '';
  return `${before} ${after}`.split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/[.,’']+$/, '')));
}

function sightings(quotes: Candidate[], ctx: QuoteContext): Sighting[] {
  const out: Sighting[] = [];
  const plain = withoutQuotes(quotes, ctx.text);
  // A name inside a quote is spoken about, not speaking: it is no antecedent for the pronoun of a later attribution.
  const regions = quoteRegions(quotes);
  const quoted = (at: number) => regions.some(([from, to]) => at >= from && at < to);
  // Names the quotes' own attributions give to people ("Chhay says"): the same name elsewhere is that person.
  const speakers = new Set(quotes.flatMap((q) => (q.attribution?.kind === 'person' ? [key(q.attribution.speaker), surname(q.attribution.speaker)] : [])));
  for (const m of ctx.mentions) {
    if (quoted(m.start)) continue;
    if (m.type === 'other' && PERSONAL_NAME_RUN.test(m.text) && (speakers.has(key(m.text)) || speakers.has(surname(m.text)) || treatedAsPerson(plain, ctx, m))) {
      out.push({ name: m.text, at: m.start, end: m.end, kind: 'person', salient: isSentenceSubject(plain, ctx, m.start) });
    } else if (m.type === 'person' || m.type === 'organization') out.push({ name: m.text, at: m.start, end: m.end, kind: m.type, salient: isSentenceSubject(plain, ctx, m.start) });
    // An untyped full name that opens its sentence beside a role ("The jury president, Renée Dufour, described …").
    else if (m.type === 'other' && PERSONAL_NAME.test(m.text) && isSentenceSubject(plain, ctx, m.start) && hasRoleBeside(plain, ctx, m)) {
      out.push({ name: m.text, at: m.start, end: m.end, kind: 'person', salient: true });
    }
    // A name the recogniser left untyped but the text treats as a person ("Chet, who …", "Sambath Kanika, 30,").
    else if (m.type === 'other' && /^[\p{Lu}][\p{L}’'-]+(?: [\p{Lu}][\p{L}’'-]+){0,2}$/u.test(m.text) && /^,\s*(?:who\b|\d+,)/.test(ctx.text.slice(m.end, m.end + 12))) {
      out.push({ name: m.text, at: m.start, end: m.end, kind: 'person', salient: isSentenceSubject(plain, ctx, m.start) });
    }
  }
  // A capitalised name followed by "who" or an age is a person the recogniser may have missed ("Chet, who …").
  for (const m of ctx.text.matchAll(/(?<![\p{L}.] )\b([\p{Lu}][\p{L}’'-]+(?: [\p{Lu}][\p{L}’'-]+){0,2}),\s*(?:who\b|whose\b|\d{1,3},)/gu)) {
    if (!out.some((o) => o.at === m.index)) out.push({ name: m[1]!, at: m.index, end: m.index + m[1]!.length, kind: 'person', salient: isSentenceSubject(plain, ctx, m.index) });
  }
  for (const sub of speechSubjects(plain, ctx)) {
    const same = out.find((o) => o.at === sub.at && o.kind === 'person');
    if (same) same.salient = true;
    else out.push(sub);
  }
  for (const q of quotes) {
    const a = q.attribution;
    if (a && (a.kind === 'person' || a.kind === 'organization')) out.push({ name: a.speaker, at: a.at, end: a.at + a.speaker.length, kind: a.kind, salient: true });
  }
  return out.sort((x, y) => x.at - y.at);
}

/** Gender evidence for each person: honorifics and gendered roles around the name, and the first pronoun after it. */
function genders(people: Sighting[], quotes: Candidate[], ctx: QuoteContext): Map<string, GenderVotes> {
  // Pronouns inside quotes, and the pronouns that attribute them, say nothing about the names before them.
  let text = ctx.text;
  const blank = (from: number, to: number) => (text = text.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + text.slice(to));
  for (const q of quotes) {
    blank(q.start, q.end);
    if (q.attribution?.kind === 'pronoun') blank(q.attribution.at, q.attribution.at + q.attribution.speaker.length);
  }
  const out = new Map<string, GenderVotes>();
  const note = (name: string, g: Gender) => {
    for (const k of [key(name), surname(name)]) {
      const votes = out.get(k) ?? { m: 0, f: 0 };
      votes[g]++;
      out.set(k, votes);
    }
  };
  people.forEach((p, i) => {
    if (p.kind !== 'person') return;
    // The role window stops at a sentence, a paragraph or a quote ("‘… to become king’" heading a paragraph is no role).
    const role = text.slice(Math.max(0, p.at - 30), p.at).split(ROLE_WINDOW_BREAK).pop() ?? '';
    const appositive = /^,([^,.;]*)/.exec(text.slice(p.end, p.end + 80))?.[1] ?? '';
    const around = `${role} ${p.name} ${appositive}`.replace(/\b(?:he|she|his|her|him)\b/gi, '');
    if (FEMALE_WORDS.test(around)) note(p.name, 'f');
    else if (MALE_WORDS.test(around)) note(p.name, 'm');
    // The first gendered pronoun after the name, in its sentence or the next, before another person is named.
    const nextPerson = people.slice(i + 1).find((o) => o.kind === 'person' && key(o.name) !== key(p.name) && o.at > p.end);
    const si = sentenceIndexAt(ctx.sentences, p.at);
    const limit = Math.min(nextPerson?.at ?? Infinity, ctx.sentences[si + 1]?.end ?? ctx.text.length);
    const after = text.slice(p.end, limit);
    // An object pronoun after a preposition ("Kerry, who runs the cafe with him") is someone else, never the name itself.
    const pronoun = [...after.matchAll(NEXT_PRONOUN_ALL)].find((m) => !(OBJECT_PRONOUN.test(after.slice(m.index + m[0].length)) && /^(him|her)$/i.test(m[1]!) && PREPOSITION_BEFORE.test(after.slice(0, m.index))));
    if (pronoun) note(p.name, /^(she|her|hers|herself)$/i.test(pronoun[1]!) ? 'f' : 'm');
  });
  return out;
}

/** The gender the evidence clearly favours: one pronoun after a name can belong to someone else ("… she stayed"). */
function genderOf(name: string, known: Map<string, GenderVotes>): Gender | null {
  // A first name alone ("Dale told …") shares the evidence of the one full name it opens ("Dale Hartigan").
  const firstOf = name.includes(' ') ? [] : [...known.keys()].filter((k) => k.startsWith(`${key(name)} `));
  const votes = known.get(key(name)) ?? known.get(surname(name)) ?? (firstOf.length === 1 ? known.get(firstOf[0]!) : undefined);
  if (!votes) return null;
  if (votes.m > 0 && votes.m >= GENDER_MAJORITY * votes.f) return 'm';
  if (votes.f > 0 && votes.f >= GENDER_MAJORITY * votes.m) return 'f';
  return null;
}

/**
 * The full form of a person's name ("Kanika" -> "Sambath Kanika"): the only one with that surname, or, when two people
 * share it ("Mayor Anna Brandt", "Dr. Tomas Brandt"), the one named last before `at`.
 */
function fullest(name: string, people: Sighting[], at: number): string {
  const s = surname(name);
  // A one-word name may also be the first word of a full one (family name first: "Hun" -> "Hun Sen").
  const first = name.includes(' ') ? null : key(name);
  const full = people.filter((p) => p.kind === 'person' && !p.unnamed && (surname(p.name) === s || (first !== null && key(p.name).startsWith(`${first} `))) && p.name.replace(/^(?:Mr|Ms|Mrs|Dr)\.?\s+/, '').includes(' ') && !isRoleAndSurname(p.name));
  const clean = (n: string) => n.replace(/^(?:Mr|Ms|Mrs|Dr)\.?\s+/, '');
  // Only a full form written before counts: "Sokha, 29," is not the "Kem Sokha" named further down.
  const earlier = full.filter((p) => p.at < at);
  if (new Set(earlier.map((p) => key(clean(p.name)))).size === 1) return earlier.map((p) => clean(p.name)).sort((x, y) => y.length - x.length)[0]!;
  const last = earlier.pop();
  return last ? clean(last.name) : name;
}

/** Two people named as "A and B", nearest first (`seen` runs backwards). */
function personPairs(seen: Sighting[], ctx: QuoteContext): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  for (const second of seen) {
    if (second.kind !== 'person') continue;
    const first = seen.find((p) => p.kind === 'person' && p.end < second.at && /^\s+and\s+$/.test(ctx.text.slice(p.end, second.at)));
    if (first) out.push({ name: `${first.name} and ${second.name}`, at: first.at });
  }
  return out;
}

function resolvePronoun(a: Attribution, seen: Sighting[], known: Map<string, GenderVotes>, ctx: QuoteContext): string | null {
  const pronoun = a.speaker.toLowerCase();
  const wanted: Gender | null = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
  const before = seen.filter((s) => s.at < a.at && s.at >= a.at - LOOKBACK_CHARS && s.end <= a.at).reverse();
  if (pronoun === 'they') {
    // "the researchers Laurie Parsons and Sabina Lawreniuk found … “…,” they wrote": two people named together.
    const org = before.find((s) => s.kind === 'organization');
    const pair = personPairs(before, ctx).find((p) => !org || p.at > org.at);
    if (pair) return pair.name;
  }
  if (pronoun === 'it' || pronoun === 'they') return before.find((s) => s.kind === 'organization')?.name ?? null;
  if (wanted === null) return null;
  const people = before.filter((s) => s.kind === 'person');
  const compatible = people.filter((p) => {
    const g = genderOf(p.name, known);
    return g === null || g === wanted;
  });
  // The nearest subject (of a sentence or of a speech verb) beats a name that only sits nearer as an object.
  const subject = compatible.find((p) => p.salient);
  if (subject) return subject.name;
  const first = compatible[0];
  if (!first) return null;
  if (genderOf(first.name, known) === wanted) return first.name;
  // Two names of unknown gender in one sentence: no way to tell which one speaks.
  const rival = compatible.find((p) => surname(p.name) !== surname(first.name) && sentenceIndexAt(ctx.sentences, p.at) === sentenceIndexAt(ctx.sentences, first.at));
  return rival ? null : first.name;
}

// "The union", "the ministry" as the subject of a verb: an organisation named earlier, referred to by its head.
const NOMINAL_ORGANIZATION = new RegExp(`\\b[Tt]he\\s+((?:\\p{Ll}+\\s+)?(?:${[...ORGANIZATION_HEADS].join('|')}))\\s+(?!of\\b)\\p{Ll}`, 'gu');
// How far back from a pronoun a nominal organisation may stand (the sentence before, about).
const NOMINAL_ORGANIZATION_CHARS = 300;

/** The last "the union"-like subject before `at`, when no named organisation stands between it and `at`. */
function nominalOrganizationBefore(plain: string, at: number, seen: Sighting[]): { phrase: string; at: number } | null {
  const from = Math.max(0, at - NOMINAL_ORGANIZATION_CHARS);
  const last = [...plain.slice(from, at).matchAll(NOMINAL_ORGANIZATION)].pop();
  if (!last) return null;
  const pos = from + last.index;
  if (seen.some((s) => s.kind === 'organization' && s.at > pos && s.at < at)) return null;
  return { phrase: `the ${last[1]!}`, at: pos };
}

function resolveNominal(a: Attribution, seen: Sighting[], ctx: QuoteContext): string | null {
  if (AGE_NOMINAL.test(a.speaker.trim())) {
    return seen.filter((s) => s.kind === 'person' && s.salient && !s.unnamed && s.end <= a.at && s.at >= a.at - LOOKBACK_CHARS).pop()?.name ?? null;
  }
  const words = a.speaker.toLowerCase().replace(/[’']s\b/g, '').split(/\s+/);
  const head = words[words.length - 1]!;
  if (ORGANIZATION_HEADS.has(head)) {
    // A body is often named once at the top and called "the union" long after: look back over the whole text.
    const textBefore = ctx.text.slice(0, a.at);
    const Head = head[0]!.toUpperCase() + head.slice(1);
    const named = [...textBefore.matchAll(new RegExp(`(?:[\\p{Lu}][\\p{L}’']*\\s+)+${Head}\\b|[\\p{Lu}][\\p{L}]*['’]s(?:\\s+\\p{Ll}+){0,2}\\s+${head}\\b`, 'gu'))];
    const last = named[named.length - 1];
    if (last) return last[0].replace(/^(?:The|According to the|According to)\s+/, '').trim();
    // "the group", "the firm": a generic head points back to the organisation named last, whatever its name.
    if (!GENERIC_ORGANIZATION_HEADS.has(head)) return null;
    return seen.filter((s) => s.kind === 'organization' && s.end <= a.at && s.at >= a.at - LOOKBACK_CHARS).pop()?.name ?? null;
  }
  // A role: the last person named with that role around their name.
  const people = seen.filter((s) => s.kind === 'person' && s.end <= a.at && s.at >= a.at - LOOKBACK_CHARS).reverse();
  const roleWord = new RegExp(`\\b${head.replace(/[^\p{L}]/gu, '')}\\b`, 'iu');
  for (const p of people) {
    const role = ctx.text.slice(Math.max(0, p.at - 40), p.at).split(/[.;"“”,]/).pop() ?? '';
    const appositive = /^,([^.;"“”]*)/.exec(ctx.text.slice(p.end, p.end + 90))?.[1] ?? '';
    if (roleWord.test(role) || roleWord.test(appositive)) return p.name;
  }
  return null;
}

export const resolveReferences: QuoteRefiner = {
  name: 'resolve-references',
  refine(quotes, ctx) {
    const seen = sightings(quotes, ctx);
    const known = genders(seen, quotes, ctx);
    const plain = withoutQuotes(quotes, ctx.text);
    const out: Candidate[] = [];
    for (const q of quotes) {
      const a = q.attribution;
      if (!a) {
        out.push(q);
        continue;
      }
      let name: string | null = null;
      if (a.kind === 'pronoun') {
        // Pronouns already resolved are speakers too, and as salient as any named one.
        const resolved = out.flatMap((o) => (o.attribution?.kind === 'person' ? [{ name: o.attribution.speaker, at: o.attribution.at, end: o.attribution.at + 1, kind: 'person' as const, salient: true }] : []));
        // "The union said … “…,” it said": a nominal organisation nearer than any named one is what "it" stands for.
        const body = /^(it|they)$/i.test(a.speaker) ? nominalOrganizationBefore(plain, a.at, seen) : null;
        name = (body ? resolveNominal({ ...a, speaker: body.phrase, at: body.at, kind: 'nominal' }, seen, ctx) : null) ?? resolvePronoun(a, [...seen, ...resolved].sort((x, y) => x.at - y.at), known, ctx);
      }
      else if (a.kind === 'nominal') name = resolveNominal(a, seen, ctx);
      const unnamed = name === null ? undefined : seen.find((s) => s.name === name && s.unnamed);
      const described = name === null && a.kind === 'pronoun' && /^(he|she)$/i.test(a.speaker) ? describedAntecedent(plain, Math.max(0, a.at - LOOKBACK_CHARS), a.at, /^she$/i.test(a.speaker) ? 'f' : 'm') : null;
      if (described) {
        // No named person fits the pronoun: the person the text described as a subject ("their commander") speaks.
        out.push({ ...q, speakerAs: a.speaker, attribution: { ...a, speaker: described.phrase, kind: 'unnamed' } });
      } else if (unnamed) {
        // "A younger worker, who asked not to be named, said … “…,” he said": the pronoun points at an unnamed speaker.
        out.push({ ...q, speakerAs: a.speaker, attribution: { ...a, speaker: unnamed.name, kind: 'unnamed' } });
      } else if (a.kind === 'unnamed' && SPOKESPERSON.test(a.speaker)) {
        // "A spokeswoman said" speaks for the body named last before her.
        const body = seen.filter((s) => s.kind === 'organization' && s.end <= a.at && s.at >= a.at - LOOKBACK_CHARS).pop();
        const noun = SPOKESPERSON.exec(a.speaker)![1]!;
        out.push(body ? { ...q, speakerAs: a.speaker, attribution: { ...a, speaker: `${body.name.replace(/^the\s+/i, '')} ${noun}` } } : q);
      } else if (name) {
        const read = readSpeakerPhrase(name);
        const resolved = read?.kind === 'person' ? read.speaker : name;
        const kind = seen.find((s) => s.name === name)?.kind ?? (read?.kind === 'organization' ? 'organization' : 'person');
        const together = / and /.test(resolved);
        out.push({ ...q, speakerAs: a.speaker, attribution: { ...a, speaker: kind === 'person' && !together ? fullest(resolved, seen, a.at) : resolved, kind } });
        // What a pronoun told us about the person it named.
        if (a.kind === 'pronoun' && /^(he|she)$/i.test(a.speaker) && !known.has(key(resolved))) known.set(key(resolved), /^she$/i.test(a.speaker) ? { m: 0, f: 1 } : { m: 1, f: 0 });
      } else if (a.kind === 'person' && !a.speaker.includes(' ')) {
        // A bare surname takes the full name written earlier; "Ms. Ostrova" stays as written.
        out.push({ ...q, attribution: { ...a, speaker: fullest(a.speaker, seen, a.at) } });
      } else if (a.kind === 'person' && isRoleAndSurname(a.speaker)) {
        // "Author Strangio": a role before a surname, the full name written earlier when there is one.
        // Only when one person has that surname: with two Brandts, "Mayor Brandt" stays as written for the alias resolver.
        const [role, name] = a.speaker.split(' ') as [string, string];
        const others = new Set(seen.filter((p) => p.kind === 'person' && p.at < a.at && surname(p.name) === surname(name) && p.name.includes(' ') && !isRoleAndSurname(p.name)).map((p) => key(p.name)));
        const full = others.size === 1 ? fullest(name, seen, a.at) : name;
        out.push(full === name ? q : { ...q, attribution: { ...a, speaker: full, role: a.role ?? role } });
      } else out.push(q);
    }
    return out;
  },
};
