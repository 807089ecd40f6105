// Runs the line rules over the blocks of any body type.
// Two passes: the first finds where the article ends (the page's tail of widgets, bios and teasers),
// the second removes lines knowing that, so that nothing after the end survives as content.
import type { RemovalRecord } from '../contract/analysis.js';
import { parseByline, parseBylineDate } from './byline.js';
import { datelineDate } from './dates.js';
import { END_OF_ARTICLE_REASONS, LINE_RULES, type LineRule } from './text-rules/index.js';
import { endsSentence, wordCount } from './text-rules/rule.js';
import { comparable, removal } from './text-util.js';
import type { Block } from './types.js';

// A kept line of at least this many words is prose: the page's head (title, byline, dateline) is over.
export const PROSE_MIN_WORDS = 8;
// The tail starts at an end-of-article line followed within this many blocks by another of a different kind.
export const TAIL_WINDOW = 6;
// ...with no more than this many prose lines between them (an inline sign-up box mid-article is not the end).
const MAX_PROSE_IN_TAIL_WINDOW = 1;
// "...the end of the sentence.Read more": a toggle glued to the last sentence.
const GLUED_TOGGLE = /([.!?"”’)])\s*(read more|show more|show less|see more|continue reading|read the full (?:story|article))\s*[.…›»>]*$/i;
// A glued toggle is stripped only from a line that is prose on its own.
const MIN_GLUED_PROSE_WORDS = 6;

export interface CleanedLines {
  blocks: Block[];
  removed: RemovalRecord[];
  /** Names from a removed byline line. */
  authors: string[];
  /** Date from a removed dateline line. */
  published: string | null;
}

export interface CleanOptions {
  rules?: readonly LineRule[];
  /** Authors already known (hints, metadata), to recognise their bio. */
  authors?: readonly string[];
  /** Lines repeated across many documents of the same outlet (see corpus-boilerplate.ts), compared with comparable(). */
  boilerplateLines?: ReadonlySet<string>;
}

interface Pass {
  kept: Block[];
  removed: RemovalRecord[];
  reasons: (string | null)[];
  authors: string[];
  published: string | null;
}

function stripGluedToggle(block: Block, removed: RemovalRecord[]): Block {
  if (block.kind !== 'paragraph') return block;
  const m = GLUED_TOGGLE.exec(block.text);
  if (!m || m.index === undefined) return block;
  const text = block.text.slice(0, m.index + m[1]!.length).trim();
  if (wordCount(text) < MIN_GLUED_PROSE_WORDS) return block;
  removed.push(removal(m[2]!, 'read-more'));
  return { ...block, text };
}

function isProse(block: Block): boolean {
  return block.kind === 'paragraph' && wordCount(block.text) >= PROSE_MIN_WORDS;
}

function runPass(blocks: Block[], title: string | null, rules: readonly LineRule[], tailStart: number, options: CleanOptions): Pass {
  const kept: Block[] = [];
  const removed: RemovalRecord[] = [];
  const reasons: (string | null)[] = [];
  let authors: string[] = [];
  let published: string | null = null;
  let previousReason: string | null = null;
  let proseBefore = 0;
  const seen = new Set<string>();
  blocks.forEach((original, index) => {
    if (original.kind === 'separator') {
      kept.push(original);
      reasons.push(null);
      return;
    }
    const block = stripGluedToggle(original, removed);
    const key = comparable(block.text);
    const context = {
      index,
      title,
      previousReason,
      proseBefore,
      isHeading: block.kind === 'heading',
      inTail: index >= tailStart,
      authors: [...(options.authors ?? []), ...authors],
      seen,
    };
    let reason: string | null = options.boilerplateLines?.has(key) ? 'repeated-across-outlet' : (rules.find((r) => r.matches(block.text, context))?.reason ?? null);
    // After the article's end, whatever no rule names is still not the article: another story's teaser.
    if (reason === null && index >= tailStart) reason = 'teaser';
    reasons.push(reason);
    if (reason === null) {
      kept.push(block);
      seen.add(key);
      previousReason = null;
      if (isProse(block)) proseBefore++;
      return;
    }
    removed.push(removal(block.text, reason));
    previousReason = reason;
    if (reason === 'byline' && authors.length === 0) {
      const withDate = parseBylineDate(block.text, datelineDate);
      authors = withDate?.authors ?? parseByline(block.text);
      if (withDate && published === null) published = withDate.date;
    }
    if (reason === 'dateline' && published === null) published = datelineDate(block.text);
  });
  return { kept, removed, reasons, authors, published };
}

/** Index where the page's tail begins (two different end-of-article lines close together), or Infinity. */
export function findTailStart(blocks: Block[], reasons: (string | null)[]): number {
  let proseSeen = false;
  for (let i = 0; i < blocks.length; i++) {
    const reason = reasons[i];
    if (reason === null || reason === undefined) {
      if (isProse(blocks[i]!)) proseSeen = true;
      continue;
    }
    if (!proseSeen || !END_OF_ARTICLE_REASONS.has(reason)) continue;
    let prose = 0;
    for (let j = i + 1; j < blocks.length && j <= i + TAIL_WINDOW; j++) {
      const other = reasons[j];
      if (other === null || other === undefined) {
        if (isProse(blocks[j]!) && endsSentence(blocks[j]!.text)) prose++;
        if (prose > MAX_PROSE_IN_TAIL_WINDOW) break;
        continue;
      }
      if (END_OF_ARTICLE_REASONS.has(other) && other !== reason) return i;
    }
  }
  return Infinity;
}

export function applyLineRules(
  blocks: Block[],
  title: string | null,
  rulesOrOptions: readonly LineRule[] | CleanOptions = {},
): CleanedLines {
  const options: CleanOptions = Array.isArray(rulesOrOptions) ? { rules: rulesOrOptions as readonly LineRule[] } : (rulesOrOptions as CleanOptions);
  const rules = options.rules ?? LINE_RULES;
  const first = runPass(blocks, title, rules, Infinity, options);
  const tailStart = findTailStart(blocks, first.reasons);
  const pass = tailStart === Infinity ? first : runPass(blocks, title, rules, tailStart, options);
  return { blocks: pass.kept, removed: pass.removed, authors: pass.authors, published: pass.published };
}
