// Corpus-level entity resolution: mentions from every document merged into entities, each merge with its reason.
import type { EntityType } from '../contract/analysis.js';
import type { AnalyzedDocument, ResolvedEntity } from '../core/records.js';
import { stableId } from '../group/ids.js';
import { inCorpusOrder } from '../group/order.js';
import { cyrillicSkeletons, isCyrillic, MIN_SKELETON_LETTERS, romanize, skeleton } from './aliases/cyrillic.js';
import { acronymDefinitions, NAME_VARIANT_RULES } from './aliases/name-variants.js';
import { findNominals, nominalPhrases } from './aliases/nominals.js';
import { COURTESY_TITLES, titleBefore } from './aliases/titles.js';
import { ORGANIZATION_HEAD_SET, PLACE_HEAD_SET, PLACES, placeKey } from './gazetteers/index.js';

// Titles that precede a person's name and are not part of it.
const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'madam',
  'mayor', 'president', 'governor', 'gov', 'senator', 'sen', 'rep', 'minister', 'judge', 'gen', 'general', 'col', 'capt', 'rev',
]);
// First names shorter than this differ by one letter too often to be the same name ("Jon"/"Don", "Ana"/"Ava").
const MIN_EDITABLE_FIRST_NAME = 4;

// Transliteration variants of one name, each rewritten to one spelling before comparing.
const TRANSLITERATIONS: readonly { name: string; pattern: RegExp; to: string }[] = [
  { name: 'i/y ending', pattern: /(?:iy|ij|ii|i|y)$/, to: 'y' },
  { name: 'ks/x', pattern: /ks/g, to: 'x' },
];

interface Occurrence {
  docId: string;
  order: number;
  /** As written, with a title read from the text in front ("Treasury Secretary Maria K. Ostrova"). */
  surface: string;
  /** The surface without its title ("Maria K. Ostrova"); candidates for the entity's name. */
  name: string;
  type: EntityType;
  /** Normalised name tokens, honorifics removed. */
  tokens: string[];
  honorific: string | null;
  /** Lower-case title or role written with the name ("treasury secretary", "mayor", "ms"), null when none. */
  role: string | null;
  /** Reason fixed when the occurrence was read (a transliteration, a nominal); wins over the name rules. */
  reason?: string;
  /** Where in the document, for nominals. */
  start: number;
}

