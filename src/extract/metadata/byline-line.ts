// Visible "By ..." bylines without byline markup: "By Ana Reyes • March 3, 2026", "03/01/2026 by Tom Reed, Staff
// Writer", or a label element followed by the name ("<span>Written by</span> <a>Ana Reyes</a>").
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { splitAuthors } from '../byline.js';
import { datelineDate } from '../dates.js';
import { findAll, textOf } from '../html-dom.js';
import { cleanName, headlineAncestors, inAuthorChrome } from './author-names.js';
import type { Page } from './page.js';

// Bylines are short; a longer element is a paragraph that happens to contain "by".
const MAX_LINE_LENGTH = 120;
// Bylines sit by the headline; an element this many elements away belongs to another part of the page.
const MAX_HEADLINE_DISTANCE = 150;
// Furniture that shares the byline's line: "Ana Reyes | March 3", "Ana Reyes · 4 min read".
const SEGMENT_SEPARATOR = /\s+[|·•—–]\s+|\s+-\s+/;
// "03/01/2026", "2026-03-01": a numeric date before "by".
const NUMERIC_DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
// "By", "Written by", "Posted by:", "Words by", at the start of a segment.
const BY = /^(?:(?:written|posted|words|story|text|reporting|authored|published)\s+)?by\s*:?\s+/i;
// A label standing alone before the name: "By", "Written by", "Author:".
const LABEL = /^(?:(?:written|posted|words|story|text|reporting|authored|published)\s+)?by\s*:?$|^authors?\s*:?$/i;
// After the name: a date, a time, a comment count, "Updated ...", "on March 3".
const AFTER_NAME = /\s+(?:on\s+|at\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)|\s+(?:updated|published|posted|last updated|comments?|min read)\b/i;
// A role after the name without a comma: "Keith Arlo Senior Reporter", "Mara Lind Staff Writer".
const ROLE_WORD = /\s+(?:senior|staff|chief|contributing|special|associate|deputy|managing|executive|editor|writer|reporter|correspondent|columnist|contributor|founder|ceo|director|manager)\b.*$/i;
// A credential after a comma ("Ana Reyes, MD", "Tom Reed, PhD"): an abbreviation, not a second author.
const CREDENTIAL = /^(?:\p{Lu}\.?){2,5}$|^(?:Ph\.?D|Jr|Sr)\.?$/u;

// A user handle: one lower-case token of letters, digits, dots, dashes or underscores ("rivermoss42", "k.lund").
const HANDLE = /^([\p{Ll}\d][\p{L}\d._-]*)\s*(?:»|:)?\s*$/u;
// Words that follow "by" in ordinary phrases ("by default | Settings"), not handles.
const COMMON_WORD = /^(default|far|hand|now|then|the|way|design|date|name|type|category|topic|tag|popularity|price|relevance|email)$/i;

/** Names in one byline line; [] when the line is not a byline. */
export function bylineLineNames(line: string): string[] {
  if (line.length > MAX_LINE_LENGTH) return [];
  for (const segment of line.split(SEGMENT_SEPARATOR)) {
    const by = /\bby\b/i.exec(segment);
    if (!by) continue;
    // Only a date may come before "by": "03/01/2026 by Tom Reed".
    const before = segment.slice(0, by.index).trim();
    const from = BY.test(segment) ? segment : NUMERIC_DATE.test(before) || datelineDate(before) !== null ? segment.slice(by.index) : null;
    if (from === null) continue;
    const m = BY.exec(from);
    if (!m) continue;
    const rest = from.slice(m[0].length);
    const names = nameList(rest);
    if (names.length > 0) return names;
    // A lone user handle ("by rivermoss42 | Apr 21") counts only with more byline furniture on the line.
    const handle = HANDLE.exec(rest);
    if (handle && (line !== segment || /»\s*$/.test(rest)) && !COMMON_WORD.test(handle[1]!)) return [handle[1]!];
  }
  return [];
}

/** "Ana Reyes, MD and Tom Reed, Staff Writer" -> ["Ana Reyes", "Tom Reed"]: names up to the first part that is not one. */
function nameList(text: string): string[] {
  const cut = AFTER_NAME.exec(text);
  const list = (cut ? text.slice(0, cut.index) : text).trim();
  const out: string[] = [];
  for (const raw of list.split(/\s*,\s*|\s+(?:and|&|with)\s+/i)) {
    const part = raw.trim();
    if (part === '' || CREDENTIAL.test(part)) continue;
    const words = part.split(/\s+/);
    const name = words.length > 2 ? part.replace(ROLE_WORD, '') : part;
    const clean = cleanName(name);
    if (!clean || splitAuthors(clean).length !== 1) break;
    out.push(clean);
  }
  return out;
}

function firstTextAfter(el: Element): string | null {
  let node: AnyNode | null = el;
  // Climb until a following sibling exists, then take its first non-empty text.
  for (let depth = 0; node && depth < 4; depth++, node = node.parent) {
    for (let s = node.next; s; s = s.next) {
      const text = isText(s) ? s.data.trim() : isTag(s) && s.name !== 'script' && s.name !== 'style' ? firstLeafText(s) : '';
      if (text) return text;
    }
  }
  return null;
}

function firstLeafText(el: Element): string {
  for (const c of el.children) {
    const t = isText(c) ? c.data.trim() : isTag(c) && c.name !== 'script' && c.name !== 'style' ? firstLeafText(c) : '';
    if (t) return t;
  }
  return '';
}

function ownText(el: Element): string {
  return el.children.filter(isText).map((t) => t.data).join(' ');
}

/** Byline names from short "by" lines, the one nearest the first headline first. */
export function visibleByLine(page: Page): string[] {
  const order = findAll(page.dom, () => true);
  const h1 = order.findIndex((e) => e.name === 'h1');
  const headline = headlineAncestors(order[h1]);
  const found: { distance: number; names: string[] }[] = [];
  order.forEach((el, i) => {
    if (el.name === 'script' || el.name === 'style' || !/\bby\b|^\s*authors?\s*:?\s*$/i.test(ownText(el))) return;
    const text = textOf(el);
    if (text.length > MAX_LINE_LENGTH || inAuthorChrome(el, headline)) return;
    // Without a headline the first byline in the page is taken.
    const distance = h1 < 0 ? i : Math.abs(i - h1);
    if (h1 >= 0 && distance > MAX_HEADLINE_DISTANCE) return;
    const line = LABEL.test(text) ? `By ${firstTextAfter(el) ?? ''}` : text;
    const names = bylineLineNames(line);
    if (names.length > 0) found.push({ distance, names });
  });
  found.sort((a, b) => a.distance - b.distance);
  return found[0]?.names ?? [];
}
