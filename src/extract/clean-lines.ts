// Runs the line rules over the blocks of any body type.
import type { RemovalRecord } from '../contract/analysis.js';
import { parseByline } from './byline.js';
import { datelineDate } from './dates.js';
import { LINE_RULES, type LineRule } from './text-rules/index.js';
import { wordCount } from './text-rules/rule.js';
import { removal } from './text-util.js';
import type { Block } from './types.js';

// A kept line of at least this many words is prose: the page's head (title, byline, dateline) is over.
export const PROSE_MIN_WORDS = 8;

export interface CleanedLines {
  blocks: Block[];
  removed: RemovalRecord[];
  /** Names from a removed byline line. */
  authors: string[];
  /** Date from a removed dateline line. */
  published: string | null;
}

export function applyLineRules(blocks: Block[], title: string | null, rules: readonly LineRule[] = LINE_RULES): CleanedLines {
  const kept: Block[] = [];
  const removed: RemovalRecord[] = [];
  let authors: string[] = [];
  let published: string | null = null;
  let previousReason: string | null = null;
  let proseBefore = 0;
  blocks.forEach((block, index) => {
    if (block.kind === 'separator') {
      kept.push(block);
      return;
    }
    const context = { index, title, previousReason, proseBefore, isHeading: block.kind === 'heading' };
    const rule = rules.find((r) => r.matches(block.text, context));
    if (!rule) {
      kept.push(block);
      previousReason = null;
      if (block.kind === 'paragraph' && wordCount(block.text) >= PROSE_MIN_WORDS) proseBefore++;
      return;
    }
    removed.push(removal(block.text, rule.reason));
    previousReason = rule.reason;
    if (rule.reason === 'byline' && authors.length === 0) authors = parseByline(block.text);
    if (rule.reason === 'dateline' && published === null) published = datelineDate(block.text);
  });
  return { blocks: kept, removed, authors, published };
}
