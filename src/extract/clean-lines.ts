// Runs the line rules over the blocks of any body type.
// Two passes: the first finds where the article ends (the page's tail of widgets, bios and teasers),
// the second removes lines knowing that, so that nothing after the end survives as content.
import type { RemovalRecord } from '../contract/analysis.js';
import { parseByline, parseBylineDate } from './byline.js';
import { datelineDate } from './dates.js';
import { creditedWriters, END_OF_ARTICLE_REASONS, HTML_END_OF_ARTICLE_REASONS, LINE_RULES, type LineRule } from './text-rules/index.js';
import { endsSentence, wordCount } from './text-rules/rule.js';
import { comparable, MAX_REMOVED_TEXT, removal } from './text-util.js';
import type { Block } from './types.js';

// A kept line of at least this many words is prose: the page's head (title, byline, dateline) is over.
export const PROSE_MIN_WORDS = 8;
// The tail starts at an end-of-article line followed within this many blocks by another of a different kind.
export const TAIL_WINDOW = 6;
// ...with no more than this many prose lines between them (an inline sign-up box mid-article is not the end,
// nor is a sign-up prompt above the last paragraph).
const MAX_PROSE_IN_TAIL_WINDOW = 0;
// "...the end of the sentence.Read more": a toggle glued to the last sentence.
const GLUED_TOGGLE = /([.!?"”’)])\s*(read more|show more|show less|see more|continue reading|read the full (?:story|article))\s*[.…›»>]*$/i;
// After this many blocks of a page's tail, the rest is removed as one 'page-tail' span.
const MAX_TAIL_DETAIL_BLOCKS = 400;
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
  /** True for scraped plain text or Markdown: enables the rules that read a page's own lines (teaser pairs). */
  plainText?: boolean;
  /** A discussion thread: "Add a comment" and reply widgets sit between posts, so they never start a page tail. */
  thread?: boolean;
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

function textAt(blocks: Block[], i: number): string | null {
  const b = blocks[i];
  return b && b.kind !== 'separator' ? b.text : null;
}

// A page's own footer ends the article for good: "© 2026 Outlet", "Copyright 2026 ... All rights reserved",
// a newsletter's sign-off or unsubscribe line, a comment form. Whatever follows is another page's furniture.
const HARD_END = /(©|\(c\)|copyright)\s*(\(c\)\s*)?(19|20)\d{2}|all rights reserved/i;
const HARD_END_REASONS: ReadonlySet<string> = new Set(['newsletter-footer']);

function isHardEnd(block: Block, reason: string): boolean {
  return HARD_END_REASONS.has(reason) || (reason === 'copyright' && HARD_END.test(block.text));
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
  const titleKey = title === null ? null : comparable(title);
  const knownAuthors = options.authors ?? [];
  const lines = blocks.map((b) => (b.kind === 'separator' ? null : b.text));
  // Far into the page's tail, line-by-line reasons add nothing: the rest goes as one span (bounds giant pages).
  const lumpFrom = tailStart === Infinity ? Infinity : tailStart + MAX_TAIL_DETAIL_BLOCKS;
  if (lumpFrom < blocks.length) {
    // The record keeps only its opening words (removal() caps it), so only those are gathered.
    let text = '';
    for (let i = lumpFrom; i < blocks.length && text.length <= MAX_REMOVED_TEXT; i++) if (blocks[i]!.kind !== 'separator') text += ` ${blocks[i]!.text}`;
    if (text !== '') removed.push(removal(text, 'page-tail'));
  }
  blocks.slice(0, Math.min(blocks.length, lumpFrom)).forEach((original, index) => {
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
      authors: authors.length === 0 ? knownAuthors : [...knownAuthors, ...authors],
      seen,
      previous: textAt(blocks, index - 1),
      next: textAt(blocks, index + 1),
      plainText: options.plainText === true,
      key,
      titleKey,
      lines,
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
    // "X reported from Y; Z contributed reporting": the writers, when no byline named them.
    if (reason === 'reporting-credit' && authors.length === 0) authors = creditedWriters(block.text);
  });
  return { kept, removed, reasons, authors, published };
}

/** Running count of kept prose lines before each index (one more entry than blocks). */
function proseCounts(blocks: Block[], reasons: (string | null)[]): number[] {
  const counts = [0];
  blocks.forEach((b, j) => counts.push(counts[j]! + (reasons[j] == null && isProse(b) ? 1 : 0)));
  return counts;
}

/** Index where the page's tail begins (two different end-of-article lines close together), or Infinity. */
export function findTailStart(blocks: Block[], reasons: (string | null)[], plainText = false): number {
  const endReasons = plainText ? END_OF_ARTICLE_REASONS : HTML_END_OF_ARTICLE_REASONS;
  let counts: number[] | undefined;
  let proseSeen = false;
  for (let i = 0; i < blocks.length; i++) {
    const reason = reasons[i];
    if (reason === null || reason === undefined) {
      if (isProse(blocks[i]!)) proseSeen = true;
      continue;
    }
    if (!proseSeen || !endReasons.has(reason)) continue;
    if (plainText && isHardEnd(blocks[i]!, reason)) {
      counts ??= proseCounts(blocks, reasons);
      if (counts[blocks.length]! - counts[i + 1]! < counts[i]!) return i;
    }
    let prose = 0;
    for (let j = i + 1; j < blocks.length && j <= i + TAIL_WINDOW; j++) {
      const other = reasons[j];
      if (other === null || other === undefined) {
        if (isProse(blocks[j]!) && endsSentence(blocks[j]!.text)) prose++;
        if (prose > MAX_PROSE_IN_TAIL_WINDOW) break;
        continue;
      }
      if (endReasons.has(other) && other !== reason) return i;
    }
  }
  return Infinity;
}

// A pull quote or a repeated standfirst is printed again inside a longer paragraph; lines shorter than this are
// too common to count as a repeat.
const MIN_EMBEDDED_REPEAT_WORDS = 6;
const MAX_EMBEDDED_REPEAT_WORDS = 60;

// Candidates are found through their first few words, so that a long page is not compared pair by pair.
const SHINGLE_WORDS = 4;

/** Drop a short paragraph whose words all appear, in order, inside a longer kept paragraph (a pull quote). */
export function dropEmbeddedRepeats(blocks: Block[], removed: RemovalRecord[]): Block[] {
  const words = blocks.map((b) => (b.kind === 'paragraph' ? comparable(b.text).split(' ').filter(Boolean) : []));
  const isCandidate = (i: number): boolean => words[i]!.length >= MIN_EMBEDDED_REPEAT_WORDS && words[i]!.length <= MAX_EMBEDDED_REPEAT_WORDS;
  const starts = new Set<string>();
  words.forEach((w, i) => {
    if (isCandidate(i)) starts.add(w.slice(0, SHINGLE_WORDS).join(' '));
  });
  // Paragraphs holding each candidate's opening words.
  const holders = new Map<string, number[]>();
  words.forEach((w, i) => {
    for (let k = 0; k + SHINGLE_WORDS <= w.length; k++) {
      const shingle = w.slice(k, k + SHINGLE_WORDS).join(' ');
      if (!starts.has(shingle)) continue;
      const list = holders.get(shingle) ?? [];
      if (list.at(-1) !== i) list.push(i);
      holders.set(shingle, list);
    }
  });
  return blocks.filter((b, i) => {
    if (!isCandidate(i)) return true;
    const key = ` ${words[i]!.join(' ')} `;
    const inside = (holders.get(words[i]!.slice(0, SHINGLE_WORDS).join(' ')) ?? []).some(
      (j) => j !== i && words[j]!.length > words[i]!.length && ` ${words[j]!.join(' ')} `.includes(key),
    );
    if (inside) removed.push(removal(b.text, 'repeated-line'));
    return !inside;
  });
}

// A page with no article: an error page, or an index of headlines with no sentence of prose among them.
const ERROR_PAGE = /\b(404|page not found|not found|access denied|forbidden|something went wrong|page (does not|doesn['’]t|no longer) exists?|could not find (the|that) page)\b/i;
const MIN_ARTICLE_SENTENCE_WORDS = 12;
// An index page lists at least this many headlines.
const MIN_INDEX_LINES = 5;
// An error page says so in a line or two.
const MAX_ERROR_PAGE_SENTENCES = 2;

function isSentenceProse(b: Block): boolean {
  return b.kind === 'paragraph' && wordCount(b.text) >= MIN_ARTICLE_SENTENCE_WORDS && endsSentence(b.text);
}

/** True for a scraped page whose kept lines hold no article: an error page, or a list of headlines. */
export function noArticle(kept: readonly Block[], title: string | null): boolean {
  const lines = kept.filter((b) => b.kind !== 'separator');
  const sentences = lines.filter(isSentenceProse).length;
  const head = [title ?? '', ...lines.slice(0, 2).map((b) => b.text)].join('\n');
  if (ERROR_PAGE.test(head) && sentences <= MAX_ERROR_PAGE_SENTENCES && lines.every((b) => wordCount(b.text) <= 40)) return true;
  return isIndexPage(lines);
}

// Headlines on an index page run to this many words.
const MIN_INDEX_HEADLINE_WORDS = 5;
const MAX_INDEX_HEADLINE_WORDS = 16;

/** A list of headlines with no sentence of prose: an index or section page, not an article. */
export function isIndexPage(blocks: readonly Block[]): boolean {
  if (blocks.some(isSentenceProse)) return false;
  const headlines = blocks.filter((b) => {
    const n = wordCount(b.text);
    return b.kind === 'paragraph' && n >= MIN_INDEX_HEADLINE_WORDS && n <= MAX_INDEX_HEADLINE_WORDS && !endsSentence(b.text);
  });
  return headlines.length >= MIN_INDEX_LINES;
}

export function applyLineRules(
  blocks: Block[],
  title: string | null,
  rulesOrOptions: readonly LineRule[] | CleanOptions = {},
): CleanedLines {
  const options: CleanOptions = Array.isArray(rulesOrOptions) ? { rules: rulesOrOptions as readonly LineRule[] } : (rulesOrOptions as CleanOptions);
  const rules = options.rules ?? LINE_RULES;
  const first = runPass(blocks, title, rules, Infinity, options);
  const tailStart = options.thread ? Infinity : findTailStart(blocks, first.reasons, options.plainText === true);
  const pass = tailStart === Infinity ? first : runPass(blocks, title, rules, tailStart, options);
  let kept = options.plainText ? dropEmbeddedRepeats(pass.kept, pass.removed) : pass.kept;
  if (options.plainText && noArticle(kept, title)) {
    pass.removed.push(removal(kept.map((b) => b.text).join(' '), 'no-main-text'));
    kept = [];
  }
  return { blocks: kept, removed: pass.removed, authors: pass.authors, published: pass.published };
}
