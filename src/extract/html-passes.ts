// The extraction cascade: several passes over the same indexed page, compared by an explainable score.
import type { RemovalRecord } from '../contract/analysis.js';
import type { PageBlock, PageIndex } from './html-blocks.js';
import { markBoilerplate, markedRoots, markRemovals, type Marks } from './html-clean.js';
import { HTML_RULES, reviewItems, reviews, threadForm, type HtmlRule } from './html-rules/index.js';
import {
  LISTING_GAIN,
  LISTING_TEXT_SHARE,
  LISTING_TRIGGER_CHARS,
  UNDECLARED_LISTING_TRIGGER_CHARS,
  LISTING_WITH_INTRO_CHARS,
  LOOSE_PASS_GAIN,
  LOOSE_PASS_MAX_PRECISE_CHARS,
  MIN_LISTING_CHARS,
  MIN_MAIN_TEXT_CHARS,
  THREAD_PASS_GAIN,
} from './html-settings.js';
import { chooseContainer, chooseDenseBlock, holdsNamedBody, isWithin, subtreeSums, type ContainerChoice } from './main-container.js';
import { INLINE_TAGS, textOf } from './html-dom.js';
import { removal } from './text-util.js';
import type { Block } from './types.js';

export interface ExtractionPass {
  name: string;
  rules: readonly HtmlRule[];
}

/** Every removal rule: class and id patterns included. */
export const PRECISE_PASS: ExtractionPass = { name: 'precise', rules: HTML_RULES };
/** A discussion page: every rule but the comment patterns, since the replies are the thread (and posts in edit forms stay). */
export const THREAD_PASS: ExtractionPass = {
  name: 'thread',
  rules: HTML_RULES.filter((r) => r.name !== 'comments').map((r) => (r.name === 'form' ? threadForm : r)),
};
/** A product page: every rule plus customer reviews, which elsewhere are often the text itself. */
export const PRODUCT_PASS: ExtractionPass = { name: 'product', rules: [...HTML_RULES, reviewItems] };
/** Structural removals only (nav, page header and footer, asides, forms): recovers content a class pattern hid. */
export const LOOSE_PASS: ExtractionPass = { name: 'loose', rules: HTML_RULES.filter((r) => !r.weak) };
/** The loose pass of a product page: reviews stay out, or a page whose reviews outweigh its description would fall back to them. */
export const LOOSE_PRODUCT_PASS: ExtractionPass = { name: 'loose', rules: [...LOOSE_PASS.rules, reviews] };

// Elements whose linked text inside the text is an item of it: list items, table and definition cells.
const IN_TEXT_LINK_OWNERS = new Set(['li', 'td', 'th', 'dd', 'dt']);

// Rank of a body named by class, id or itemprop (see content-body.ts): a publisher's article, not a bare <article>.
const NAMED_ARTICLE_BODY_RANK = 3;

// Passes whose pages print a template label per item: a reply's member title, a product option's "Sold out".
const LABELLED_PASSES = new Set([THREAD_PASS.name, PRODUCT_PASS.name]);

export interface PassResult {
  pass: string;
  marks: Marks;
  /** For each element, the marked subtree root holding it, or -1. */
  roots: Int32Array;
  container: ContainerChoice;
  /** Link blocks are content (a listing page). */
  keepLinks: boolean;
}

export function runPass(page: PageIndex, pass: ExtractionPass): PassResult {
  const base = subtreeSums(page, () => false);
  const marks = markBoilerplate(page, base.content, base.total.content, pass.rules);
  const roots = markedRoots(page, marks);
  const sums = subtreeSums(page, (b) => {
    const owner = page.blocks[b]!.owner;
    return owner >= 0 && roots[owner]! >= 0;
  });
  return { pass: pass.name, marks, roots, container: chooseContainer(page, sums), keepLinks: false };
}

/**
 * Listing pass over the precise pass's marks: links count as content, and the container is the deepest
 * element holding most of the remaining text (the list of items).
 */
export function runListingPass(page: PageIndex, precise: PassResult): PassResult {
  const sums = subtreeSums(
    page,
    (b) => {
      const owner = page.blocks[b]!.owner;
      return owner >= 0 && precise.roots[owner]! >= 0;
    },
    true,
  );
  return { ...precise, pass: 'listing', container: chooseDenseBlock(page, sums, LISTING_TEXT_SHARE), keepLinks: true };
}