/** Lowercase, no diacritics, no possessive, punctuation to spaces. */
export function normalizeName(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

function splitHonorific(tokens: string[]): { honorific: string | null; tokens: string[] } {
  let i = 0;
  while (i < tokens.length - 1 && HONORIFICS.has(tokens[i]!)) i++;
  return { honorific: i > 0 ? tokens.slice(0, i).join(' ') : null, tokens: tokens.slice(i) };
}

/** Lookup key for a person's name as written: normalised, titles dropped ("Ms. Ostrova" -> "ostrova"). */
export function personKey(text: string): string {
  return splitHonorific(normalizeName(text)).tokens.join(' ');
}

/** The surface without its leading honorific, as written ("Ms. Maria Ostrova" -> "Maria Ostrova"). */
function withoutHonorific(surface: string, honorific: string | null): string {
  if (honorific === null) return surface;
  const words = surface.trim().split(/\s+/);
  return words.slice(honorific.split(' ').length).join(' ');
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function transliterate(name: string): { key: string; rules: string[] } {
  let key = name;
  const rules: string[] = [];
  for (const rule of TRANSLITERATIONS) {
    const next = key.replace(rule.pattern, rule.to);
    if (next !== key) rules.push(rule.name);
    key = next;
  }
  return { key, rules };
}

interface PersonName {
  first: string;
  initials: string[];
  middles: string[];
  surname: string;
}

function personName(tokens: string[]): PersonName {
  const inner = tokens.slice(1, -1);
  return {
    first: tokens[0]!,
    initials: inner.filter((t) => t.length === 1),
    middles: inner.filter((t) => t.length > 1),
    surname: tokens[tokens.length - 1]!,
  };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Why two full names with the same surname are the same person, or null when they are not.
 * Each rule is narrow on purpose: different first names with one surname are different people.
 */
function sameFullName(a: PersonName, b: PersonName, shownA: string, shownB: string): string | null {
  if (a.surname !== b.surname || !sameList(a.middles, b.middles)) return null;
  // A middle initial may be given or left out, but two different initials are two people.
  const initialsFit = sameList(a.initials, b.initials) || a.initials.length === 0 || b.initials.length === 0;
  if (!initialsFit) return null;
  if (a.first === b.first) return `middle initial: "${shownA}" = "${shownB}"`;
  const ta = transliterate(a.first);
  const tb = transliterate(b.first);
  if (ta.key === tb.key) {
    const rules = [...new Set([...ta.rules, ...tb.rules])].join(', ');
    return `transliteration variant (${rules}): "${shownA}" = "${shownB}"`;
  }
  if (
    Math.min(a.first.length, b.first.length) >= MIN_EDITABLE_FIRST_NAME &&
    editDistanceAtMostOne(a.first, b.first)
  ) {
    return `one-letter edit in first name, same surname: "${shownA}" = "${shownB}"`;
  }
  return null;
}

/** A group of occurrences that became one entity, before naming. */
interface Cluster {
  type: EntityType;
  occurrences: Occurrence[];
  /** Reason each surface joined, by surface; filled while merging. */
  reasons: Map<string, string>;
}

// Heads a nominal may repeat on its own ("the ministry", "the accord") besides organisation and place heads.
const NOMINAL_EXTRA_HEADS: ReadonlySet<string> = new Set(['accord', 'treaty', 'agreement', 'festival', 'presidency', 'crossing']);
const NOMINAL_HEADS: ReadonlySet<string> = new Set([
  ...[...ORGANIZATION_HEAD_SET, ...PLACE_HEAD_SET].map((w) => w.toLowerCase()),
  ...NOMINAL_EXTRA_HEADS,
]);
// A one-word role ("the president", "the mayor") names someone only in a document that names its holder; longer
// roles ("the treasury secretary") are specific enough to name the one holder in the corpus.
const MIN_CORPUS_ROLE_WORDS = 2;
// Courtesy titles that say a person is a man or a woman; one never stands for the other.
const MALE_TITLES: ReadonlySet<string> = new Set(['mr', 'sir']);
const FEMALE_TITLES: ReadonlySet<string> = new Set(['mrs', 'ms', 'miss', 'dame']);

function pickCanonical(occurrences: Occurrence[]): string {
  const stats = new Map<string, { count: number; tokens: number; first: number }>();
  const named = occurrences.filter((o) => o.tokens.length > 0 && !isCyrillic(o.name));
  const full = named.filter((o) => o.tokens.length >= 2);
  const pool = full.length > 0 ? full : named.length > 0 ? named : occurrences;
  for (const o of pool) {
    const entry = stats.get(o.name) ?? { count: 0, tokens: o.tokens.length, first: o.order };
    entry.count++;
    stats.set(o.name, entry);
  }
  // Seen most often; then the fullest (most name parts, then longest); then seen first.
  return [...stats.entries()].sort(
    ([na, a], [nb, b]) => b.count - a.count || b.tokens - a.tokens || nb.length - na.length || a.first - b.first,
  )[0]![0];
}

// "The Maren River" and "Maren River" name one thing.
function withoutArticle(tokens: string[]): string[] {
  return tokens.length > 1 && tokens[0] === 'the' ? tokens.slice(1) : tokens;
}

interface Span {
  text: string;
  start: number;
  end: number;
  type: EntityType;
}

/**
 * A plural possessive cuts a name in two ("Port Hallam Dockworkers" + "Union" for "Port Hallam Dockworkers’ Union");
 * the parts are joined back when only the apostrophe and a space separate them.
 */
function rejoinPluralPossessives(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (
      prev &&
      /s$/.test(prev.text) &&
      /^['’] $/.test(text.slice(prev.end, span.start)) &&
      text.slice(prev.start, prev.end) === prev.text &&
      /^\p{Lu}/u.test(span.text) &&
      span.type !== 'person'
    ) {
      out[out.length - 1] = { text: text.slice(prev.start, span.end), start: prev.start, end: span.end, type: span.type };
      continue;
    }
    out.push({ ...span });
  }
  return out;
}

// Occurrences sort by document (corpus order), then by position; room for this many characters per document.
const ORDER_STRIDE = 1e9;

/** Sort position of a span: documents in corpus order, then offsets. */
const orderOf = (docRank: number, start: number) => docRank * ORDER_STRIDE + start;

function collectOccurrences(docs: readonly AnalyzedDocument[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const [rank, doc] of inCorpusOrder(docs).entries()) {
    const sorted = [...doc.mentions].sort((a, b) => a.start - b.start);
    for (const mention of rejoinPluralPossessives(doc.text, sorted)) {
      const written = mention.text.trim().replace(/\s+/g, ' ').replace(/['’]s$/, '');
      const all = normalizeName(written);
      if (all.length === 0) continue;
      if (mention.type !== 'person') {
        const tokens = withoutArticle(all);
        out.push({ docId: doc.id, order: orderOf(rank, mention.start), surface: written, name: written, type: mention.type, tokens, honorific: null, role: null, start: mention.start });
        continue;
      }
      const split = splitHonorific(all);
      let honorific = split.honorific;
      let surface = written;
      const name = withoutHonorific(written, honorific);
      // Mentions leave titles out; the title written right before the name is read back from the text.
      const title = honorific === null && doc.text.slice(mention.start, mention.end) === mention.text ? titleBefore(doc.text, mention.start) : null;
      if (title) {
        surface = `${title.surface} ${written}`;
        honorific = title.key;
      }
      out.push({ docId: doc.id, order: orderOf(rank, mention.start), surface, name, type: 'person', tokens: split.tokens, honorific, role: honorific, start: mention.start });
    }
  }
  return out;
}

/**
 * Mentions typed differently in different documents are one name. A full name is a person when any mention of it
 * carries a title, when it or its surname speaks a quote in a document that names it, or when at least as many
 * mentions say person as say anything else; otherwise its person mentions were a mistake ("the Golden Heron").
 * A lone surname is then a person when a person of that surname is named in the same document.
 */
function settlePersonTypes(docs: readonly AnalyzedDocument[], occurrences: Occurrence[]): void {
  const speakers = new Map<string, Set<string>>();
  for (const doc of docs) {
    for (const quote of doc.quotes) {
      if (!quote.speaker || quote.speakerKind === 'organization' || quote.speakerKind === 'unnamed') continue;
      const set = speakers.get(doc.id) ?? new Set<string>();
      set.add(personKey(quote.speaker.split(',')[0]!));
      speakers.set(doc.id, set);
    }
  }
  const byKey = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    // A name ending on an organisation or place head ("Interior Ministry") is no person whoever speaks for it.
    if (o.tokens.length < 2 || isCyrillic(o.surface) || NOMINAL_HEADS.has(o.tokens[o.tokens.length - 1]!)) continue;
    const key = o.tokens.join(' ');
    byKey.set(key, [...(byKey.get(key) ?? []), o]);
  }
  const surnamesByDoc = new Map<string, Set<string>>();
  for (const [key, list] of byKey) {
    const people = list.filter((o) => o.type === 'person');
    if (people.length === 0 && !list.some((o) => speaks(speakers.get(o.docId), o.tokens))) continue;
    const person =
      people.some((o) => o.role !== null) ||
      list.some((o) => speaks(speakers.get(o.docId), o.tokens)) ||
      people.length >= list.length - people.length;
    for (const o of list) {
      if (person) o.type = 'person';
      else if (o.type === 'person') o.type = 'other';
    }
    if (!person) continue;
    const surname = key.split(' ').pop()!;
    for (const o of list) surnamesByDoc.set(o.docId, new Set([...(surnamesByDoc.get(o.docId) ?? []), surname]));
  }
  for (const o of occurrences) {
    if (o.type === 'person' || o.tokens.length !== 1) continue;
    if (surnamesByDoc.get(o.docId)?.has(o.tokens[0]!) && !PLACES.has(placeKey(o.tokens[0]!))) o.type = 'person';
  }
}

/** The document quotes this name, or its surname alone, as a speaker. */
function speaks(speakers: ReadonlySet<string> | undefined, tokens: string[]): boolean {
  return speakers !== undefined && (speakers.has(tokens.join(' ')) || speakers.has(tokens[tokens.length - 1]!));
}

/**
 * Cyrillic spans matched to Latin names in the corpus through a shared skeleton. The span may carry words in front
 * ("Премьер-министр Кестрии Йонас Кеттлер"); its longest tail that matches exactly one Latin name is kept.
 */
function matchCyrillic(occurrences: Occurrence[]): void {
  const latin = occurrences.filter((o) => o.tokens.length > 0 && !isCyrillic(o.surface));
  // Skeleton -> the Latin names (tokens and type) it could be.
  const index = new Map<string, Map<string, { tokens: string[]; type: EntityType; shown: string }>>();
  const add = (key: string, tokens: string[], type: EntityType, shown: string) => {
    if (key.replace(/ /g, '').length < MIN_SKELETON_LETTERS) return;
    const entry = index.get(key) ?? new Map();
    // Types of one name vote later; only a person and a thing of one name are two candidates.
    entry.set(`${type === 'person' ? 'person' : 'thing'}:${tokens.join(' ')}`, { tokens, type, shown });
    index.set(key, entry);
  };
  for (const o of latin) {
    if (o.type === 'person' && o.tokens.length >= 2) {
      const first = o.tokens[0]!;
      const surname = o.tokens[o.tokens.length - 1]!;
      add(`${skeleton(first)} ${skeleton(surname)}`, o.tokens, 'person', o.name);
      add(skeleton(surname), [surname], 'person', cap(surname));
    } else if (o.type !== 'person') {
      add(o.tokens.map(skeleton).join(' '), o.tokens, o.type, o.name);
    }
  }
  for (const o of occurrences) {
    if (!isCyrillic(o.surface)) continue;
    const words = o.surface.split(' ');
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const tail = words.slice(words.length - n);
      const heads = tail.slice(0, -1).map((w) => skeleton(romanize(w)));
      const keys = cyrillicSkeletons(tail[tail.length - 1]!).map((last) => [...heads, last].join(' '));
      const found = new Map<string, { tokens: string[]; type: EntityType; shown: string }>();
      for (const key of keys) for (const [k, v] of index.get(key) ?? []) found.set(k, v);
      if (found.size !== 1) continue;
      const match = [...found.values()][0]!;
      const surface = tail.join(' ');
      Object.assign(o, { surface, name: surface, tokens: match.tokens, type: match.type, honorific: null, role: null });
      o.reason = `Cyrillic spelling: "${surface}" = "${match.shown}"`;
      break;
    }
  }
}

/** Organisations, places and others: one entity per normalised name, typed by what most mentions say. */
function clusterByName(occurrences: Occurrence[]): Cluster[] {
  const byKey = new Map<string, Cluster>();
  for (const o of occurrences) {
    const key = o.tokens.join(' ');
    const cluster: Cluster = byKey.get(key) ?? { type: o.type, occurrences: [], reasons: new Map() };
    cluster.occurrences.push(o);
    if (o.reason && !cluster.reasons.has(o.surface)) cluster.reasons.set(o.surface, o.reason);
    byKey.set(key, cluster);
  }
  for (const cluster of byKey.values()) cluster.type = votedType(cluster.occurrences);
  return mergeNameVariants([...byKey.values()]);
}

/** The type most mentions give; "other" only when nothing more specific was said; ties go to the first seen. */
function votedType(occurrences: Occurrence[]): EntityType {
  const counts = new Map<EntityType, { n: number; first: number }>();
  for (const o of occurrences) {
    const c = counts.get(o.type) ?? { n: 0, first: o.order };
    c.n++;
    counts.set(o.type, c);
  }
  const specific = [...counts.entries()].filter(([t]) => t !== 'other');
  const pool = specific.length > 0 ? specific : [...counts.entries()];
  return pool.sort(([, a], [, b]) => b.n - a.n || a.first - b.first)[0]![0];
}

/** Name variants of one organisation or place ("Marovian Treasury" = "Treasury"), merged when only one fits. */
function mergeNameVariants(clusters: Cluster[]): Cluster[] {
  const keyOf = (c: Cluster) => c.occurrences[0]!.tokens;
  // Shorter name -> the longer names it is a variant of, with the reason.
  const into = new Map<Cluster, { target: Cluster; reason: string }[]>();
  for (const longer of clusters) {
    for (const shorter of clusters) {
      if (longer === shorter || longer.type === 'person' || shorter.type === 'person') continue;
      for (const rule of NAME_VARIANT_RULES) {
        const reason = rule.match(keyOf(longer), keyOf(shorter), { longer: pickCanonical(longer.occurrences), shorter: pickCanonical(shorter.occurrences) });
        if (reason) into.set(shorter, [...(into.get(shorter) ?? []), { target: longer, reason }]);
      }
    }
  }
  const merged = new Set<Cluster>();
  for (const [shorter, targets] of into) {
    // Two longer names claim it ("Marovian Treasury", "Kestrian Treasury"): the short name stays apart.
    if (targets.length !== 1 || into.has(targets[0]!.target)) continue;
    absorb(targets[0]!.target, shorter, targets[0]!.reason);
    merged.add(shorter);
  }
  return clusters.filter((c) => !merged.has(c));
}

/** Moves every occurrence of `from` into `to`, each surface with `reason` unless it already had one. */
function absorb(to: Cluster, from: Cluster, reason: string): void {
  // Either side may end up named; the other side's surfaces then carry the reason.
  for (const o of to.occurrences) if (!to.reasons.has(o.surface)) to.reasons.set(o.surface, reason);
  for (const o of from.occurrences) {
    to.occurrences.push(o);
    if (!to.reasons.has(o.surface)) to.reasons.set(o.surface, from.reasons.get(o.surface) ?? reason);
  }
}

/** Acronym definitions in the texts ("Civic Union (CU)") join the acronym's cluster to the name's. */
function mergeDefinedAcronyms(docs: readonly AnalyzedDocument[], clusters: Cluster[]): Cluster[] {
  const byKey = new Map(clusters.filter((c) => c.type !== 'person').map((c) => [c.occurrences[0]!.tokens.join(' '), c]));
  const gone = new Set<Cluster>();
  for (const doc of inCorpusOrder(docs)) {
    for (const { acronym, name } of acronymDefinitions(doc.text)) {
      const short = byKey.get(normalizeName(acronym).join(' '));
      const long = byKey.get(withoutArticle(normalizeName(name)).join(' '));
      if (!short || !long || short === long || gone.has(short) || gone.has(long)) continue;
      absorb(long, short, `acronym defined in the text: "${name} (${acronym})"`);
      gone.add(short);
    }
  }
  return clusters.filter((c) => !gone.has(c));
}

/** People: full names merged by narrow name rules, then surname-only mentions attached when unambiguous. */
function clusterPeople(occurrences: Occurrence[]): Cluster[] {
  const forms = new Map<string, Occurrence[]>();
  const shortOnes: Occurrence[] = [];
  for (const o of occurrences) {
    if (o.tokens.length < 2) shortOnes.push(o);
    else {
      const key = o.tokens.join(' ');
      const list = forms.get(key);
      if (list) list.push(o);
      else forms.set(key, [o]);
    }
  }

  // Union-find over full-name forms; only forms sharing a surname are compared.
  const keys = [...forms.keys()];
  const parent = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const edges: { a: string; b: string; reason: string }[] = [];
  const bySurname = new Map<string, string[]>();
  for (const key of keys) {
    const surname = key.split(' ').pop()!;
    const list = bySurname.get(surname);
    if (list) list.push(key);
    else bySurname.set(surname, [key]);
  }
  const shown = (key: string) => forms.get(key)!.find((o) => !isCyrillic(o.name))?.name ?? forms.get(key)![0]!.name;
  for (const group of bySurname.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i]!, group[j]!];
        const reason = sameFullName(personName(a.split(' ')), personName(b.split(' ')), shown(a), shown(b));
        if (reason === null) continue;
        edges.push({ a, b, reason });
        const [ra, rb] = [find(a), find(b)];
        if (ra !== rb) parent.set(rb < ra ? ra : rb, rb < ra ? rb : ra);
      }
    }
  }

  const clusters = new Map<string, Cluster & { keys: string[] }>();
  for (const key of keys) {
    const root = find(key);
    const cluster = clusters.get(root) ?? { type: 'person', occurrences: [], reasons: new Map<string, string>(), keys: [] as string[] };
    cluster.occurrences.push(...forms.get(key)!);
    cluster.keys.push(key);
    clusters.set(root, cluster);
  }

  // Reasons: walk the merge edges outwards from the canonical form; surface variants of one form share its name.
  for (const cluster of clusters.values()) {
    const canonical = pickCanonical(cluster.occurrences);
    const start = cluster.keys.find((k) => forms.get(k)!.some((o) => o.name === canonical)) ?? cluster.keys[0]!;
    const reached = new Map<string, string | null>([[start, null]]);
    const queue = [start];
    while (queue.length > 0) {
      const at = queue.shift()!;
      for (const edge of edges) {
        const next = edge.a === at ? edge.b : edge.b === at ? edge.a : null;
        if (next !== null && !reached.has(next)) {
          reached.set(next, edge.reason);
          queue.push(next);
        }
      }
    }
    for (const key of cluster.keys) {
      for (const o of forms.get(key)!) {
        if (cluster.reasons.has(o.surface)) continue;
        const viaEdge = reached.get(key) ?? null;
        cluster.reasons.set(o.surface, o.reason ?? viaEdge ?? (o.honorific ? `same name with title "${o.honorific}"` : 'same normalised name'));
      }
    }
  }

  // Surname-only mentions: titles first, then the one person with that surname in the same document, else in the corpus.
  const people = [...clusters.values()];
  const peopleBySurname = new Map<string, Cluster[]>();
  const fullNameDocs = new Map<Cluster, Set<string>>();
  const titlesOf = new Map<Cluster, Set<string>>();
  for (const cluster of people) {
    fullNameDocs.set(cluster, new Set(cluster.occurrences.map((o) => o.docId)));
    titlesOf.set(cluster, new Set(cluster.occurrences.map((o) => o.role).filter((r): r is string => r !== null)));
    for (const surname of new Set(cluster.keys.map((k) => k.split(' ').pop()!))) {
      peopleBySurname.set(surname, [...(peopleBySurname.get(surname) ?? []), cluster]);
    }
  }
  const unresolved = new Map<string, Cluster>();
  for (const o of shortOnes) {
    const surname = o.tokens[0]!;
    const named = (peopleBySurname.get(surname) ?? []).filter((c) => !titlesConflict(o.role, titlesOf.get(c)!));
    const inDocument = named.filter((c) => fullNameDocs.get(c)!.has(o.docId));
    const titled = o.role === null ? [] : named.filter((c) => [...titlesOf.get(c)!].some((t) => sameRole(t, o.role!)));
    const titledHere = titled.filter((c) => fullNameDocs.get(c)!.has(o.docId));
    let target: Cluster | null = null;
    let reason = '';
    if (titledHere.length === 1 && inDocument.length > 1) {
      target = titledHere[0]!;
      reason = `surname with title: the one ${cap(surname)} called "${o.honorific}" in the same document`;
    } else if (inDocument.length === 1) {
      target = inDocument[0]!;
      reason = `surname only: the one person named ${cap(surname)} in the same document`;
    } else if (inDocument.length === 0 && named.length === 1) {
      target = named[0]!;
      reason = `surname only: the one person named ${cap(surname)} in the corpus`;
    } else if (inDocument.length === 0 && titled.length === 1) {
      target = titled[0]!;
      reason = `surname with title: the one ${cap(surname)} called "${o.honorific}" in the corpus`;
    }
    if (target === null) {
      // Ambiguous or unknown: kept as its own entity rather than guessed.
      target = unresolved.get(surname) ?? { type: 'person', occurrences: [], reasons: new Map<string, string>() };
      unresolved.set(surname, target);
      reason = o.honorific ? `same name with title "${o.honorific}"` : 'same normalised name';
    }
    target.occurrences.push(o);
    if (!target.reasons.has(o.surface)) target.reasons.set(o.surface, o.reason ? `${o.reason}; ${reason}` : reason);
  }
  return [...people, ...unresolved.values()];
}

