// Walks the main container in document order and turns it into blocks.
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import type { RemovalRecord } from '../contract/analysis.js';
import { INLINE_TAGS, linkDensity, textOf } from './html-dom.js';
import { removal } from './text-util.js';
import type { Block } from './types.js';

// A paragraph with more than this share of its text in links is a list of links, not prose.
export const MAX_LINK_DENSITY = 0.5;

const HEADING = /^h([1-6])$/;
const HOLDS_BLOCKS = /^(p|ul|ol|li|div|section|blockquote|h[1-6]|table|figure|pre|article)$/;

function isInline(node: AnyNode): boolean {
  return isText(node) || (isTag(node) && INLINE_TAGS.has(node.name));
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => isTag(c) && HOLDS_BLOCKS.test(c.name));
}

function linkShare(nodes: AnyNode[]): number {
  const total = textOf(nodes).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const n of nodes) {
    if (isTag(n)) linked += n.name === 'a' ? textOf(n).length : linkDensity(n) * textOf(n).length;
  }
  return linked / total;
}

/** Blocks of the container, in order; link lists and captions go to `removed`. */
export function collectBlocks(container: Element | AnyNode[], removed: RemovalRecord[]): Block[] {
  const blocks: Block[] = [];

  const paragraph = (nodes: AnyNode[]): void => {
    const text = textOf(nodes);
    if (text === '') return;
    if (linkShare(nodes) > MAX_LINK_DENSITY) removed.push(removal(text, 'link-list'));
    else blocks.push({ kind: 'paragraph', text });
  };

  const walk = (nodes: AnyNode[]): void => {
    let inline: AnyNode[] = [];
    let lastWasBr = false;
    const flush = (): void => {
      paragraph(inline);
      inline = [];
    };
    for (const node of nodes) {
      if (isInline(node)) {
        // Two <br> in a row separate paragraphs in pages without <p>.
        const isBr = isTag(node) && node.name === 'br';
        if (isBr && lastWasBr) flush();
        else inline.push(node);
        if (!(isText(node) && node.data.trim() === '')) lastWasBr = isBr;
        continue;
      }
      flush();
      lastWasBr = false;
      if (!isTag(node)) continue;
      const heading = HEADING.exec(node.name);
      if (heading) {
        const text = textOf(node);
        if (text !== '') blocks.push({ kind: 'heading', text, level: Number(heading[1]) });
      } else if (node.name === 'hr') {
        blocks.push({ kind: 'separator', text: '' });
      } else if (node.name === 'figcaption') {
        const text = textOf(node);
        if (text !== '') removed.push(removal(text, 'caption'));
      } else if (node.name === 'p' || node.name === 'pre') {
        paragraph(node.children);
      } else if ((node.name === 'li' || node.name === 'blockquote' || node.name === 'dd' || node.name === 'dt') && !hasBlockChild(node)) {
        paragraph(node.children);
      } else {
        walk(node.children);
      }
    }
    flush();
  };

  walk(Array.isArray(container) ? container : [container]);
  return blocks;
}
