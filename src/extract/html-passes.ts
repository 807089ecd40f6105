// The extraction cascade: several passes over the same indexed page, compared by an explainable score.
import type { RemovalRecord } from '../contract/analysis.js';
import type { PageIndex } from './html-blocks.js';
import { markBoilerplate, markedRoots, markRemovals, type Marks } from './html-clean.js';
import { HTML_RULES, type HtmlRule } from './html-rules/index.js';
import {
  LISTING_GAIN,
  LISTING_TEXT_SHARE,
  LISTING_TRIGGER_CHARS,
  LOOSE_PASS_GAIN,
  LOOSE_PASS_MAX_PRECISE_CHARS,
  MIN_LISTING_CHARS,
  MIN_MAIN_TEXT_CHARS,
} from './html-settings.js';
import { chooseContainer, chooseDenseBlock, isWithin, subtreeSums, type ContainerChoice } from './main-container.js';
import { removal } from './text-util.js';
import type { Block } from './types.js';

export interface ExtractionPass {
  name: string;
  rules: readonly HtmlRule[];
}

/** Every removal rule: class and id patterns included. */
export const PRECISE_PASS: ExtractionPass = { name: 'precise', rules: HTML_RULES };
/** A discussion page: every rule but the comment patterns, since the replies are the thread. */
export const THREAD_PASS: ExtractionPass = { name: 'thread', rules: HTML_RULES.filter((r) => r.name !== 'comments') };
/** Structural removals only (nav, page header and footer, asides, forms): recovers content a class pattern hid. */
export const LOOSE_PASS: ExtractionPass = { name: 'loose', rules: HTML_RULES.filter((r) => !r.weak) };

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
 * The cascade: the precise pass, unless it found little text and the loose pass (structural removals only) much
 * more; a page with hardly any prose falls back to the listing pass when that finds a real list.
 */
export function chooseResult(page: PageIndex, discussion = false): PassResult {
  const precise = runPass(page, discussion ? THREAD_PASS : PRECISE_PASS);
  const p = precise.container.content;
  let chosen = precise;
  if (p < LOOSE_PASS_MAX_PRECISE_CHARS) {
    const loose = runPass(page, LOOSE_PASS);
    if (loose.container.content >= LOOSE_PASS_GAIN * p) chosen = loose;
  }
  if (chosen.container.content < LISTING_TRIGGER_CHARS) {
    const listing = runListingPass(page, precise);
    if (listing.container.content >= MIN_LISTING_CHARS && listing.container.content >= LISTING_GAIN * chosen.container.content) chosen = listing;
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
  for (const b of page.blocks) {
    if (b.owner >= 0 && result.roots[b.owner]! >= 0) continue; // already reported with its rule
    if (b.kind === 'separator') {
      if (!noMainText && isWithin(page, b.owner, container)) blocks.push({ kind: 'separator', text: '' });
      continue;
    }
    if (noMainText || !isWithin(page, b.owner, container)) {
      outside.push(b.text);
      continue;
    }
    flushOutside();
    if (b.cls === 'link' && !result.keepLinks) removed.push(removal(b.text, b.teaser ? 'teaser' : 'link-list'));
    else if (b.cls === 'caption') removed.push(removal(b.text, 'caption'));
    else blocks.push(b.kind === 'heading' ? { kind: 'heading', text: b.text, level: b.level ?? 2 } : { kind: 'paragraph', text: b.text });
  }
  flushOutside();
  return { blocks, removed };
}