/**
 * A thread without schema.org markup: keeping the comment patterns' elements finds several times the text of the
 * precise pass, and the wider container does not hold an element the publisher named as the article body with the
 * replies beside it (a blog post above its comments). Then the replies are the page.
 */
function isUndeclaredThread(page: PageIndex, precise: PassResult, thread: PassResult): boolean {
  if (thread.container.content < THREAD_PASS_GAIN * precise.container.content) return false;
  if (thread.container.index === precise.container.index) return true;
  // Body names inside the replies themselves ("comment-content", "post-body") say nothing about the page.
  const inComments = (i: number): boolean => precise.roots[i]! >= 0 && precise.marks.get(precise.roots[i]!)?.name === 'comments';
  return !holdsNamedBody(page, thread.container.index, NAMED_ARTICLE_BODY_RANK, inComments);
}

/**
 * A listing below an introduction: the list lies inside the element the publisher named as the body, or the
 * prose the score found lies inside the list's container. Otherwise the list is a rail beside a short article.
 */
function listingHoldsIntro(page: PageIndex, prose: ContainerChoice, listing: ContainerChoice): boolean {
  if (prose.via === 'named-body') return prose.index >= 0 && isWithin(page, listing.index, prose.index);
  return isWithin(page, prose.index, listing.index);
}

/**
 * The cascade: the precise pass, unless it found little text and the loose pass (structural removals only) or
 * the thread pass (replies kept) much more; a page with hardly any prose falls back to the listing pass when that
 * finds a real list.
 */
export function chooseResult(page: PageIndex, discussion = false, product = false, article = false): PassResult {
  const precise = runPass(page, discussion ? THREAD_PASS : product ? PRODUCT_PASS : PRECISE_PASS);
  const p = precise.container.content;
  let chosen = precise;
  if (p < LOOSE_PASS_MAX_PRECISE_CHARS) {
    const loose = runPass(page, product ? LOOSE_PRODUCT_PASS : LOOSE_PASS);
    if (loose.container.content >= LOOSE_PASS_GAIN * p) chosen = loose;
    if (!discussion) {
      const thread = runPass(page, THREAD_PASS);
      if (isUndeclaredThread(page, precise, thread) && thread.container.content > chosen.container.content) chosen = thread;
    }
  }
  if (chosen.container.content < LISTING_WITH_INTRO_CHARS) {
    const listing = runListingPass(page, precise);
    // A page declaring an article, or whose text lies in an element named as the article body, is read as prose longer.
    const articleLike = article || chosen.container.via === 'named-body';
    const short = chosen.container.content < (articleLike ? LISTING_TRIGGER_CHARS : UNDECLARED_LISTING_TRIGGER_CHARS);
    const fits = short || listingHoldsIntro(page, chosen.container, listing.container);
    if (fits && listing.container.content >= MIN_LISTING_CHARS && listing.container.content >= LISTING_GAIN * chosen.container.content) {
      // A list inside the named body is read with the body, so its introduction stays too.
      const body = !short && chosen.container.via === 'named-body' ? { ...listing.container, index: chosen.container.index } : listing.container;
      chosen = { ...listing, container: body };
    }
  }
  return chosen;
}

export interface PassOutput {
  blocks: Block[];
  removed: RemovalRecord[];
}

