// Splits clean blocks into topic segments.
import type { Block } from './types.js';

// A newsletter has at least this many h2/h3 sections...
export const MIN_NEWSLETTER_SECTIONS = 3;
// ...each followed by at least this many paragraphs.
export const MIN_SECTION_PARAGRAPHS = 2;
// The cue is looked for in the title and this many leading blocks.
const CUE_BLOCKS = 3;
const NEWSLETTER_CUE = /\b(newsletter|briefing|digest|in this issue|round-?up|what we're reading|morning report|evening report)\b/i;

export type Segment = { paragraphs: string[] };

function isSectionHeading(b: Block): boolean {
  return b.kind === 'heading' && (b.level === 2 || b.level === 3);
}

/** Count of h2/h3 sections followed by enough paragraphs before the next heading. */
function fullSections(blocks: Block[]): number {
  let count = 0;
  blocks.forEach((b, i) => {
    if (!isSectionHeading(b)) return;
    let paragraphs = 0;
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind === 'paragraph'; j++) paragraphs++;
    if (paragraphs >= MIN_SECTION_PARAGRAPHS) count++;
  });
  return count;
}

/** Several full sections and a newsletter cue in the title or the top of the page. */
export function looksLikeNewsletter(blocks: Block[], title: string | null): boolean {
  if (fullSections(blocks) < MIN_NEWSLETTER_SECTIONS) return false;
  const top = [title ?? '', ...blocks.slice(0, CUE_BLOCKS).map((b) => b.text)].join('\n');
  return NEWSLETTER_CUE.test(top);
}

function splitWhere(blocks: Block[], startsNew: (b: Block) => boolean): Segment[] {
  const segments: Segment[] = [];
  let current: string[] = [];
  const close = (): void => {
    if (current.length > 0) segments.push({ paragraphs: current });
    current = [];
  };
  for (const b of blocks) {
    if (b.kind === 'separator') {
      close();
      continue;
    }
    if (startsNew(b)) close();
    current.push(b.text);
  }
  close();
  return segments;
}

/** Explicit separators split first; else newsletter section headings; else one segment. */
export function segmentBlocks(blocks: Block[], title: string | null): Segment[] {
  if (blocks.some((b) => b.kind === 'separator')) return splitWhere(blocks, () => false);
  if (looksLikeNewsletter(blocks, title)) return splitWhere(blocks, isSectionHeading);
  return splitWhere(blocks, () => false);
}
