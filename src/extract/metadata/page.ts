// What the metadata recognisers read from a page: JSON-LD objects, <meta> tags, <title>, headings, URL.
import type { AnyNode, Element } from 'domhandler';
import { findAll, findOne, textOf } from '../html-dom.js';
import { normalizeSpace } from '../text-util.js';
import { articleObject, jsonLdObjects, type JsonObject } from './json-ld.js';

export interface Page {
  dom: AnyNode[];
  /** Every JSON-LD object, @graph entries flattened. */
  ld: JsonObject[];
  /** The JSON-LD object describing the article, null when none. */
  article: JsonObject | null;
  /** <meta> contents by lower-cased name / property / itemprop / http-equiv, in page order. */
  meta: Map<string, string[]>;
  /** Text of <title>, '' when absent. */
  docTitle: string;
  /** Texts of <h1> elements outside page chrome, in order. */
  h1s: string[];
  /** URL of the page: a caller's hint, else canonical, og:url or JSON-LD url. */
  url: string | null;
}

// Named entities that survive double-encoded attributes ("&amp;#8211;") and CMS titles.
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', middot: '·', laquo: '«', raquo: '»', copy: '©',
};

/** Decode entities left over after parsing (double-encoded meta content), and normalise space. */
export function cleanValue(value: string): string {
  const decoded = value
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => safeChar(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => safeChar(Number(d)))
    .replace(/&([a-z]+);/gi, (m, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? m);
  return normalizeSpace(decoded);
}

function safeChar(code: number): string {
  return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
}

// Headings inside these are page chrome (a logo in an <h1>, a widget title), not the headline.
const CHROME = /\b(header|masthead|logo|brand|site-?title|nav|menu|footer|sidebar|widget|modal|popup|cookie)\b/i;

function inChrome(el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parent as Element | null) {
    if (!p.attribs) break;
    if (p.name === 'nav' || p.name === 'footer' || p.name === 'aside') return true;
    if (p.name === 'header' && !findOne(p, (e) => e.name === 'p')) {
      // A <header> holding only the headline is the article's header, not the site's.
      if (!findOne(p, (e) => e.name === 'time' || /byline|author|date/i.test(e.attribs.class ?? ''))) return true;
    }
    if (CHROME.test(`${p.attribs.class ?? ''} ${p.attribs.id ?? ''}`)) return true;
  }
  return false;
}

function readMeta(dom: AnyNode[]): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const el of findAll(dom, (e) => e.name === 'meta')) {
    const content = el.attribs.content;
    if (!content || content.trim() === '') continue;
    for (const key of [el.attribs.property, el.attribs.name, el.attribs.itemprop, el.attribs['http-equiv']]) {
      if (!key) continue;
      const k = key.trim().toLowerCase();
      meta.set(k, [...(meta.get(k) ?? []), cleanValue(content)]);
    }
  }
  return meta;
}

/** First non-empty value among the given meta keys. */
export function metaValue(page: Page, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = page.meta.get(key)?.find((v) => v !== '');
    if (value) return value;
  }
  return null;
}

function canonicalUrl(dom: AnyNode[], meta: Map<string, string[]>, article: JsonObject | null): string | null {
  const link = findOne(dom, (e) => e.name === 'link' && (e.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const href = link?.attribs.href?.trim();
  if (href && /^https?:\/\//i.test(href)) return href;
  const og = meta.get('og:url')?.[0];
  if (og) return og;
  const ldUrl = article?.url;
  if (typeof ldUrl === 'string' && /^https?:\/\//i.test(ldUrl)) return ldUrl;
  return href || null;
}

export function readPage(dom: AnyNode[], hints: { url?: string } = {}): Page {
  const ld = jsonLdObjects(dom);
  const article = articleObject(ld);
  const meta = readMeta(dom);
  const titleEl = findOne(dom, (e) => e.name === 'title' && !findParent(e, 'svg'));
  const h1s = findAll(dom, (e) => e.name === 'h1' && !inChrome(e))
    .map((e) => cleanValue(textOf(e)))
    .filter((t) => t !== '');
  return {
    dom,
    ld,
    article,
    meta,
    docTitle: titleEl ? cleanValue(textOf(titleEl)) : '',
    h1s,
    url: canonicalUrl(dom, meta, article) ?? hints.url ?? null,
  };
}

function findParent(el: Element, name: string): boolean {
  for (let p = el.parent as Element | null; p && p.attribs; p = p.parent as Element | null) if (p.name === name) return true;
  return false;
}
