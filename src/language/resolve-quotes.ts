// Corpus-level quote resolution: one quote per distinct quoted text, with every document that carries it.
import type { AnalyzedDocument, DuplicateLink, QuoteFinding, ResolvedEntity, ResolvedQuote } from '../core/records.js';
import { stableId } from '../group/ids.js';
import { inCorpusOrder } from '../group/order.js';
import { jaccard, words } from '../group/text.js';
import { normalizeName, personKey } from './resolve-entities.js';

// Re-reported quotes differ by a word or two (an edit, a dropped "and"); other quotes share far fewer words.
const SAME_QUOTE_JACCARD = 0.8;
// A wire copy carries its original's quotes, so a heavier edit there is still the same quote.
const SAME_QUOTE_IN_COPY_JACCARD = 0.5;
// Shorter fragments ("no comment", "we'll see") are contained in other quotes by chance.
const MIN_CONTAINED_TOKENS = 4;
// In a shorter quote one changed word is a different statement ("Nobody/Drivers will be charged a toll").
const MIN_FUZZY_TOKENS = 10;
// Word overlap is blind to negation: "has approved" and "has not approved" share every other word.
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nobody', 'none', 'nothing', "n't", 'neither', 'nor', 'without']);

const ELLIPSIS = /\s*(?:…|\.\s?\.\s?\.|\[\s*(?:…|\.\.\.)\s*\])\s*/gu;

interface Item {
  docId: string;
  quote: QuoteFinding;
  /** Word runs between ellipses, each joined by single spaces. */
  fragments: string[];
  /** All words, space-joined, ellipses removed. */
  joined: string;
  tokens: Set<string>;
  tokenCount: number;
}

function toItem(docId: string, quote: QuoteFinding): Item {
  const fragments = quote.text
    .split(ELLIPSIS)
    .map((part) => words(part).join(' '))
    .filter(Boolean);
  const all = fragments.join(' ');
  const tokens = all === '' ? [] : all.split(' ');
  return { docId, quote, fragments, joined: all, tokens: new Set(tokens), tokenCount: tokens.length };
}

/** Every fragment of the shorter quote appears, in order and on word boundaries, in the longer one. */
function contained(shorter: Item, longer: Item): boolean {
  if (shorter.tokenCount < MIN_CONTAINED_TOKENS) return false;
  const haystack = ` ${longer.joined} `;
  let from = 0;
  for (const fragment of shorter.fragments) {
    const at = haystack.indexOf(` ${fragment} `, from);
    if (at < 0) return false;
    from = at + fragment.length + 1;
  }
  return true;
}

function negations(item: Item): string {
  return [...item.tokens]
    .filter((t) => NEGATIONS.has(t) || t.endsWith("n't"))
    .sort()
    .join(' ');
}

/** How alike two quotes are (0 when they are not the same quote). */
function sameQuote(a: Item, b: Item, threshold: number): number {
  if (a.joined === b.joined) return 2;
  const [shorter, longer] = a.tokenCount <= b.tokenCount ? [a, b] : [b, a];
  if (contained(shorter, longer)) return 1.5;
  if (shorter.tokenCount < MIN_FUZZY_TOKENS || negations(a) !== negations(b)) return 0;
  const score = jaccard(a.tokens, b.tokens);
  return score >= threshold ? score : 0;
}

interface Cluster {
  members: Item[];
}

const asWritten = (name: string) => `=${name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()}`;

/** Entities each name or alias points to, as written and normalised. */
function aliasIndex(entities: readonly ResolvedEntity[]): Map<string, ResolvedEntity[]> {
  const index = new Map<string, ResolvedEntity[]>();
  for (const entity of entities) {
    const keys = new Set<string>();
    for (const name of [entity.name, ...entity.aliases]) {
      // The alias as written first: "Mayor Brandt" and "Dr. Brandt" name two people whose normalised names are one.
      keys.add(asWritten(name));
      keys.add(normalizeName(name).join(' '));
      if (entity.type === 'person') keys.add(personKey(name));
    }
    for (const key of keys) {
      if (key === '') continue;
      const list = index.get(key);
      if (list) list.push(entity);
      else index.set(key, [entity]);
    }
  }
  return index;
}

/** The entity a speaker string names, when exactly one matches (preferring those seen in the quote's document). */
function speakerEntity(speaker: string, docId: string, index: Map<string, ResolvedEntity[]>): string | null {
  // "Maria Ostrova, the regional director": the name is what comes before the apposition.
  const name = speaker.split(',')[0]!;
  const exact = index.get(asWritten(name)) ?? [];
  if (new Set(exact).size === 1) return exact[0]!.id;
  const candidates = new Set([...(index.get(normalizeName(name).join(' ')) ?? []), ...(index.get(personKey(name)) ?? [])]);
  if (candidates.size === 1) return [...candidates][0]!.id;
  const here = [...candidates].filter((entity) => entity.documentIds.includes(docId));
  return here.length === 1 ? here[0]!.id : null;
}

export function resolveQuotes(
  docs: AnalyzedDocument[],
  entities: ResolvedEntity[],
  duplicates: DuplicateLink[],
): ResolvedQuote[] {
  const originalOf = new Map(duplicates.map((link) => [link.documentId, link.duplicateOf]));
  const clusters: Cluster[] = [];
  const byToken = new Map<string, Set<number>>();

  for (const doc of inCorpusOrder(docs)) {
    for (const quote of [...doc.quotes].sort((a, b) => a.start - b.start)) {
      const item = toItem(doc.id, quote);
      if (item.tokenCount === 0) continue;
      const original = originalOf.get(doc.id);
      const candidates = new Set<number>();
      for (const token of item.tokens) for (const c of byToken.get(token) ?? []) candidates.add(c);

      let best = -1;
      let bestScore = 0;
      for (const c of [...candidates].sort((a, b) => a - b)) {
        const members = clusters[c]!.members;
        const fromOriginal = original !== undefined && members.some((m) => m.docId === original);
        const threshold = fromOriginal ? SAME_QUOTE_IN_COPY_JACCARD : SAME_QUOTE_JACCARD;
        const score = members.reduce((max, m) => Math.max(max, sameQuote(item, m, threshold)), 0);
        if (score > bestScore) [best, bestScore] = [c, score];
      }
      if (best < 0) {
        best = clusters.length;
        clusters.push({ members: [] });
      }
      clusters[best]!.members.push(item);
      for (const token of item.tokens) {
        const set = byToken.get(token);
        if (set) set.add(best);
        else byToken.set(token, new Set([best]));
      }
    }
  }

  const index = aliasIndex(entities);
  const usedIds = new Set<string>();
  return clusters.map(({ members }) => {
    const first = members[0]!;
    let id = stableId('q_', first.joined);
    if (usedIds.has(id)) id = stableId('q_', `${first.joined}:${first.docId}`);
    usedIds.add(id);
    const alsoIn = [...new Set(members.map((m) => m.docId))].filter((docId) => docId !== first.docId);
    const spoken = members.filter((m) => m.quote.speaker !== null && m.quote.speaker.trim() !== '');
    let speakerEntityId: string | null = null;
    for (const m of spoken) {
      speakerEntityId = speakerEntity(m.quote.speaker!, m.docId, index);
      if (speakerEntityId !== null) break;
    }
    return {
      id,
      text: first.quote.text,
      speakerName: spoken[0]?.quote.speaker ?? null,
      speakerEntityId,
      documentId: first.docId,
      alsoIn,
    };
  });
}