/** Blocks of the chosen container; everything else becomes a removal with its reason. */
export function passOutput(page: PageIndex, result: PassResult): PassOutput {
  const removed = markRemovals(page, result.marks);
  const blocks: Block[] = [];
  const { index: container, content } = result.container;
  const noMainText = content < MIN_MAIN_TEXT_CHARS;
  let outside: string[] = [];
  const flushOutside = (): void => {
    if (outside.length > 0) removed.push(removal(outside.join(' '), noMainText ? 'no-main-text' : 'outside-main-text'));
    outside = [];
  };
  // Teaser cards, linked headings and linked list items followed by more of the text sit inside it (a roundup of
  // products, a list of sources or questions); after the last of the text they trail it (a "more stories" rail).
  let lastText = -1;
  page.blocks.forEach((b, i) => {
    if (b.cls === 'content' && !(b.owner >= 0 && result.roots[b.owner]! >= 0) && isWithin(page, b.owner, container)) lastText = i;
  });
  const inText = (b: PageBlock, i: number): boolean =>
    i < lastText && (b.teaser === true || b.kind === 'heading' || (b.kind === 'paragraph' && b.owner >= 0 && IN_TEXT_LINK_OWNERS.has(page.elements[b.owner]!.name)));
  const cutInline = markedInlineTexts(page, result);
  for (const [i, b0] of page.blocks.entries()) {
    if (b0.owner >= 0 && result.roots[b0.owner]! >= 0) continue; // already reported with its rule
    const b = withoutMarkedInline(b0, cutInline.get(b0.owner));
    if (b.text === '' && b0.text !== '') continue; // all of it was marked inline elements
    if (b.kind === 'separator') {
      if (!noMainText && isWithin(page, b.owner, container)) blocks.push({ kind: 'separator', text: '' });
      continue;
    }
    if (noMainText || !isWithin(page, b.owner, container)) {
      outside.push(b.text);
      continue;
    }
    flushOutside();
    if (b.cls === 'link' && !result.keepLinks && !inText(b, i)) removed.push(removal(b.text, b.teaser ? 'teaser' : 'link-list'));
    else if (b.cls === 'caption') removed.push(removal(b.text, 'caption'));
    else if (b.cls === 'legal') removed.push(removal(b.text, 'legal-notice'));
    else if (b.repeated && LABELLED_PASSES.has(result.pass)) removed.push(removal(b.text, 'repeated-label'));
    else blocks.push(b.kind === 'heading' ? { kind: 'heading', text: b.text, level: b.level ?? 2 } : { kind: 'paragraph', text: b.text });
  }
  flushOutside();
  return { blocks, removed };
}

// Elements whose inline children are code tokens.
const CODE_TAGS = new Set(['code', 'pre', 'kbd', 'samp']);
// A marked inline element is cut from its block only when it is at most this share of the block's text: a byline
// <span> beside a date, not a <span> wrapping a whole paragraph.
const MAX_INLINE_CUT_SHARE = 0.8;

/**
 * Texts of marked inline elements (a `<span class="byline">` beside a `<time>`), by the block owner reading them.
 * An inline element's text is read through the block holding it, so marking it alone would record the removal and
 * still print the text.
 */
function markedInlineTexts(page: PageIndex, result: PassResult): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const i of result.marks.keys()) {
    if (!INLINE_TAGS.has(page.elements[i]!.name)) continue;
    let owner = page.parent[i]!;
    while (owner >= 0 && INLINE_TAGS.has(page.elements[owner]!.name)) {
      if (CODE_TAGS.has(page.elements[owner]!.name)) break;
      owner = page.parent[owner]!;
    }
    // Highlighted code names its tokens ("hljs-comment"): they are the code, not chrome.
    if (owner >= 0 && CODE_TAGS.has(page.elements[owner]!.name)) continue;
    // Inside another marked element (the block is dropped whole) or not held by any block.
    if (owner < 0 || result.roots[owner]! >= 0) continue;
    const text = textOf(page.elements[i]!);
    if (text === '') continue;
    const list = out.get(owner);
    if (list) list.push(text);
    else out.set(owner, [text]);
  }
  return out;
}

/** The block without the texts of its marked inline elements (each cut once, where it occurs). */
function withoutMarkedInline(b: PageBlock, texts: string[] | undefined): PageBlock {
  if (!texts || b.kind === 'separator') return b;
  let text = b.text;
  for (const t of texts) {
    // An inline wrapper holding most of the block is the block itself under a misleading class name.
    if (t.length > MAX_INLINE_CUT_SHARE * b.text.length) continue;
    const at = text.indexOf(t);
    if (at >= 0) text = text.slice(0, at) + ' ' + text.slice(at + t.length);
  }
  if (text === b.text) return b;
  text = text.replace(/\s+/g, ' ').trim();
  return { ...b, text, linkChars: Math.min(b.linkChars, text.length) };
}
