// Plain text and Markdown bodies -> blocks.
import type { RemovalRecord } from '../contract/analysis.js';
import { isByline, parseBylineDate } from './byline.js';
import { datelineDate, normalizeDate } from './dates.js';
import { isIndexPage } from './clean-lines.js';
import { SECTION_LABEL } from './segments.js';
import { headLine, headMetadata, headReason, monthDate, ownKind, type HeadLine, type HeadMetadata } from './text-head.js';
import { isNavigationRow } from './text-rules/navigation-row.js';
import { isScoreline } from './text-rules/scoreline.js';
import { isFactBoxHeader } from './text-rules/fact-box.js';
import { isLiveUpdateMarker } from './text-rules/live-update.js';
import { stripInlineMarkdown, stripTemplateDirectives } from './markdown.js';
import { LINE_RULES } from './text-rules/index.js';
import { textPublisher } from './text-publisher.js';
import { comparable, normalizeSpace, removal } from './text-util.js';
import { emptyMetadata, type Block, type RawExtraction } from './types.js';

const LINK_NUMBER = /(?<=^|[\s(])\[\d{1,4}\](?=[\p{L}\p{N}"“‘(])/gmu;
// Lines of explicit separators: "* * *", "---", "###", "———", "~~~".
export const SEPARATOR_LINE = /^\s*(?:[*\-_=~#•·—–]\s*){3,}$/;
const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const MD_LIST_ITEM = /^\s*([-*+]|\d+[.)])\s+(.*)$/;
const MD_QUOTE = /^\s*>\s?/;
const MD_FENCE = /^\s*(```|~~~)/;
const MD_REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const MD_SETEXT = /^\s*(=+|-+)\s*$/;
const FRONT_MATTER = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\s*(?:\n|$)/;

// A hard-wrapped paragraph has lines of near-equal length up to a wrap column.
const WRAP_MIN_COLUMN = 50;
const WRAP_MAX_COLUMN = 100;
const WRAP_MIN_FILL = 0.6;
const WRAP_MIN_SHARE = 0.8;
// The first line of scraped text reads as its title when it is short and not a sentence.
export const MAX_TITLE_LENGTH = 150;
const MAX_TITLE_WORDS = 25;
// Menu labels ("Home", "World") come first on many scraped pages; headlines are longer.
const MIN_TITLE_WORDS = 3;

/** True when a multi-line chunk is one paragraph wrapped at a fixed column (join), not one paragraph per line. */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1);
  const max = Math.max(...lines.map((l) => l.length));
  if (max < WRAP_MIN_COLUMN || max > WRAP_MAX_COLUMN) return false;
  const full = body.filter((l) => l.length >= max * WRAP_MIN_FILL).length;
  return full / body.length >= WRAP_MIN_SHARE;
}

function chunks(body: string): string[][] {
  return body
    .split(/\n[ \t\u00a0]*\n/)
    .map((c) => c.split('\n').map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim() !== ''))
    .filter((c) => c.length > 0);
}

// A menu line: at least this many short items set off by runs of spaces, tabs or bars ("Local  National  Sport").
const MIN_MENU_ITEMS = 3;
const MAX_MENU_ITEM_WORDS = 3;
const MENU_SEPARATOR = /\s*\|\s*|\t+|\s{2,}/;
// The top lines where menus, mastheads and "Skip to content" links sit.
const HEAD_LINES = 8;

/** True for a raw line that is a row of menu labels; read before spaces are collapsed. */
export function isMenuLine(raw: string): boolean {
  const items = raw.trim().split(MENU_SEPARATOR).filter((i) => i.trim() !== '');
  if (items.length < MIN_MENU_ITEMS) return false;
  return items.every((i) => {
    const words = i.trim().split(/\s+/);
    return words.length <= MAX_MENU_ITEM_WORDS && /^\p{Lu}/u.test(i.trim()) && !/[.!?,;:]$/.test(i.trim());
  });
}

/** Byline, dateline or "Name | Date" lines: never part of a wrapped paragraph. */
function isMetaLine(line: string): boolean {
  const text = normalizeSpace(line);
  return isByline(text) || datelineDate(text) !== null || parseBylineDate(text, datelineDate) !== null;
}

function textBlocks(body: string, removed: RemovalRecord[]): Block[] {
  const blocks: Block[] = [];
  let lineNo = 0;
  for (const lines of chunks(body)) {
    const wrapped = lines.length > 1 && isHardWrapped(lines) && !lines.slice(1).some(isMetaLine);
    if (lines.length === 1 || wrapped) {
      const text = normalizeSpace(lines.join(' '));
      if (lineNo < HEAD_LINES && lines.length === 1 && isMenuLine(lines[0]!)) removed.push(removal(text, 'navigation'));
      else blocks.push(SEPARATOR_LINE.test(text) ? { kind: 'separator', text: '' } : { kind: 'paragraph', text });
      lineNo += 1;
      continue;
    }
    for (const line of lines) {
      if (lineNo < HEAD_LINES && isMenuLine(line)) removed.push(removal(line, 'navigation'));
      else blocks.push(SEPARATOR_LINE.test(line) ? { kind: 'separator', text: '' } : { kind: 'paragraph', text: normalizeSpace(line) });
      lineNo += 1;
    }
  }
  return blocks;
}

function markdownBlocks(body: string, removed: RemovalRecord[]): Block[] {
  const blocks: Block[] = [];
  let inFence = false;
  for (const lines of chunks(body)) {
    let buffer: string[] = [];
    const flush = (): void => {
      const text = normalizeSpace(stripInlineMarkdown(buffer.join(' ')));
      if (text !== '') blocks.push({ kind: 'paragraph', text });
      buffer = [];
    };
    for (const rawLine of lines) {
      if (MD_FENCE.test(rawLine)) {
        flush();
        inFence = !inFence;
        continue;
      }
      if (inFence) {
        buffer.push(rawLine);
        continue;
      }
      const line = rawLine.replace(MD_QUOTE, '');
      const heading = MD_HEADING.exec(line);
      if (SEPARATOR_LINE.test(line) && !(MD_SETEXT.test(line) && buffer.length > 0)) {
        flush();
        blocks.push({ kind: 'separator', text: '' });
      } else if (heading) {
        flush();
        const text = normalizeSpace(stripInlineMarkdown(heading[2]!));
        if (text !== '') blocks.push({ kind: 'heading', text, level: heading[1]!.length });
      } else if (MD_SETEXT.test(line) && buffer.length > 0) {
        const text = normalizeSpace(stripInlineMarkdown(buffer.join(' ')));
        buffer = [];
        if (text !== '') blocks.push({ kind: 'heading', text, level: line.trim().startsWith('=') ? 1 : 2 });
      } else if (MD_REFERENCE_DEFINITION.test(line)) {
        continue;
      } else {
        const item = MD_LIST_ITEM.exec(line);
        if (item) {
          flush();
          // List markers stay as text so a list still reads as one.
          buffer.push(`${item[1]} ${item[2]}`);
          flush();
        } else {
          buffer.push(line);
        }
      }
    }
    flush();
  }
  if (blocks.length === 0 && body.trim() !== '') removed.push(removal(body, 'markup-only'));
  return blocks;
}

function looksLikeTitle(line: string): boolean {
  const words = line.split(/\s+/).length;
  return (
    line.length <= MAX_TITLE_LENGTH &&
    words >= MIN_TITLE_WORDS &&
    words <= MAX_TITLE_WORDS &&
    !/[.,;:]$/.test(line) &&
    !isByline(line) &&
    datelineDate(line) === null
  );
}

/** Blocks and metadata of a plain-text or Markdown body. */
export function extractText(body: string, markdown: boolean, titleKnown = false): RawExtraction {
  const removed: RemovalRecord[] = [];
  const metadata = emptyMetadata();
  let text = body.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');
  if (markdown) text = stripTemplateDirectives(text);
  if (markdown) {
    const fm = FRONT_MATTER.exec(text);
    if (fm && /^\s*[\w-]+\s*:/m.test(fm[1]!)) {
      removed.push(removal(fm[1]!, 'front-matter'));
      text = text.slice(fm[0].length);
    }
  }
  // A text-mode browser's dump numbers each link: "[8]Share on Facebook", "[2]Home [3]News".
  if (!markdown) text = text.replace(LINK_NUMBER, '');
  const blocks = markdown ? markdownBlocks(text, removed) : textBlocks(text, removed);
  if (markdown) {
    let h1At = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1);
    metadata.title = h1At >= 0 ? blocks[h1At]!.text : null;
    metadata.publisher = textPublisher(blocks.map((b) => b.text));
    if (h1At >= 0 && h1At <= HEADLINE_SCAN_LINES) {
      // A scraped Markdown page: menu items and links above the title are chrome, the lines under it the head.
      for (let i = h1At - 1; i >= 0; i--) {
        const b = blocks[i]!;
        if (b.kind === 'paragraph' && wordsIn(b.text) < MAX_CHROME_WORDS && !/[.!?]$/.test(b.text) && ownKind(b.text) === null && !LINE_RULES.some((rule) => rule.matches(b.text, NEUTRAL_CONTEXT))) {
          removed.push(removal(b.text, 'page-chrome'));
          blocks.splice(i, 1);
          h1At--;
        }
      }
      const head = readHeadZone(blocks, 0, h1At + 1, removed);
      metadata.authors = head.authors;
      metadata.published = head.published;
    }
    return { metadata, blocks, removed };
  }
  metadata.publisher = textPublisher(text.split('\n').map(normalizeSpace).filter((l) => l !== ''));
  // An index of headlines has no article to find a headline for: empty text, with the reason.
  if (!titleKnown && isIndexPage(blocks)) {
    removed.push(removal(blocks.map((b) => b.text).join(' '), 'no-main-text'));
    return { metadata, blocks: [], removed };
  }
  const start = dropMasthead(blocks, metadata.publisher, removed);
  const titleAt = titleKnown ? -1 : headlineIndex(blocks, start);
  let afterTitle = start;
  if (titleAt >= 0) {
    const headline = blocks[titleAt]!.text;
    metadata.title = headline;
    // The headline is the title field, not body text (as with HTML), so it is never printed twice.
    removed.push(removal(headline, 'title'));
    blocks.splice(titleAt, 1);
    afterTitle = titleAt;
    // Short lines above the headline are the page's chrome (account links, section labels, promos).
    for (let i = titleAt - 1; i >= start; i--) {
      const b = blocks[i]!;
      // Bylines and dates above the headline are metadata for the head reader, not chrome.
      if (b.kind === 'paragraph' && wordsIn(b.text) < MAX_CHROME_WORDS && !isMetaLine(b.text) && ownKind(b.text) === null) {
        removed.push(removal(b.text, 'page-chrome'));
        blocks.splice(i, 1);
        afterTitle--;
      }
    }
  }
  const head = readHeadZone(blocks, start, afterTitle, removed);
  metadata.authors = head.authors;
  // A newsletter's title often carries its issue date ("Morning Bulletin: Thursday, July 9, 2026").
  metadata.published = head.published ?? (metadata.title ? titleDate(metadata.title) : null);
  return { metadata, blocks, removed };
}

// The head of the page (headline, dek, byline, dates) is looked for within this many lines of its start.
const HEAD_ZONE_LINES = 16;
// The first body paragraph under the head: a sentence of at least this many words.
const MIN_BODY_START_WORDS = 12;
// Between the headline and the body, a line this short that is not a sentence is a widget ("Save", "Play Video").
const MAX_HEAD_WIDGET_WORDS = 5;

const isBodyStart = (b: Block): boolean =>
  b.kind === 'paragraph' && ((wordsIn(b.text) >= MIN_BODY_START_WORDS && /[.!?"”’]$/.test(b.text)) || wordsIn(b.text) >= MIN_LEAD_WORDS);

/**
 * Reads and removes the head lines (bylines, names beside dates or roles, dates, reading times) from the top of
 * the page down to the first body paragraph after them, and the widgets between the headline and the body.
 */
function readHeadZone(blocks: Block[], start: number, afterTitle: number, removed: RemovalRecord[]): HeadMetadata {
  const end = Math.min(blocks.length, start + HEAD_ZONE_LINES);
  const lines = blocks.map((_, i) => {
    const line = i >= start && i < end ? headLine(blocks, i) : null;
    // Above the headline a bare name is the masthead or a menu item (its neighbour across the removed
    // headline proves nothing); writers' names sit under the headline.
    return line && line.kind === 'name' && i < afterTitle ? null : line;
  });
  let last = afterTitle - 1;
  let bodySeen = 0;
  for (let i = start; i < end; i++) {
    if (lines[i]) last = Math.max(last, i);
    else if (i >= afterTitle && isBodyStart(blocks[i]!) && ++bodySeen >= 2) break;
  }
  let body = blocks.findIndex((b, i) => i > last && isBodyStart(b));
  if (body < 0) body = Math.min(blocks.length, end);
  const found: HeadLine[] = [];
  const drop: number[] = [];
  for (let i = start; i < body; i++) {
    const b = blocks[i]!;
    const line = lines[i];
    // Picture credits stay for the line rules: a slide counter's caption is read from what sits next to it.
    if (line?.kind === 'image-credit') continue;
    if (line) {
      found.push(line);
      removed.push(removal(b.text, headReason(line.kind)));
      drop.push(i);
    } else if (isHeadWidget(b) && i >= afterTitle && !(i === body - 1 && sectionHeadLike(b.text)) && !LINE_RULES.some((rule) => rule.matches(b.text, NEUTRAL_CONTEXT))) {
      // Lines a line rule names are left to it, so that each keeps its own reason.
      removed.push(removal(b.text, 'page-chrome'));
      drop.push(i);
    }
  }
  for (const i of drop.reverse()) blocks.splice(i, 1);
  return headMetadata(found);
}

/** "Top of the hour" right above the first paragraph is that section's head; "Save" is a button. */
function sectionHeadLike(text: string): boolean {
  return wordsIn(text) >= 2 && /^\p{Lu}\p{Ll}/u.test(text) && text !== text.toUpperCase();
}

function isHeadWidget(b: Block): boolean {
  return (
    b.kind === 'paragraph' &&
    wordsIn(b.text) <= MAX_HEAD_WIDGET_WORDS &&
    !/[.!?"”’]$/.test(b.text) &&
    !SECTION_LABEL.test(b.text) &&
    // "Key points" over its items is the article's own summary box.
    !isFactBoxHeader(b.text) &&
    // "Full-time", "88'" heads a live page's first update.
    !isLiveUpdateMarker(b.text) &&
    // A list item under the headline ("- parking") is content.
    !/^\s*([-*+•]|\d+[.)])\s/.test(b.text)
  );
}

// A full date written in a title ("Week of October 5, 2026", "9 July 2026").
const TITLE_DATE = /\b(?:\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b/u;

// A newsletter issue named by its month at the end of its title: "Council Briefing – November 2026".
const TITLE_MONTH = /(?:^|[\s–—:|-])((?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4})$/i;

function titleDate(title: string): string | null {
  const m = TITLE_DATE.exec(title);
  if (m) return normalizeDate(m[0]);
  const month = TITLE_MONTH.exec(title.trim());
  return month ? monthDate(month[1]!) : null;
}

// A lead paragraph: long, and ends like a sentence. The headline sits just above it (bylines and dates between).
const MIN_LEAD_WORDS = 20;
// How far down a scraped page the headline may sit below the page chrome.
const HEADLINE_SCAN_LINES = 14;
// Lines above the headline shorter than this are chrome; longer ones might be a kicker or dek and stay.
const MAX_CHROME_WORDS = 10;
// Breadcrumbs and menus separate their items with these ("Local News > Town Hall", "Sign in | Register").
const ITEM_SEPARATOR = /\s[|>»›•·]\s/;
const NEUTRAL_CONTEXT = { index: 0, title: null, previousReason: null, proseBefore: 0, isHeading: false, plainText: true } as const;

const PHOTO_CREDIT = /\b(?:photo(?:graph)?|image|picture|credit)s?\s*:/i;

const wordsIn = (line: string) => line.split(/\s+/).filter(Boolean).length;

function headlineCandidate(line: string, allowCapitals = false): boolean {
  return (
    looksLikeTitle(line) &&
    !isMenuLine(line) &&
    !ITEM_SEPARATOR.test(line) &&
    // An all-capitals line is a masthead or a section label, not a headline.
    (allowCapitals || line !== line.toUpperCase()) &&
    // A caption: two sentences on one line, or a photo credit.
    !/[.!?]\s+\S/.test(line) &&
    !PHOTO_CREDIT.test(line) &&
    !SECTION_LABEL.test(line) &&
    !isNavigationRow(line) &&
    !isScoreline(line) &&
    !LINE_RULES.some((rule) => rule.matches(line, NEUTRAL_CONTEXT))
  );
}

// A headline in capitals has at least this many words (a masthead or section label has fewer).
const MIN_CAPITALS_HEADLINE_WORDS = 4;
// A headline's byline or date follows within this many lines.
const META_REACH = 6;
// When the line nearest the byline is a long dek, the headline is the shorter line just above it.
const MIN_DEK_WORDS = 10;
const MIN_HEADLINE_ABOVE_DEK_WORDS = 5;

/** Lines from blocks[i] down to the first head line (byline, date, role), or Infinity when the body comes first. */
function metaDistance(blocks: Block[], i: number): number {
  for (let j = i + 1; j < blocks.length && j <= i + META_REACH; j++) {
    const kind = headLine(blocks, j)?.kind;
    // Picture credits and reading times sit under captions and promos as well as under headlines.
    if (kind && kind !== 'image-credit' && kind !== 'reading-time') return j - i;
    if (blocks[j]!.kind === 'paragraph' && wordsIn(blocks[j]!.text) >= MIN_LEAD_WORDS) break;
  }
  return Infinity;
}

/**
 * Index of the headline among the first blocks, -1 for none. Evidence, strongest first: a headline-like line the
 * page prints twice; the one nearest above the byline and date (the line above it when that one is the dek);
 * else the last headline-like line before the lead paragraph, or the first when no lead is in sight.
 */
function headlineIndex(blocks: Block[], start: number): number {
  const end = Math.min(blocks.length, start + HEADLINE_SCAN_LINES);
  let lead = -1;
  for (let i = start; i < end; i++) {
    const b = blocks[i]!;
    if (b.kind === 'paragraph' && wordsIn(b.text) >= MIN_LEAD_WORDS && /[.!?"”’]$/.test(b.text)) {
      lead = i;
      break;
    }
  }
  const candidates: number[] = [];
  for (let i = start; i < (lead >= 0 ? lead : end); i++) {
    const b = blocks[i]!;
    if (b.kind === 'paragraph' && headlineCandidate(b.text) && headLine(blocks, i) === null) candidates.push(i);
  }
  if (candidates.length === 0) {
    // Some outlets set headlines in capitals: such a line counts when a byline or date sits right under it.
    for (let i = start; i < (lead >= 0 ? lead : end); i++) {
      const b = blocks[i]!;
      if (b.kind === 'paragraph' && wordsIn(b.text) >= MIN_CAPITALS_HEADLINE_WORDS && headlineCandidate(b.text, true) && metaDistance(blocks, i) <= 2) return i;
    }
    return -1;
  }
  const key = (i: number): string => comparable(blocks[i]!.text);
  const repeated = candidates.find((i) => blocks.slice(i + 1, i + 1 + HEADLINE_SCAN_LINES).some((b, k) => key(i + 1 + k) === key(i) && b.kind === 'paragraph'));
  if (repeated !== undefined) return repeated;
  let best = -1;
  let bestDistance = Infinity;
  for (const i of candidates) {
    const d = metaDistance(blocks, i);
    // Ties go to the earlier line: a caption above its own credit comes after the headline.
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  }
  if (best >= 0) {
    const above = best - 1;
    const dekLike = wordsIn(blocks[best]!.text) >= MIN_DEK_WORDS && wordsIn(blocks[above]?.text ?? '') >= MIN_HEADLINE_ABOVE_DEK_WORDS;
    return candidates.includes(above) && dekLike ? above : best;
  }
  return lead >= 0 ? candidates[candidates.length - 1]! : candidates[0]!;
}

// Lines before the headline that are page chrome, not content: skip links and account prompts.
const HEAD_CHROME = /^(skip to (main )?content|skip navigation|jump to (main )?content|menu|search|sign in|log ?in|register|subscribe|home)$/i;

/** Remove the masthead line (the outlet's name) and skip links above the headline; index of the first kept block. */
function dropMasthead(blocks: Block[], publisher: string | null, removed: RemovalRecord[]): number {
  let i = 0;
  while (i < blocks.length && i < HEAD_LINES) {
    const b = blocks[i]!;
    if (b.kind === 'separator') break;
    if (publisher && comparable(b.text).replace(/^the /, '') === comparable(publisher).replace(/^the /, '')) {
      removed.push(removal(b.text, 'masthead'));
      blocks.splice(i, 1);
      continue;
    }
    if (HEAD_CHROME.test(b.text)) {
      // Left in place for the line rules, which give each its own reason.
      i++;
      continue;
    }
    break;
  }
  return i;
}
