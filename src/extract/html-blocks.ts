// Cuts the whole page into text blocks in document order, each tied to the element that holds its text.
// Done once per page; every extraction pass then only filters and scores these blocks.
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { INLINE_TAGS, textOf } from './html-dom.js';
import { attributeTokens } from './html-rules/rule.js';
import { isLegalNotice } from './legal-notice.js';
import {
  MAX_BLOCK_LINK_DENSITY,
  MAX_LINKED_HEADING_CHARS,
  MIN_CONTENT_BLOCK_CHARS,
  MIN_SENTENCE_BLOCK_CHARS,
} from './html-settings.js';

/** How a block counts when scoring containers ('legal': a copyright line, boilerplate wherever it sits). */
export type BlockClass = 'content' | 'short' | 'link' | 'heading' | 'caption' | 'separator' | 'legal';

export interface PageBlock {
  kind: 'heading' | 'paragraph' | 'separator';
  text: string;
  level?: number;
  /** Index (in `PageIndex.elements`) of the element whose children hold the text; -1 at the top level. */
  owner: number;
  linkChars: number;
  cls: BlockClass;
  /** Characters of the link the block opens with (0 when it opens with plain text): a teaser's headline. */
  leadLinkChars?: number;
  /** Set when the page prints the same short line several times (see repeated-labels.ts). */
  repeated?: boolean;
  /** Set when the block was reclassified as part of a teaser card (see teaser-cards.ts). */
  teaser?: boolean;
}

/** Elements in document order with their parents, so containment and sums need no tree walks. */
export interface PageIndex {
  elements: Element[];
  /** Index of each element's parent element, -1 for top-level elements. */
  parent: Int32Array;
  /** Index one past the element's last descendant: the subtree of i is [i, end[i]). */
  end: Int32Array;
  blocks: PageBlock[];
  /** Attribute tokens of each element (see attributeTokens), split once for every rule and pass. */
  tokens: string[][];
}

const HEADING = /^h([1-6])$/;
const HOLDS_BLOCKS = /^(p|ul|ol|li|div|section|blockquote|h[1-6]|table|figure|pre|article|dl|form|header|footer|main|aside|nav)$/;
// Block text that ends like a sentence (optionally inside quotes or brackets).
const SENTENCE_END = /[.!?…:;]["'”’)\]]*$/;

const NO_TOKENS: string[] = [];
// Most elements carry none of the attributes that tokens are read from.
const NO_TOKEN_ATTRIBUTES = (el: Element): boolean => {
  for (const _ in el.attribs) return false;
  return true;
};

function isInline(node: AnyNode): boolean {
  return isText(node) || (isTag(node) && INLINE_TAGS.has(node.name));
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => isTag(c) && HOLDS_BLOCKS.test(c.name));
}

/** Characters of text inside links among inline nodes. */
function linkedChars(nodes: AnyNode[]): number {
  let n = 0;
  for (const node of nodes) {
    if (!isTag(node)) continue;
    if (node.name === 'a') n += textOf(node).length;
    else n += linkedChars(node.children);
  }
  return n;
}

/** Characters of the link that opens `nodes` (through wrapping inline elements), 0 when text comes first. */
function leadingLinkChars(nodes: AnyNode[]): number {
  for (const node of nodes) {
    if (isText(node)) {
      if (node.data.trim() === '') continue;
      return 0;
    }
    if (!isTag(node)) continue;
    if (node.name === 'a') return textOf(node).length;
    if (node.name === 'br' || node.name === 'img') continue;
    const inner = leadingLinkChars(node.children);
    if (inner > 0 || textOf(node) !== '') return inner;
  }
  return 0;
}

/** Paragraph class from length, sentence shape and link density. */
export function classifyParagraph(text: string, linkChars: number): BlockClass {
  if (isLegalNotice(text)) return 'legal';
  if (linkChars / text.length > MAX_BLOCK_LINK_DENSITY) return 'link';
  if (text.length >= MIN_CONTENT_BLOCK_CHARS) return 'content';
  if (text.length >= MIN_SENTENCE_BLOCK_CHARS && SENTENCE_END.test(text)) return 'content';
  return 'short';
}

