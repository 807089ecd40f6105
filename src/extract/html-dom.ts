// DOM helpers over htmlparser2's tree.
import { DomUtils } from 'htmlparser2';
import { Text, isTag, isText, type AnyNode, type Element } from 'domhandler';
import { normalizeSpace } from './text-util.js';

/** Tags laid out inside a line of text. */
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'br', 'font', 'del', 'ins', 'img', 'label',
]);

export const ARTICLE_TAGS = new Set(['article', 'main']);

/** <article>, <main> or an element marked itemprop=articleBody. */
export function isArticleLike(el: Element): boolean {
  return ARTICLE_TAGS.has(el.name) || el.attribs.itemprop === 'articleBody';
}

export function hasArticleLikeAncestor(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (isTag(p) && isArticleLike(p)) return true;
  return false;
}

/** Visible text of a node with whitespace normalised; <br> counts as a space. */
export function textOf(node: AnyNode | AnyNode[]): string {
  return normalizeSpace(rawText(node));
}

function rawText(node: AnyNode | AnyNode[]): string {
  if (Array.isArray(node)) return node.map(rawText).join('');
  if (isText(node)) return node.data;
  if (isTag(node)) {
    if (node.name === 'br') return ' ';
    if (node.name === 'script' || node.name === 'style' || node.name === 'template') return '';
    const inner = node.children.map(rawText).join('');
    // Block elements are separated by a space so list items do not run together.
    return INLINE_TAGS.has(node.name) ? inner : ` ${inner} `;
  }
  return '';
}

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  const linked = DomUtils.findAll((e) => e.name === 'a', el.children).reduce((n, a) => n + textOf(a).length, 0);
  return Math.min(1, linked / total);
}

export function findAll(root: AnyNode[] | Element, test: (el: Element) => boolean): Element[] {
  return DomUtils.findAll(test, Array.isArray(root) ? root : root.children);
}

export function findOne(root: AnyNode[] | Element, test: (el: Element) => boolean): Element | null {
  return DomUtils.findOne(test, Array.isArray(root) ? root : root.children, true);
}

export function contains(ancestor: Element, node: AnyNode): boolean {
  for (let p: AnyNode | null = node; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/**
 * Flattens elements nested deeper than `maxDepth`: their descendants' text becomes one text node of the element
 * at that depth. Iterative, so a pathologically deep page cannot overflow the stack of later recursive walks.
 */
export function flattenDeepNodes(dom: AnyNode[], maxDepth: number): number {
  let flattened = 0;
  const stack: [AnyNode, number][] = dom.map((n) => [n, 0]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isTag(node)) continue;
    if (depth < maxDepth) {
      for (const child of node.children) stack.push([child, depth + 1]);
      continue;
    }
    if (!node.children.some(isTag)) continue;
    const parts: string[] = [];
    const inner: AnyNode[] = [...node.children];
    while (inner.length > 0) {
      const n = inner.pop()!;
      if (isText(n)) parts.push(n.data);
      else if (isTag(n) && !SKIPPED_TEXT_TAGS.has(n.name)) for (const c of n.children) inner.push(c);
    }
    const text = new Text(parts.reverse().join(' '));
    text.parent = node;
    node.children = [text];
    flattened++;
  }
  return flattened;
}

const SKIPPED_TEXT_TAGS = new Set(['script', 'style', 'template']);
