// Picks the element that holds the page's main text: the subtree with the best balance of content text
// against the boilerplate it would drag in.
import type { PageIndex } from './html-blocks.js';
import { contentBodyRank } from './content-body.js';
import { BOILERPLATE_WEIGHT, MIN_NAMED_BODY_CHARS, MIN_NAMED_BODY_SHARE, NEUTRAL_WEIGHT } from './html-settings.js';

/** Per-element sums of block characters by class, over each element's whole subtree. */
export interface SubtreeSums {
  content: Float64Array;
  boilerplate: Float64Array;
  neutral: Float64Array;
  /** Sums over the whole page (blocks outside any element included). */
  total: { content: number; boilerplate: number; neutral: number };
}

export interface ContainerChoice {
  /** Element index in the page index; -1 means the whole page. */
  index: number;
  score: number;
  /** Content characters inside the chosen container. */
  content: number;
  /** How it was chosen: the best score overall, or an element named as the article body. */
  via: 'score' | 'named-body' | 'dense-block';
}

/** Sums block characters per subtree, leaving out blocks for which `excluded(i)` is true. */
export function subtreeSums(page: PageIndex, excluded: (blockIndex: number) => boolean, linksAreContent = false): SubtreeSums {
  const n = page.elements.length;
  const content = new Float64Array(n);
  const boilerplate = new Float64Array(n);
  const neutral = new Float64Array(n);
  const total = { content: 0, boilerplate: 0, neutral: 0 };
  page.blocks.forEach((b, i) => {
    if (excluded(i)) return;
    const chars = b.text.length;
    let target: Float64Array | null = null;
    if (b.cls === 'content' || (linksAreContent && b.cls === 'link')) [target, total.content] = [content, total.content + chars];
    else if (b.cls === 'link' || b.cls === 'legal') [target, total.boilerplate] = [boilerplate, total.boilerplate + chars];
    else if (b.cls === 'short') [target, total.neutral] = [neutral, total.neutral + chars];
    if (target && b.owner >= 0) target[b.owner]! += chars;
  });
  // Children come after their parent in document order, so one backward sweep adds every subtree up.
  for (let i = n - 1; i >= 0; i--) {
    const p = page.parent[i]!;
    if (p < 0) continue;
    content[p]! += content[i]!;
    boilerplate[p]! += boilerplate[i]!;
    neutral[p]! += neutral[i]!;
  }
  return { content, boilerplate, neutral, total };
}

function score(content: number, boilerplate: number, neutral: number): number {
  return content - BOILERPLATE_WEIGHT * boilerplate - NEUTRAL_WEIGHT * neutral;
}

const NAMED = new WeakMap<PageIndex, Uint8Array>();

function namedBodies(page: PageIndex): Uint8Array {
  let flags = NAMED.get(page);
  if (!flags) {
    flags = Uint8Array.from(page.elements, (el, i) => contentBodyRank(el, page.tokens[i]));
    NAMED.set(page, flags);
  }
  return flags;
}

/**
 * The subtree maximising content - weighted boilerplate (on a tie the deeper element wins), unless an element
 * named as the article body (see content-body.ts) holds most of that text: publishers' own markup beats a score
 * that teaser lists can inflate. The strongest kind of name wins, the best score within a kind.
 */
export function chooseContainer(page: PageIndex, sums: SubtreeSums): ContainerChoice {
  const t = sums.total;
  const named = namedBodies(page);
  let best: ContainerChoice = { index: -1, score: score(t.content, t.boilerplate, t.neutral), content: t.content, via: 'score' };
  const bestNamed: (ContainerChoice | null)[] = [null, null, null, null, null];
  for (let i = 0; i < page.elements.length; i++) {
    const c = sums.content[i]!;
    if (c === 0) continue;
    const s = score(c, sums.boilerplate[i]!, sums.neutral[i]!);
    if (s >= best.score) best = { index: i, score: s, content: c, via: 'score' };
    const rank = named[i]!;
    if (rank > 0 && c >= MIN_NAMED_BODY_CHARS && (!bestNamed[rank] || s >= bestNamed[rank]!.score)) {
      bestNamed[rank] = { index: i, score: s, content: c, via: 'named-body' };
    }
  }
  for (let rank = bestNamed.length - 1; rank > 0; rank--) {
    const named = bestNamed[rank];
    if (named && named.content >= MIN_NAMED_BODY_SHARE[rank]! * best.content) return named;
  }
  return best;
}

/**
 * True when an element strictly inside `container` (the page for -1) names itself the text body by class, id or
 * itemprop (rank >= `minRank`), leaving out elements for which `ignored(i)` is true.
 */
export function holdsNamedBody(page: PageIndex, container: number, minRank: number, ignored: (i: number) => boolean): boolean {
  const named = namedBodies(page);
  const end = container < 0 ? page.elements.length : page.end[container]!;
  for (let i = container + 1; i < end; i++) if (named[i]! >= minRank && !ignored(i)) return true;
  return false;
}

/** True when element `i` is `container` or inside it (-1 holds everything). */
export function isWithin(page: PageIndex, i: number, container: number): boolean {
  if (container < 0) return true;
  return i >= container && i < page.end[container]!;
}

/** The deepest element holding at least `share` of the page's content text (-1, the page, when none does). */
export function chooseDenseBlock(page: PageIndex, sums: SubtreeSums, share: number): ContainerChoice {
  const need = share * sums.total.content;
  let best: ContainerChoice = { index: -1, score: sums.total.content, content: sums.total.content, via: 'dense-block' };
  // In document order a descendant comes after its ancestor, so the last element meeting the bar is the deepest
  // one on that path (two disjoint subtrees cannot both hold more than half).
  for (let i = 0; i < page.elements.length; i++) {
    if (sums.content[i]! >= need) best = { index: i, score: sums.content[i]!, content: sums.content[i]!, via: 'dense-block' };
  }
  return best;
}
