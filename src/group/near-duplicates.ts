// Exact copies and near-duplicates (wire copies, trimmed or re-headlined reprints, updated versions), found as
// documents arrive: MinHash LSH proposes candidates, exact shingle overlap decides.
import { createHash } from 'node:crypto';
import type { AnalyzedDocument, DuplicateLink } from '../core/records.js';
import { LshBuckets } from './lsh.js';
import { minHashes, permutationSeeds } from './minhash.js';
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

// Copies appear within days of their original; documents this far back in arrival order are no longer compared.
export const DUPLICATE_WINDOW = 20_000;
// Whole-text LSH: 42 bands of 3 MinHash rows (126 permutations). The S-curve 1 - (1 - s^3)^42 rises around
// s = (1/42)^(1/3) ~ 0.29: a pair of shingle Jaccard 0.5 is a candidate with probability 0.996, 0.8 with certainty
// to nine places, while unrelated texts (Jaccard ~0.05) collide in under 1% of pairs. Every candidate is verified
// exactly, so the bands only decide who is compared, never the verdict.
const WHOLE_BANDS = 42;
const WHOLE_ROWS = 3;
// Trimmed copies are poorly served by Jaccard-LSH: a copy keeping a fifth of the original has Jaccard ~0.2 and
// would be a candidate only 29% of the time. Wire copies are cut from the end, so the lead (first shingles) survives:
// the lead's own signature, banded separately, finds them however much is cut. 24 shingles is about the first 28 words.
const LEAD_SHINGLES = 24;
// 16 bands of 3 rows for the lead: an intact lead (Jaccard 1) always meets; one edited phrase in it (~0.7) still
// does with probability 0.999. Fewer bands than the whole text because leads either match or belong to other stories.
const LEAD_BANDS = 16;
const LEAD_ROWS = 3;
const PERMUTATIONS = Math.max(WHOLE_BANDS * WHOLE_ROWS, LEAD_BANDS * LEAD_ROWS);
const SEEDS = permutationSeeds(PERMUTATIONS);
// Documents per bucket: a band shared by that many documents is boilerplate (a recurring notice), not copying.
const BUCKET_CAP = 64;
// The buckets are rebuilt without documents that left the window every quarter window: they then hold at most
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

/** Distinct shingle hashes in text order (first occurrence kept): the order the lead signature needs. */
function shingleHashes(tokens: readonly string[], size: number): Uint32Array {
  const seen = new Set<number>();
  for (const shingle of shinglesOf(tokens, size)) seen.add(hash32(shingle));
  return Uint32Array.from(seen);
}

/**
 * Links each arriving document that copies an earlier one to the earliest document of its copy group.
 * Candidates come from MinHash LSH buckets of the whole text and of its lead; each is then checked exactly on all
 * its shingles (Jaccard or containment), so the reasons state measured overlaps, not estimates.
 */
export class NearDuplicateIndex {
  private readonly ids: string[] = [];
  private readonly rootOf: number[] = [];
  /** Sorted shingle hashes of documents still inside the window (older ones are dropped). */
  private readonly hashes = new Map<number, Uint32Array>();
  private readonly byExactText = new Map<string, number>();
  private readonly whole = new LshBuckets(WHOLE_BANDS, WHOLE_ROWS, BUCKET_CAP);
  private readonly lead = new LshBuckets(LEAD_BANDS, LEAD_ROWS, BUCKET_CAP);

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

    const exact = this.byExactText.get(keyHash);
    // An exact copy adds nothing new to compare against: its original is already indexed. One of a document that left
    // the window is treated as new (the map is only cleaned at rebuilds, so the window is checked here).
    if (exact !== undefined && this.hashes.has(exact)) {
      return this.link(index, { index: exact, reason: 'exact-text', score: Infinity });
    }

    const ordered = shingleHashes(tokens, this.settings.shingleSize);
    const own = ordered.slice().sort();
    const signatures = minHashes(ordered, SEEDS, LEAD_SHINGLES);
    const candidates = new Set<number>();
    this.whole.collect(signatures.whole, candidates);
    this.lead.collect(signatures.lead, candidates);
    let match: Match | null = null;
    for (const earlier of [...candidates].sort((a, b) => a - b)) {
      const other = this.hashes.get(earlier);
      if (!other) continue;
      const verdict = judge(sharedCount(own, other), own.length, other.length, this.settings);
      if (verdict && (match === null || verdict.score > match.score)) match = { index: earlier, ...verdict };
    }

    this.byExactText.set(keyHash, index);
    this.hashes.set(index, own);
    this.whole.insert(signatures.whole, index);
    this.lead.insert(signatures.lead, index);
    return match === null ? null : this.link(index, match);
  }

  private link(index: number, match: Match): DuplicateLink {
    const root = this.rootOf[match.index]!;
    this.rootOf[index] = root;
    // A copy of a copy points at the earliest document; the reason names the copy it was compared with.
    const via = root === match.index ? '' : ` (via ${this.ids[match.index]!})`;
    return { documentId: this.ids[index]!, duplicateOf: this.ids[root]!, reason: match.reason + via };
  }

  /** Drops a document that left the window; every so often the buckets are rebuilt without the dropped ones. */
  private forget(index: number): void {
    if (index < 0) return;
    this.hashes.delete(index);
    if (index % REBUILD_EVERY !== 0 || index === 0) return;
    const inWindow = (i: number) => this.hashes.has(i);
    this.whole.prune(inWindow);
    this.lead.prune(inWindow);
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
