// Splits clean blocks into topic segments.
// Explicit separators split first; else a newsletter splits at its section heads (and an "In other news:"
// list at each item); else the document is one segment. Greetings and sign-offs were removed by the
// newsletter-frame line rules, so they never form a segment of their own.
import type { Block } from './types.js';

// A newsletter has at least this many h2/h3 sections...
export const MIN_NEWSLETTER_SECTIONS = 3;
// ...each followed by at least this many paragraphs.
export const MIN_SECTION_PARAGRAPHS = 2;
// The cue is looked for in the title and this many leading blocks.
const CUE_BLOCKS = 3;
const NEWSLETTER_CUE = /\b(newsletter|briefing|digest|in this issue|round-?up|what we're reading|morning report|evening report|the week ahead|what to watch)\b/i;
// Section heads that newsletters print as plain lines, not headings.
export const SECTION_LABEL =
  /^(what to watch|elsewhere|the week ahead|week ahead|in other news|other news|also today|in brief|briefly|quick hits|on the radar|before you go|one more thing|the big story|top story|what we['’]re reading|today['’]s agenda|by the numbers|worth reading)[:.]?$/i;
// A label that introduces a list of one-line items, each its own topic.
const LIST_LABEL = /^(in other news|other news|elsewhere|in brief|briefly|quick hits|also today)[:.]?$/i;
const LIST_ITEM = /^([-*+•–]|\d+[.)])\s+\S/;
// A single-paragraph section counts when the paragraph is this long (a one-item newsletter section).
const MIN_SINGLE_PARAGRAPH_WORDS = 40;

export type Segment = { paragraphs: string[] };

function isSectionHeading(b: Block): boolean {
  return (b.kind === 'heading' && (b.level === 2 || b.level === 3)) || (b.kind === 'paragraph' && SECTION_LABEL.test(b.text.trim()));
}

/** Count of sections (section heads followed by enough paragraphs before the next head). */
function fullSections(blocks: Block[]): number {
  let count = 0;
  blocks.forEach((b, i) => {
    if (!isSectionHeading(b)) return;
    let paragraphs = 0;
    let words = 0;
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind === 'paragraph' && !isSectionHeading(blocks[j]!); j++) {
      paragraphs++;
      words += blocks[j]!.text.split(/\s+/).length;
    }
    if (paragraphs >= MIN_SECTION_PARAGRAPHS || (LIST_LABEL.test(b.text.trim()) && paragraphs >= 1) || words >= MIN_SINGLE_PARAGRAPH_WORDS) count++;
  });
  return count;
}

/** Several full sections and a newsletter cue in the title or the top of the page. */
export function looksLikeNewsletter(blocks: Block[], title: string | null): boolean {
  if (fullSections(blocks) < MIN_NEWSLETTER_SECTIONS) return false;
  const top = [title ?? '', ...blocks.slice(0, CUE_BLOCKS).map((b) => b.text), ...blocks.filter(isSectionHeading).map((b) => b.text)].join('\n');
  return NEWSLETTER_CUE.test(top);
}

function splitWhere(blocks: Block[], startsNew: (b: Block, previous: Block | undefined) => boolean): Segment[] {
  const segments: Segment[] = [];
  let current: string[] = [];
  const close = (): void => {
    if (current.length > 0) segments.push({ paragraphs: current });
    current = [];
  };
  let previous: Block | undefined;
  for (const b of blocks) {
    if (b.kind === 'separator') {
      close();
      previous = b;
      continue;
    }
    if (startsNew(b, previous)) close();
    current.push(b.text);
    previous = b;
  }
  close();
  return segments;
}

/** Newsletter splitting: at section heads, and at each item of an "In other news:" list. */
function newsletterSplitter(): (b: Block, previous: Block | undefined) => boolean {
  let inList = false;
  return (b, previous) => {
    if (isSectionHeading(b)) {
      inList = LIST_LABEL.test(b.text.trim());
      return true;
    }
    if (inList && LIST_ITEM.test(b.text)) {
      // The first item stays with its label.
      return !(previous && LIST_LABEL.test(previous.text.trim()));
    }
    if (inList && b.kind === 'paragraph' && !LIST_ITEM.test(b.text)) inList = false;
    return false;
  };
}

/** Explicit separators split first; else newsletter section heads; else one segment. */
export function segmentBlocks(blocks: Block[], title: string | null): Segment[] {
  const newsletter = looksLikeNewsletter(blocks, title);
  if (blocks.some((b) => b.kind === 'separator')) {
    // Separators split; a newsletter's sections may also be split by their heads within a part.
    return splitWhere(blocks, newsletter ? newsletterSplitter() : () => false);
  }
  if (newsletter) return splitWhere(blocks, newsletterSplitter());
  return splitWhere(blocks, () => false);
}
