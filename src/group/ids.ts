// Stable ids: a prefix plus the first hex digits of a SHA-256, so re-running on the same input gives the same ids.
import { createHash } from 'node:crypto';

// Ten hex digits (40 bits): collisions are negligible at corpus sizes of millions of items.
const ID_HEX_DIGITS = 10;

export function stableId(prefix: string, key: string): string {
  return prefix + createHash('sha256').update(key).digest('hex').slice(0, ID_HEX_DIGITS);
}
