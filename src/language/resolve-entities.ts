// Corpus-level entity resolution: mentions from every document merged into entities, each merge with its reason.
import type { EntityType } from '../contract/analysis.js';
import type { AnalyzedDocument, ResolvedEntity } from '../core/records.js';
import { stableId } from '../group/ids.js';
import { inCorpusOrder } from '../group/order.js';

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
  surface: string;
  type: EntityType;
  /** Normalised name tokens, honorifics removed. */
  tokens: string[];
  honorific: string | null;
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

function pickCanonical(occurrences: Occurrence[]): string {
  const stats = new Map<string, { count: number; tokens: number; first: number }>();
  const full = occurrences.filter((o) => o.tokens.length >= 2);
  for (const o of full.length > 0 ? full : occurrences) {
    const shown = withoutHonorific(o.surface, o.honorific);
    const entry = stats.get(shown) ?? { count: 0, tokens: o.tokens.length, first: o.order };
    entry.count++;
    stats.set(shown, entry);
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

function collectOccurrences(docs: readonly AnalyzedDocument[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const doc of inCorpusOrder(docs)) {
    for (const mention of [...doc.mentions].sort((a, b) => a.start - b.start)) {
      const surface = mention.text.trim().replace(/\s+/g, ' ').replace(/['’]s$/, '');
      const all = normalizeName(surface);
      if (all.length === 0) continue;
      const { honorific, tokens } =
        mention.type === 'person' ? splitHonorific(all) : { honorific: null, tokens: withoutArticle(all) };
      out.push({ docId: doc.id, order: out.length, surface, type: mention.type, tokens, honorific });
    }
  }
  return out;
}

/** Organisations, places and others: one entity per normalised name. */
function clusterByName(occurrences: Occurrence[]): Cluster[] {
  const byKey = new Map<string, Cluster>();
  for (const o of occurrences) {
    const key = `${o.type}:${o.tokens.join(' ')}`;
    const cluster: Cluster = byKey.get(key) ?? { type: o.type, occurrences: [], reasons: new Map() };
    cluster.occurrences.push(o);
    byKey.set(key, cluster);
  }
  return [...byKey.values()];
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
  const shown = (key: string) => withoutHonorific(forms.get(key)![0]!.surface, forms.get(key)![0]!.honorific);
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
    const start = cluster.keys.find((k) => forms.get(k)!.some((o) => withoutHonorific(o.surface, o.honorific) === canonical))!;
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
        cluster.reasons.set(
          o.surface,
          viaEdge ?? (o.honorific ? `same name with title "${o.honorific}"` : 'same normalised name'),
        );
      }
    }
  }

  // Surname-only mentions: the one person with that surname in the same document, else in the corpus.
  const people = [...clusters.values()];
  const peopleBySurname = new Map<string, Cluster[]>();
  const fullNameDocs = new Map<Cluster, Set<string>>();
  for (const cluster of people) {
    fullNameDocs.set(cluster, new Set(cluster.occurrences.map((o) => o.docId)));
    for (const surname of new Set(cluster.keys.map((k) => k.split(' ').pop()!))) {
      peopleBySurname.set(surname, [...(peopleBySurname.get(surname) ?? []), cluster]);
    }
  }
  const unresolved = new Map<string, Cluster>();
  for (const o of shortOnes) {
    const surname = o.tokens[0]!;
    const named = peopleBySurname.get(surname) ?? [];
    const inDocument = named.filter((c) => fullNameDocs.get(c)!.has(o.docId));
    let target: Cluster | null = null;
    let reason = '';
    if (inDocument.length === 1) {
      target = inDocument[0]!;
      reason = `surname only: the one person named ${cap(surname)} in the same document`;
    } else if (inDocument.length === 0 && named.length === 1) {
      target = named[0]!;
      reason = `surname only: the one person named ${cap(surname)} in the corpus`;
    }
    if (target === null) {
      // Ambiguous or unknown: kept as its own entity rather than guessed.
      target = unresolved.get(surname) ?? { type: 'person', occurrences: [], reasons: new Map<string, string>() };
      unresolved.set(surname, target);
      reason = o.honorific ? `same name with title "${o.honorific}"` : 'same normalised name';
    }
    target.occurrences.push(o);
    if (!target.reasons.has(o.surface)) target.reasons.set(o.surface, reason);
  }
  return [...people, ...unresolved.values()];
}

const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function resolveEntities(docs: AnalyzedDocument[]): ResolvedEntity[] {
  const occurrences = collectOccurrences(docs);
  const clusters = [
    ...clusterPeople(occurrences.filter((o) => o.type === 'person')),
    ...clusterByName(occurrences.filter((o) => o.type !== 'person')),
  ];
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
    const aliases = [...new Set(byOrder.map((o) => o.surface))].filter((surface) => surface !== name);
    const merges = aliases.map((alias) => ({ alias, reason: cluster.reasons.get(alias) ?? 'same normalised name' }));
    const documentIds = [...new Set(byOrder.map((o) => o.docId))];
    return { id, name, type: cluster.type, aliases, documentIds, merges };
  });
}