/** Index the page and cut it into blocks; `skip` elements (invisible ones) are left out entirely. */
export function indexPage(roots: AnyNode[], skip: (el: Element) => boolean): PageIndex {
  const elements: Element[] = [];
  const parents: number[] = [];
  const ends: number[] = [];
  const blocks: PageBlock[] = [];

  const push = (kind: PageBlock['kind'], text: string, owner: number, linkChars: number, cls: BlockClass, level?: number): void => {
    blocks.push(level === undefined ? { kind, text, owner, linkChars, cls } : { kind, text, owner, linkChars, cls, level });
  };

  const paragraph = (nodes: AnyNode[], owner: number): void => {
    const text = textOf(nodes);
    if (text === '') return;
    const linkChars = Math.min(text.length, linkedChars(nodes));
    push('paragraph', text, owner, linkChars, classifyParagraph(text, linkChars));
    if (linkChars > 0) blocks[blocks.length - 1]!.leadLinkChars = leadingLinkChars(nodes);
  };

  /** Registers the element and its descendants in document order; returns its index. */
  const register = (el: Element, parent: number): number => {
    const i = elements.length;
    elements.push(el);
    parents.push(parent);
    ends.push(0);
    return i;
  };

  // Inline elements are registered too (their text is read through the block that holds them).
  const registerInline = (nodes: AnyNode[], parent: number): void => {
    for (const n of nodes) {
      if (!isTag(n) || skip(n)) continue;
      const i = register(n, parent);
      registerInline(n.children, i);
      ends[i] = elements.length;
    }
  };

  const walk = (nodes: AnyNode[], owner: number): void => {
    let inline: AnyNode[] = [];
    let lastWasBr = false;
    const flush = (): void => {
      if (inline.length > 0) paragraph(inline, owner);
      inline = [];
    };
    for (const node of nodes) {
      if (isTag(node) && skip(node)) continue;
      if (isInline(node)) {
        // Two <br> in a row separate paragraphs in pages without <p>.
        const isBr = isTag(node) && node.name === 'br';
        if (isBr && lastWasBr) flush();
        else inline.push(node);
        if (!(isText(node) && node.data.trim() === '')) lastWasBr = isBr;
        if (isTag(node)) registerInline([node], owner);
        continue;
      }
      flush();
      lastWasBr = false;
      if (!isTag(node)) continue;
      const i = register(node, owner);
      const heading = HEADING.exec(node.name);
      if (heading) {
        registerInline(node.children, i);
        const text = textOf(node);
        if (text !== '') {
          const linkChars = Math.min(text.length, linkedChars(node.children));
          const linked = linkChars / text.length > MAX_BLOCK_LINK_DENSITY && text.length <= MAX_LINKED_HEADING_CHARS;
          push('heading', text, i, linkChars, linked ? 'link' : 'heading', Number(heading[1]));
        }
      } else if (node.name === 'hr') {
        push('separator', '', i, 0, 'separator');
      } else if (node.name === 'figcaption') {
        registerInline(node.children, i);
        const text = textOf(node);
        if (text !== '') push('paragraph', text, i, 0, 'caption');
      } else if (node.name === 'p' || node.name === 'pre') {
        registerInline(node.children, i);
        paragraph(node.children, i);
      } else if ((node.name === 'li' || node.name === 'blockquote' || node.name === 'dd' || node.name === 'dt') && !hasBlockChild(node)) {
        registerInline(node.children, i);
        paragraph(node.children, i);
      } else {
        walk(node.children, i);
      }
      ends[i] = elements.length;
    }
    flush();
  };

  walk(roots, -1);
  const tokens = elements.map((el) => (NO_TOKEN_ATTRIBUTES(el) ? NO_TOKENS : attributeTokens(el)));
  return { elements, parent: Int32Array.from(parents), end: Int32Array.from(ends), blocks, tokens };
}
