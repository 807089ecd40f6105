// Hostile or broken pages can nest elements hundreds of thousands deep. The parser keeps its open-element
// stack in a way that costs time proportional to the depth on every tag, so such a page takes quadratic time
// before any of our own bounds apply. This linear pre-pass drops the tags below a depth no real page reaches,
// keeping their text: the deep text ends up inside the deepest element kept.

/** Far deeper than any real page (they stay under ~100) and far above MAX_DOM_DEPTH, which flattens the rest. */
export const MAX_SOURCE_DEPTH = 1000;

// Tags that never hold other elements, or whose end tag is commonly left out (the parser closes them by itself);
// counting them would make ordinary pages look deep.
const NOT_COUNTED = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp',
]);

// The attribute part may end in "/" (`<path d="…"/>`): self-closing is read from the tag's last two characters,
// not from a group the greedy attribute match would already have eaten.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?>/g;

const selfClosed = (tag: string): boolean => tag.endsWith('/>');

/** The source with tags nested deeper than `maxDepth` removed; unchanged (the same string) when none are. */
export function boundNesting(html: string, maxDepth = MAX_SOURCE_DEPTH): string {
  let depth = 0;
  let deepest = 0;
  // Cheap first look: most pages never come close, and then nothing is rebuilt.
  for (const match of html.matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (NOT_COUNTED.has(name) || selfClosed(match[0])) continue;
    depth = match[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  if (deepest <= maxDepth) return html;

  depth = 0;
  return html.replace(TAG, (tag, closing: string, rawName: string) => {
    const name = rawName.toLowerCase();
    if (NOT_COUNTED.has(name) || selfClosed(tag)) return tag;
    if (closing === '/') {
      const keep = depth <= maxDepth;
      depth = Math.max(0, depth - 1);
      return keep ? tag : '';
    }
    depth += 1;
    return depth <= maxDepth ? tag : '';
  });
}
