// A table of contents: a block of in-page links titled "Table of contents", "Contents", "In this article" or "On
// this page", or named "toc". It repeats the headings of the text below it, so it is navigation, not text; its
// title is often a <p>, <span> or toggle button rather than a heading, so the title is read from the first text.
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { linkDensity } from '../html-dom.js';
import { MIN_TOC_LINK_DENSITY, PROTECTED_CONTENT_SHARE } from '../html-settings.js';
import { attributeTokens, hasNamingToken, type HtmlRule } from './rule.js';

// Titles of a table of contents (English, with the common European forms).
const TOC_TITLE =
  /^(?:table of contents|contents|in this (?:article|post|guide|page)|on this page|jump to(?: section)?|inhaltsverzeichnis|inhalt|sommaire|table des mati[eè]res|[ií]ndice|contenido|sum[aá]rio|indice|inhoud(?:sopgave)?)\s*:?$/i;
const TOC_NAME = /^(?:toc|tableofcontents)$/;
const NO_TEXT_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg']);

// Per element, its first visible text (trimmed), '' when it has none. Cached, so the rule stays linear.
const FIRST_TEXT = new WeakMap<Element, string>();

function firstText(el: Element): string {
  let found = FIRST_TEXT.get(el);
  if (found === undefined) {
    found = firstInChildren(el.children);
    FIRST_TEXT.set(el, found);
  }
  return found;
}

function firstInChildren(children: AnyNode[]): string {
  for (const c of children) {
    if (isText(c)) {
      const t = c.data.trim();
      if (t !== '') return t;
      continue;
    }
    if (!isTag(c) || NO_TEXT_TAGS.has(c.name)) continue;
    const inner = firstText(c);
    if (inner !== '') return inner;
  }
  return '';
}

export const tableOfContents: HtmlRule = {
  name: 'table-of-contents',
  reason: 'table-of-contents',
  record: true,
  // Not weak when titled: the evidence is the block's own title and its links, not a class name.
  weak: false,
  protectShare: PROTECTED_CONTENT_SHARE,
  matches: (el, ctx) => {
    const named = hasNamingToken(ctx.tokens ?? attributeTokens(el), TOC_NAME);
    if (!named && !TOC_TITLE.test(firstText(el))) return false;
    return linkDensity(el) >= MIN_TOC_LINK_DENSITY;
  },
};
