// MinHash signatures of shingle-hash sets: per seeded permutation of the 32-bit hash space, the least permuted value.
// Two sets agree at one position with probability equal to their Jaccard similarity.

/** Murmur3's 32-bit finaliser: a bijection on 32-bit values that spreads nearby inputs over the whole range. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Fixed seeds (a Weyl sequence through the golden ratio, mixed) so signatures are the same in every run and process.
 * Each is odd, as the permutation multiplies by it.
 */
export function permutationSeeds(count: number): Uint32Array {
  const seeds = new Uint32Array(count);
  for (let i = 0; i < count; i++) seeds[i] = (mix32(Math.imul(i + 1, 0x9e3779b9)) | 1) >>> 0;
  return seeds;
}

/**
 * Permutation `seed` of a value already mixed by `mix32`: multiply by an odd seed, add it, fold the high bits down;
 * each step is a bijection on 32 bits. Cheaper than a full mix per permutation, which the inner loop runs 126 times
 * per shingle, and the input is already well spread.
 */
function permute(mixed: number, seed: number): number {
  const v = (Math.imul(mixed, seed) + seed) >>> 0;
  return (v ^ (v >>> 15)) >>> 0;
}

export interface MinHashes {
  /** Signature of the whole set. */
  whole: Uint32Array;
  /** Signature of the first `leadSize` items in the given order (the whole set when it is no longer). */
  lead: Uint32Array;
}

/**
 * Signatures of `items` (shingle hashes in text order) under `seeds`, computed in one pass: the lead's signature is
 * a snapshot of the running minima after `leadSize` items, so it costs nothing extra.
 */
export function minHashes(items: ArrayLike<number>, seeds: Uint32Array, leadSize: number): MinHashes {
  const k = seeds.length;
  const whole = new Uint32Array(k).fill(0xffffffff);
  let lead: Uint32Array | null = null;
  for (let n = 0; n < items.length; n++) {
    if (n === leadSize) lead = whole.slice();
    // The shingle hash is mixed once first: FNV values of similar strings are close.
    const base = mix32(items[n]!);
    for (let i = 0; i < k; i++) {
      const v = permute(base, seeds[i]!);
      if (v < whole[i]!) whole[i] = v;
    }
  }
  return { whole, lead: lead ?? whole };
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two sets. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