/** One role written fuller or shorter: "Lessing Mayor" and "Mayor", "Treasury Secretary" and "Secretary". */
function sameRole(a: string, b: string): boolean {
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

/** A title that rules a person out: "Mr." for a woman called "Ms." before, or a role the person never had. */
function titlesConflict(title: string | null, known: ReadonlySet<string>): boolean {
  if (title === null || known.size === 0 || [...known].some((t) => sameRole(t, title))) return false;
  if (MALE_TITLES.has(title)) return [...known].some((t) => FEMALE_TITLES.has(t));
  if (FEMALE_TITLES.has(title)) return [...known].some((t) => MALE_TITLES.has(t));
  if (COURTESY_TITLES.has(title)) return false;
  // Two different roles ("Mayor" and "Dr." is no conflict; "Mayor" and "Judge" is).
  const roles = [...known].filter((t) => !COURTESY_TITLES.has(t));
  return roles.length > 0;
}

/**
 * "the treasury secretary" for the one person written with that title: in the same document, or for a role of
 * several words, in the corpus.
 */
function attachRoleNominals(docs: readonly AnalyzedDocument[], people: Cluster[]): void {
  const holders = new Map<string, Cluster[]>();
  for (const cluster of people) {
    // A role is found by its shorter endings too ("the secretary" for a Treasury Secretary).
    const roles = new Set<string>();
    for (const role of cluster.occurrences.map((o) => o.role)) {
      if (role === null || COURTESY_TITLES.has(role)) continue;
      const words = role.split(' ');
      for (let i = 0; i < words.length; i++) roles.add(words.slice(i).join(' '));
    }
    for (const role of roles) holders.set(role, [...(holders.get(role) ?? []), cluster]);
  }
  for (const [rank, doc] of inCorpusOrder(docs).entries()) {
    for (const [role, clusters] of [...holders.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const hits = findNominals(doc.text, role.split(' '));
      if (hits.length === 0) continue;
      const here = clusters.filter((c) => c.occurrences.some((o) => o.docId === doc.id && o.tokens.length > 0));
      let target: Cluster | null = null;
      let reason = '';
      const shown = role.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
      if (here.length === 1) {
        target = here[0]!;
        reason = `role: the one person called ${shown} in the same document`;
      } else if (here.length === 0 && clusters.length === 1 && role.split(' ').length >= MIN_CORPUS_ROLE_WORDS) {
        target = clusters[0]!;
        reason = `role: the one person called ${shown} in the corpus`;
      }
      if (target === null) continue;
      for (const hit of hits) addNominal(target, doc.id, hit, reason, orderOf(rank, hit.start));
    }
  }
}

/** "the ministry", "the port authority": the one named organisation, place or thing in the document with that head. */
function attachHeadNominals(docs: readonly AnalyzedDocument[], things: Cluster[]): void {
  const byDoc = new Map<string, Cluster[]>();
  for (const cluster of things) {
    if (cluster.type === 'person') continue;
    const tokens = cluster.occurrences[0]!.tokens;
    if (tokens.length < 2 || !NOMINAL_HEADS.has(tokens[tokens.length - 1]!)) continue;
    for (const docId of new Set(cluster.occurrences.filter((o) => o.tokens.length > 0).map((o) => o.docId))) {
      byDoc.set(docId, [...(byDoc.get(docId) ?? []), cluster]);
    }
  }
  for (const [rank, doc] of inCorpusOrder(docs).entries()) {
    const named = byDoc.get(doc.id) ?? [];
    if (named.length === 0) continue;
    for (const { words, hit } of nominalPhrases(doc.text)) {
      const head = words[words.length - 1]!;
      const fits = named.filter((c) => {
        const tokens = c.occurrences[0]!.tokens;
        return tokens[tokens.length - 1] === head && words.every((w) => tokens.includes(w));
      });
      if (fits.length !== 1) continue;
      const name = pickCanonical(fits[0]!.occurrences);
      addNominal(fits[0]!, doc.id, hit, `nominal: the one ${head} named in the same document ("${name}")`, orderOf(rank, hit.start));
    }
  }
}

function addNominal(target: Cluster, docId: string, hit: { surface: string; start: number }, reason: string, order: number): void {
  target.occurrences.push({
    docId, order, surface: hit.surface, name: hit.surface, type: target.type, tokens: [], honorific: null, role: null, reason, start: hit.start,
  });
  if (!target.reasons.has(hit.surface)) target.reasons.set(hit.surface, reason);
}

const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function resolveEntities(docs: AnalyzedDocument[]): ResolvedEntity[] {
  const occurrences = collectOccurrences(docs);
  settlePersonTypes(docs, occurrences);
  matchCyrillic(occurrences);
  const people = clusterPeople(occurrences.filter((o) => o.type === 'person'));
  const things = mergeDefinedAcronyms(docs, clusterByName(occurrences.filter((o) => o.type !== 'person')));
  attachRoleNominals(docs, people);
  attachHeadNominals(docs, things);
  const clusters = [...people, ...things];
  const firstSeen = new Map<Cluster, number>();
  for (const cluster of clusters) {
    firstSeen.set(cluster, cluster.occurrences.reduce((min, o) => Math.min(min, o.order), Infinity));
  }
  clusters.sort((a, b) => firstSeen.get(a)! - firstSeen.get(b)!);

  const usedIds = new Set<string>();
  return clusters.map((cluster) => {
    const name = pickCanonical(cluster.occurrences);
    let id = stableId('n_', `${cluster.type}:${name}`);
    // Two entities can share a name (an ambiguous surname next to a person of that surname elsewhere).
    if (usedIds.has(id)) id = stableId('n_', `${cluster.type}:${name}:${cluster.occurrences[0]!.docId}`);
    usedIds.add(id);

    const byOrder = [...cluster.occurrences].sort((a, b) => a.order - b.order);
    // The name as written without its title is an alias too ("Mariah Ostrova" from "Treasury Secretary Mariah Ostrova").
    const reasons = new Map(cluster.reasons);
    // A bare surname is not: "Brandt" from "Dr. Brandt" was told apart only by the title.
    const untitled = (o: Occurrence) => (o.tokens.length >= 2 ? [o.surface, o.name] : [o.surface]);
    for (const o of byOrder) if (!reasons.has(o.name)) reasons.set(o.name, reasons.get(o.surface) ?? 'same normalised name');
    // A thing's surfaces that only differ from its name in case or article are the same name, whatever merged them.
    if (cluster.type !== 'person') {
      for (const o of byOrder) if (o.tokens.join(' ') === withoutArticle(normalizeName(name)).join(' ') && !o.reason) reasons.set(o.surface, 'same normalised name');
    }
    const aliases = [...new Set(byOrder.flatMap(untitled))].filter((surface) => surface !== name);
    const merges = aliases.map((alias) => ({ alias, reason: reasons.get(alias) ?? 'same normalised name' }));
    const documentIds = [...new Set(byOrder.map((o) => o.docId))];
    return { id, name, type: cluster.type, aliases, documentIds, merges };
  });
}
