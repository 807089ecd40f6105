// Locality-sensitive hashing of MinHash signatures: the signature is cut into bands of a few rows; two documents
// become candidates when all rows of any one band agree. With b bands of r rows, a pair of Jaccard s is found with
// probability 1 - (1 - s^r)^b, an S-curve whose steepest point is near (1/b)^(1/r).
import { mix32 } from './minhash.js';

/** Key of one band: its rows and its position hashed together, so equal rows in different bands do not meet. */
function bandKey(signature: Uint32Array, band: number, rows: number): number {
  let h = mix32(band + 1);
  const from = band * rows;
  for (let i = from; i < from + rows; i++) h = mix32(h ^ signature[i]!);
  return h;
}

/** Banded buckets of documents (numbered by arrival); a bucket of one document stores it bare, saving an array. */
export class LshBuckets {
  private buckets = new Map<number, number | number[]>();

  /**
   * @param bands number of bands; the signature must hold at least bands × rows values.
   * @param rows values per band.
   * @param cap documents kept per bucket: a band shared by that many documents is boilerplate, not copying.
   */
  constructor(
    readonly bands: number,
    readonly rows: number,
    private readonly cap: number,
  ) {}

  /** Adds to `into` every document sharing at least one band with the signature. */
  collect(signature: Uint32Array, into: Set<number>): void {
    for (let band = 0; band < this.bands; band++) {
      const found = this.buckets.get(bandKey(signature, band, this.rows));
      if (found === undefined) continue;
      if (typeof found === 'number') into.add(found);
      else for (const doc of found) into.add(doc);
    }
  }

  insert(signature: Uint32Array, doc: number): void {
    for (let band = 0; band < this.bands; band++) {
      const key = bandKey(signature, band, this.rows);
      const found = this.buckets.get(key);
      if (found === undefined) this.buckets.set(key, doc);
      else if (typeof found === 'number') {
        if (found !== doc) this.buckets.set(key, [found, doc]);
      } else if (found.length < this.cap && found[found.length - 1] !== doc) found.push(doc);
    }
  }

  /** Rebuilds the buckets keeping only documents for which `keep` holds. */
  prune(keep: (doc: number) => boolean): void {
    const next = new Map<number, number | number[]>();
    for (const [key, found] of this.buckets) {
      if (typeof found === 'number') {
        if (keep(found)) next.set(key, found);
        continue;
      }
      const kept = found.filter(keep);
      if (kept.length > 0) next.set(key, kept.length === 1 ? kept[0]! : kept);
    }
    this.buckets = next;
  }

  get size(): number {
    return this.buckets.size;
  }
}
