// Recognises teaser cards: sibling elements that each hold a linked headline and a short description ("Title" +
// two lines of summary), the shape of "more stories" rails and index pages. Their descriptions read like prose,
// so without this they count as content and widen the chosen container; they are reclassified as links.
import type { PageIndex } from './html-blocks.js';
import { MAX_TEASER_CARD_CHARS, MIN_TEASER_CARDS, MIN_TEASER_HEADLINE_CHARS, MIN_TEASER_SIBLING_SHARE } from './html-settings.js';

/** True when block `b` is a headline link: a linked heading or a paragraph opening with a long link. */
function isHeadline(page: PageIndex, b: number): boolean {
  const block = page.blocks[b]!;
  if (block.kind === 'heading') return block.cls === 'link' && block.text.length >= MIN_TEASER_HEADLINE_CHARS;
  return (block.leadLinkChars ?? 0) >= MIN_TEASER_HEADLINE_CHARS;
}

/** Reclassifies the content blocks of teaser cards as links; returns how many blocks changed. */
export function markTeaserCards(page: PageIndex): number {
  const n = page.elements.length;
  const headlines = new Int32Array(n);
  const content = new Float64Array(n);
  const text = new Float64Array(n);
  page.blocks.forEach((block, b) => {
    if (block.owner < 0) return;
    text[block.owner]! += block.text.length;
    // A paragraph may hold both: the headline link, then its summary as plain text.
    const headline = isHeadline(page, b);
    if (headline) headlines[block.owner]! += 1;
    if (block.cls === 'content') content[block.owner]! += headline ? block.text.length - (block.leadLinkChars ?? 0) : block.text.length;
  });
  for (let i = n - 1; i >= 0; i--) {
    const p = page.parent[i]!;
    if (p < 0) continue;
    headlines[p]! += headlines[i]!;
    content[p]! += content[i]!;
    text[p]! += text[i]!;
  }
  // A card: one headline, some description, all of it short.
  const isCard = (i: number): boolean => headlines[i] === 1 && content[i]! > 0 && text[i]! <= MAX_TEASER_CARD_CHARS;
  const cards = new Int32Array(n);
  const siblings = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = page.parent[i]!;
    if (p < 0 || text[i] === 0) continue;
    siblings[p]! += 1;
    if (isCard(i)) cards[p]! += 1;
  }
  const inCard = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = page.parent[i]!;
    if (p >= 0 && inCard[p]) inCard[i] = 1;
    else if (p >= 0 && isCard(i) && cards[p]! >= MIN_TEASER_CARDS && cards[p]! >= MIN_TEASER_SIBLING_SHARE * siblings[p]!) inCard[i] = 1;
  }
  let changed = 0;
  for (const block of page.blocks) {
    if (block.owner >= 0 && inCard[block.owner] && block.cls === 'content') {
      block.cls = 'link';
      block.teaser = true;
      changed++;
    }
  }
  return changed;
}

/** Undoes markTeaserCards: teaser blocks count as content again. */
export function unmarkTeaserCards(page: PageIndex): void {
  for (const block of page.blocks) {
    if (!block.teaser) continue;
    block.cls = 'content';
    block.teaser = false;
  }
}
