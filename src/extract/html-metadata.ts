// Metadata from an HTML page: JSON-LD, <meta> tags, <link rel=canonical>, <time>, visible bylines.
import type { AnyNode, Element } from 'domhandler';
import { parseByline, splitAuthors } from './byline.js';
import { datelineDate, normalizeDate } from './dates.js';
import { findAll, findOne, textOf } from './html-dom.js';
import { comparable, normalizeSpace } from './text-util.js';
import type { FoundMetadata } from './types.js';

type Json = unknown;

// JSON-LD types that describe the page's article.
const ARTICLE_TYPES = /article|posting|report|newsarticle|webpage|liveblog/i;
// A " | Site" or " - Site" suffix is stripped only when what remains still reads as a headline.
const MIN_TITLE_WORDS_AFTER_STRIP = 3;
const TITLE_SEPARATOR = /\s+[|\-–—·:»]\s+/;

function asArray(v: Json): Json[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

function isRecord(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every object in the page's JSON-LD blocks, @graph entries flattened. */
function jsonLdObjects(dom: AnyNode[]): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (v: Json): void => {
    for (const item of asArray(v)) {
      if (!isRecord(item)) continue;
      out.push(item);
      if (item['@graph']) visit(item['@graph']);
    }
  };
  for (const script of findAll(dom, (e) => e.name === 'script' && /ld\+json/i.test(e.attribs.type ?? ''))) {
    try {
      visit(JSON.parse(textOf(script.children)));
    } catch {
      // Broken JSON-LD is common; the other sources still apply.
    }
  }
  return out;
}

function jsonLdArticle(dom: AnyNode[]): Record<string, Json> | null {
  const objects = jsonLdObjects(dom);
  const typed = objects.filter((o) => asArray(o['@type']).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)));
  return typed.find((o) => typeof o.headline === 'string') ?? typed[0] ?? objects.find((o) => typeof o.headline === 'string') ?? null;
}

function nameOf(v: Json): string | null {
  if (typeof v === 'string') return normalizeSpace(v) || null;
  if (isRecord(v) && typeof v.name === 'string') return normalizeSpace(v.name) || null;
  return null;
}

function metaContent(dom: AnyNode[], ...keys: string[]): string | null {
  for (const key of keys) {
    const el = findOne(dom, (e) => e.name === 'meta' && (e.attribs.property ?? e.attribs.name ?? e.attribs.itemprop ?? '').toLowerCase() === key);
    const content = el?.attribs.content?.trim();
    if (content) return content;
  }
  return null;
}

function looksLikeUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** <title> without a trailing " | Site" part, when the rest is still a headline. */
export function stripTitleSuffix(title: string, publisher: string | null): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!;
  const rest = title.slice(0, title.length - last.length).replace(/\s+[|\-–—·:»]\s*$/, '');
  if (publisher && comparable(last) === comparable(publisher)) return rest;
  return rest.split(/\s+/).length >= MIN_TITLE_WORDS_AFTER_STRIP && last.split(/\s+/).length <= 4 ? rest : title;
}

function authorsFrom(ld: Record<string, Json> | null, dom: AnyNode[]): string[] {
  const fromLd = asArray(ld?.author).map(nameOf).filter((n): n is string => n !== null && !looksLikeUrl(n));
  if (fromLd.length > 0) return fromLd;
  const meta = metaContent(dom, 'author', 'article:author', 'byl', 'dc.creator');
  if (meta && !looksLikeUrl(meta)) {
    const names = splitAuthors(meta.replace(/^by\s+/i, ''));
    return names.length > 0 ? names : [normalizeSpace(meta)];
  }
  // Visible byline element: "By A and B", or the names in rel=author / itemprop=author.
  const bylineEl = findOne(dom, (e) => /\bbyline\b/i.test(e.attribs.class ?? '') || e.attribs.itemprop === 'author' || e.attribs.rel === 'author');
  if (bylineEl) {
    const text = textOf(bylineEl);
    const names = parseByline(text);
    if (names.length > 0) return names;
    const plain = splitAuthors(text);
    if (plain.length > 0) return plain;
  }
  return [];
}

function publishedFrom(ld: Record<string, Json> | null, dom: AnyNode[]): string | null {
  const candidates: (string | null)[] = [
    typeof ld?.datePublished === 'string' ? ld.datePublished : null,
    metaContent(dom, 'article:published_time', 'og:article:published_time'),
    metaContent(dom, 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'datepublished', 'sailthru.date', 'parsely-pub-date'),
    findOne(dom, (e) => e.name === 'time' && typeof e.attribs.datetime === 'string')?.attribs.datetime ?? null,
  ];
  for (const c of candidates) {
    const date = c ? normalizeDate(c) : null;
    if (date) return date;
  }
  // A visible dateline: a short element that is only a date.
  for (const el of findAll(dom, (e) => e.name === 'time' || /\b(date|dateline|timestamp|published)\b/i.test(e.attribs.class ?? ''))) {
    const date = datelineDate(textOf(el));
    if (date) return date;
  }
  return null;
}

/** Metadata from the whole page (read before any removal, so bylines and headers are still there). */
export function readHtmlMetadata(dom: AnyNode[]): FoundMetadata {
  const ld = jsonLdArticle(dom);
  const publisher = nameOf(ld?.publisher) ?? metaContent(dom, 'og:site_name', 'application-name');
  const h1 = findOne(dom, (e: Element) => e.name === 'h1');
  const titleEl = findOne(dom, (e) => e.name === 'title');
  const docTitle = titleEl ? textOf(titleEl) : '';
  const title =
    (typeof ld?.headline === 'string' ? normalizeSpace(ld.headline) : null) ||
    metaContent(dom, 'og:title', 'twitter:title') ||
    (h1 ? textOf(h1) : null) ||
    (docTitle ? stripTitleSuffix(docTitle, publisher) : null);
  const canonical = findOne(dom, (e) => e.name === 'link' && (e.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const url = canonical?.attribs.href?.trim() || metaContent(dom, 'og:url') || null;
  return {
    title: title ? normalizeSpace(title) : null,
    publisher: publisher ? normalizeSpace(publisher) : null,
    authors: authorsFrom(ld, dom),
    published: publishedFrom(ld, dom),
    url,
  };
}
