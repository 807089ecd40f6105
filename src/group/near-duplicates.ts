// Exact copies and near-duplicates (wire copies, trimmed or re-headlined reprints), found as documents arrive.
import { createHash } from 'node:crypto';
import type { AnalyzedDocument, DuplicateLink } from '../core/records.js';
import { inCorpusOrder } from './order.js';
import type { GroupSettings } from './settings.js';
import { words } from './text.js';

/** Word n-gram shingles of a text. Texts shorter than n words give one shingle holding all their words. */
export function shingles(text: string, size: number): Set<string> {
  return shinglesOf(words(text), size);
}

function shinglesOf(tokens: readonly string[], size: number): Set<string> {
  const out = new Set<string>();
  if (tokens.length === 0) return out;
  if (tokens.length < size) {
    out.add(tokens.join(' '));
    return out;
  }
  for (let i = 0; i + size <= tokens.length; i++) out.add(tokens.slice(i, i + size).join(' '));
  return out;
}

/** Text compared for exact copies: words only, so case, punctuation and spacing differences do not matter. */
export function exactKey(text: string): string {
  return words(text).join(' ');
}

// One shingle in this many is indexed for long texts (hash sampling): a copied passage of a dozen shingles
// almost surely shares one, and the index stays a quarter of the size.
const SHINGLE_SAMPLE = 4;
// Texts with fewer shingles are indexed whole: sampling would leave them with too few to be found.
const SAMPLE_FROM_SHINGLES = 64;
// Copies appear within days of their original; documents this far back in arrival order are no longer compared.
export const DUPLICATE_WINDOW = 20_000;
// Documents per shingle kept in the index: boilerplate shared by thousands of pages says nothing about copying.
const SHINGLE_POSTINGS_CAP = 64;
// The postings are rebuilt without documents that left the window every quarter window: they then hold at most
// 1.25 windows of documents (rebuilding once a window let them grow to two).
const REBUILD_EVERY = DUPLICATE_WINDOW / 4;

/** 32-bit FNV-1a hash of a shingle. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function fixed(value: number): string {
  return (Math.floor(value * 100) / 100).toFixed(2);
}

interface Match {
  index: number;
  reason: string;
  /** Higher is a better match; used to pick among candidates. */
  score: number;
}

/** Scores one earlier document against the current one from their shared shingle count. */
function judge(shared: number, size: number, otherSize: number, settings: GroupSettings): Omit<Match, 'index'> | null {
  const jaccard = shared / (size + otherSize - shared);
  if (jaccard >= settings.nearDuplicateJaccard) {
    return { reason: `near-duplicate: shingle Jaccard ${fixed(jaccard)}`, score: 1 + jaccard };
  }
  const shorter = Math.min(size, otherSize);
  const containment = shared / shorter;
  if (shorter >= settings.minContainmentShingles && containment >= settings.containment) {
    return { reason: `contained: ${fixed(containment)} of shorter text`, score: containment };
  }
  return null;
}

function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

/**
 * Links each arriving document that copies an earlier one to the earliest document of its copy group.
 * Candidates come from an inverted index of (sampled) shingle hashes; each is then checked on all its shingles.
 */
export class NearDuplicateIndex {
  private readonly ids: string[] = [];
  private readonly rootOf: number[] = [];
  /** Sorted shingle hashes of documents still inside the window (older ones are dropped). */
  private readonly hashes = new Map<number, Uint32Array>();
  private readonly byExactText = new Map<string, number>();
  /** Shingle hash -> documents; a single document is stored bare (most shingles occur once), saving an array each. */
  private postings = new Map<number, number | number[]>();

  constructor(private readonly settings: GroupSettings) {}

  add(doc: Pick<AnalyzedDocument, 'id' | 'text'>): DuplicateLink | null {
    const index = this.ids.length;
    this.ids.push(doc.id);
    this.rootOf.push(index);
    this.forget(index - DUPLICATE_WINDOW);
    const tokens = words(doc.text);
    const key = tokens.join(' ');
    // An empty text is not a copy of another empty text: there is nothing to compare.
    if (key === '') return null;
    const keyHash = createHash('sha1').update(key).digest('base64');
    const own = Uint32Array.from(new Set([...shinglesOf(tokens, this.settings.shingleSize)].map(hash32))).sort();

    const exact = this.byExactText.get(keyHash);
    let match: Match | null = exact === undefined ? null : { index: exact, reason: 'exact-text', score: Infinity };
    if (match === null) {
      const candidates = new Set<number>();
      for (const h of own) {
        const posted = this.postings.get(h);
        if (posted === undefined) continue;
        if (typeof posted === 'number') candidates.add(posted);
        else for (const earlier of posted) candidates.add(earlier);
      }
      for (const earlier of [...candidates].sort((a, b) => a - b)) {
        const other = this.hashes.get(earlier);
        if (!other) continue;
        const verdict = judge(sharedCount(own, other), own.length, other.length, this.settings);
        if (verdict && (match === null || verdict.score > match.score)) match = { index: earlier, ...verdict };
      }
    }

    let link: DuplicateLink | null = null;
    if (match !== null) {
      const root = this.rootOf[match.index]!;
      this.rootOf[index] = root;
      // A copy of a copy points at the earliest document; the reason names the copy it was compared with.
      const via = root === match.index ? '' : ` (via ${this.ids[match.index]!})`;
      link = { documentId: doc.id, duplicateOf: this.ids[root]!, reason: match.reason + via };
    }
    // An exact copy adds nothing new to compare against: its original is already indexed.
    if (exact !== undefined) return link;
    this.byExactText.set(keyHash, index);
    this.hashes.set(index, own);
    const sampled = own.length >= SAMPLE_FROM_SHINGLES;
    for (const h of own) {
      if (sampled && h % SHINGLE_SAMPLE !== 0) continue;
      const posted = this.postings.get(h);
      if (posted === undefined) this.postings.set(h, index);
      else if (typeof posted === 'number') this.postings.set(h, [posted, index]);
      else if (posted.length < SHINGLE_POSTINGS_CAP) posted.push(index);
    }
    return link;
  }

  /** Drops a document that left the window; every so often the postings are rebuilt without the dropped ones. */
  private forget(index: number): void {
    if (index < 0) return;
    this.hashes.delete(index);
    if (index % REBUILD_EVERY !== 0 || index === 0) return;
    const next = new Map<number, number | number[]>();
    for (const [h, posted] of this.postings) {
      if (typeof posted === 'number') {
        if (this.hashes.has(posted)) next.set(h, posted);
        continue;
      }
      const kept = posted.filter((i) => this.hashes.has(i));
      if (kept.length > 0) next.set(h, kept.length === 1 ? kept[0]! : kept);
    }
    this.postings = next;
    for (const [key, i] of this.byExactText) if (!this.hashes.has(i)) this.byExactText.delete(key);
  }
}

/** Batch form: documents in corpus order through a fresh index. */
export function findDuplicates(docs: readonly AnalyzedDocument[], settings: GroupSettings): DuplicateLink[] {
  const index = new NearDuplicateIndex(settings);
  const links: DuplicateLink[] = [];
  for (const doc of inCorpusOrder(docs)) {
    const link = index.add(doc);
    if (link) links.push(link);
  }
  return links;
}
