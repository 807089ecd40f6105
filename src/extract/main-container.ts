// Picks the element that holds the article's running text.
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { INLINE_TAGS, findAll, linkDensity, textOf } from './html-dom.js';

// Paragraphs shorter than this are captions, buttons or labels, not running text.
export const MIN_PARAGRAPH_CHARS = 25;
// A semantic container with less paragraph text than this is a teaser card, not the article.
export const MIN_SEMANTIC_TEXT = 140;
// A grandparent gets this share of a paragraph's score, so a wrapper of several paragraph groups can win.
const GRANDPARENT_SHARE = 0.5;

function paragraphText(el: Element): number {
  return findAll(el, (e) => e.name === 'p').reduce((n, p) => n + textOf(p).length, 0);
}

function bestByText(candidates: Element[]): Element | null {
  let best: Element | null = null;
  let bestText = 0;
  for (const c of candidates) {
    const t = paragraphText(c);
    if (t > bestText) [best, bestText] = [c, t];
  }
  return best && bestText >= MIN_SEMANTIC_TEXT ? best : null;
}

// Containers that may hold running text directly, lines split by <br> (pages without <p>).
const DIRECT_TEXT_HOLDERS = new Set(['div', 'td', 'section', 'article', 'main', 'font', 'span', 'center']);

/** Text sitting directly in an element (its text nodes and inline children), not in nested blocks. */
function directText(el: Element): string {
  return textOf(el.children.filter((c) => isText(c) || (isTag(c) && INLINE_TAGS.has(c.name))));
}

/** Element whose paragraphs carry the most text, discounted by link density. */
function bestByScore(dom: AnyNode[]): Element | null {
  const scores = new Map<Element, number>();
  const add = (el: Element, score: number): void => {
    scores.set(el, (scores.get(el) ?? 0) + score);
    const parent = el.parent && isTag(el.parent) ? el.parent : null;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + score * GRANDPARENT_SHARE);
  };
  for (const el of findAll(dom, (e) => DIRECT_TEXT_HOLDERS.has(e.name))) {
    const len = directText(el).length;
    if (len >= MIN_PARAGRAPH_CHARS) add(el, len * (1 - linkDensity(el)));
  }
  for (const p of findAll(dom, (e) => e.name === 'p' || e.name === 'pre')) {
    const len = textOf(p).length;
    if (len < MIN_PARAGRAPH_CHARS) continue;
    const score = len * (1 - linkDensity(p));
    const parent = p.parent && isTag(p.parent) ? p.parent : null;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent.parent && isTag(parent.parent) ? parent.parent : null;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score * GRANDPARENT_SHARE);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) if (s > bestScore) [best, bestScore] = [el, s];
  return best;
}

/** [itemprop=articleBody] > <article> > <main> when they hold real text, else the best-scoring element, else <body>. */
export function chooseMainContainer(dom: AnyNode[]): Element | AnyNode[] {
  return (
    bestByText(findAll(dom, (e) => e.attribs.itemprop === 'articleBody')) ??
    bestByText(findAll(dom, (e) => e.name === 'article')) ??
    bestByText(findAll(dom, (e) => e.name === 'main' || e.attribs.role === 'main')) ??
    bestByScore(dom) ??
    findAll(dom, (e) => e.name === 'body')[0] ??
    dom
  );
}
