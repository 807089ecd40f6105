// Publication date recognisers, most reliable first. The original publication date wins over an
// update date: modified times are read only when nothing states the publication.
import type { Element } from 'domhandler';
import { datelineDate, normalizeDate } from '../dates.js';
import { findAll, findOne, textOf } from '../html-dom.js';
import { headlineAncestors } from './author-names.js';
import { asArray } from './json-ld.js';
import { metaValue, type Page } from './page.js';

export interface DateSource {
  name: string;
  read(page: Page): string | null;
}

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'article.published', 'og:published_time', 'published_time',
  'datepublished', 'publishdate', 'publish-date', 'publish_date', 'pubdate', 'original-publish-date',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created',
  'dc.date.created', 'citation_publication_date', 'citation_date', 'date', 'release_date', 'article:published', 'cxenseparse:recs:publishtime',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'og:article:modified_time', 'datemodified', 'last-modified', 'dc.date.modified', 'dcterms.modified'];
// Elements that mark an update rather than the publication.
const UPDATE_MARK = /\b(updat|modif|edited|revised)/i;
const PUBLISHED_MARK = /\b(publish|pubdate|posted|post-date|entry-date|article-date|story-date|dateline|timestamp|byline|meta-date|created)/i;
const DATE_CLASS = /\b(date|time|dateline|timestamp|published|posted|entry-date|post-date|byline|meta)\b/i;
// Path dates: /2026/04/17/, /2026-04-17-, /20260417/
const URL_YMD = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)/;
const URL_COMPACT = /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/;
// A visible "Published ..." or date line is short.
const MAX_DATE_TEXT = 120;

function classes(el: Element): string {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''} ${el.attribs.itemprop ?? ''}`;
}

function markedUpdate(el: Element): boolean {
  for (let p: Element | null = el, depth = 0; p && p.attribs && depth < 3; p = p.parent as Element | null, depth++) {
    if (UPDATE_MARK.test(classes(p))) return true;
  }
  return /^\s*(last\s+)?(updated|modified|edited)\b/i.test(textOf(el));
}

function inChrome(el: Element, headline?: ReadonlySet<Element>): boolean {
  for (let p: Element | null = el; p && p.attribs; p = p.parent as Element | null) {
    // A wrapper that also holds the headline is the article's, whatever its class says.
    if (headline?.has(p)) return false;
    if (p.name === 'footer' || p.name === 'aside' || p.name === 'nav') return true;
    if (/\b(comment|related|sidebar|widget|footer|recommend|more-stories|teaser)/i.test(classes(p))) return true;
  }
  return false;
}

function elementDate(el: Element): string | null {
  const attr = el.attribs.datetime ?? el.attribs.content ?? el.attribs['data-date'] ?? el.attribs.title;
  const fromAttr = attr ? normalizeDate(attr) : null;
  if (fromAttr) return fromAttr;
  const text = textOf(el);
  return text.length <= MAX_DATE_TEXT ? (datelineDate(text) ?? datePrefix(text)) : null;
}

/** "Published 17 April 2026, updated 18 April": the first date of a line that starts with a date cue. */
function datePrefix(text: string): string | null {
  if (!/^\s*(published|posted|first published|on)\b/i.test(text)) return null;
  return normalizeDate(text);
}

export const jsonLdPublished: DateSource = {
  name: 'json-ld',
  read: (page) => {
    for (const v of [page.article?.datePublished, page.article?.dateCreated, ...page.ld.map((o) => o.datePublished)]) {
      const value = asArray(v).find((x): x is string => typeof x === 'string');
      const date = value ? normalizeDate(value) : null;
      if (date) return date;
    }
    return null;
  },
};

// Site-specific publication keys ("x-published-date", "published"): any key naming publication but not an update.
const PUBLISHED_KEY = /publish|pubdate/i;

export const metaPublished: DateSource = {
  name: 'meta',
  read: (page) => {
    for (const key of PUBLISHED_META) {
      const date = normalizeMaybe(metaValue(page, key));
      if (date) return date;
    }
    for (const [key, values] of page.meta) {
      if (!PUBLISHED_KEY.test(key) || UPDATE_MARK.test(key)) continue;
      const date = normalizeMaybe(values[0] ?? null);
      if (date) return date;
    }
    return null;
  },
};

export const itempropPublished: DateSource = {
  name: 'itemprop',
  read: (page) => {
    const el = findOne(page.dom, (e) => e.attribs.itemprop === 'datePublished' && e.name !== 'meta');
    return el ? elementDate(el) : null;
  },
};

export const timeElement: DateSource = {
  name: 'time-element',
  read: (page) => {
    const headline = headlineAncestors(findOne(page.dom, (e) => e.name === 'h1') ?? undefined);
    const times = findAll(page.dom, (e) => e.name === 'time' && !inChrome(e, headline) && !markedUpdate(e));
    // A <time pubdate> or one marked "published" first, then the first one in the page.
    const marked = times.find((t) => 'pubdate' in t.attribs || PUBLISHED_MARK.test(classes(t)) || (t.parent && PUBLISHED_MARK.test(classes(t.parent as Element))));
    for (const t of marked ? [marked, ...times] : times) {
      const date = elementDate(t);
      if (date) return date;
    }
    return null;
  },
};

/** A date in the URL path: reliable where CMSs put it there. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not absolute: read it as a path.
  }
  const m = URL_YMD.exec(path) ?? URL_COMPACT.exec(path);
  if (!m) return null;
  return normalizeDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
}

export const urlPublished: DateSource = { name: 'url', read: (page) => urlDate(page.url) };

export const visibleDateline: DateSource = {
  name: 'visible-dateline',
  read: (page) => {
    const headline = headlineAncestors(findOne(page.dom, (e) => e.name === 'h1') ?? undefined);
    for (const el of findAll(page.dom, (e) => DATE_CLASS.test(classes(e)) && !inChrome(e, headline)).slice(0, 30)) {
      if (markedUpdate(el)) continue;
      const date = elementDate(el);
      if (date) return date;
    }
    return null;
  },
};

// Short text elements read after the headline when looking for a visible date...
const NEAR_HEADLINE_ELEMENTS = 60;
// ...and above it, where kickers and date lines sit on some layouts.
const ABOVE_HEADLINE_ELEMENTS = 8;

/** Elements holding text of their own, in page order, and the index of the first headline outside site chrome (-1: none). */
function textElementsAroundHeadline(page: Page): { all: Element[]; start: number } {
  const all = findAll(page.dom, (e) => e.name === 'h1' || (e.children.some((c) => c.type === 'text') && e.name !== 'script' && e.name !== 'style'));
  return { all, start: all.findIndex((e) => e.name === 'h1' && !inChrome(e)) };
}

export const nearHeadline: DateSource = {
  name: 'near-headline',
  read: (page) => {
    const { all, start } = textElementsAroundHeadline(page);
    if (start < 0) return null;
    const headline = headlineAncestors(all[start]);
    // After the headline first, then the few elements above it (a kicker line "March 3, 2026 · 4 min read").
    const around = [...all.slice(start + 1, start + 1 + NEAR_HEADLINE_ELEMENTS), ...all.slice(Math.max(0, start - ABOVE_HEADLINE_ELEMENTS), start).reverse()];
    for (const el of around) {
      if (inChrome(el, headline) || markedUpdate(el)) continue;
      const text = textOf(el);
      if (text.length > MAX_DATE_TEXT) continue;
      const date = datelineDate(text) ?? datePrefix(text) ?? leadingDate(text) ?? metaLineDate(text);
      if (date) return date;
    }
    return null;
  },
};

/** "August 16, 2019 - Updated July 9, 2025": a line that starts with a date. */
function leadingDate(text: string): string | null {
  const head = text.split(/\s+[-–—|·•]\s+|\s{2,}/)[0] ?? '';
  return head.length < text.length ? datelineDate(head) : null;
}

// Parts of a meta line: "Ana Reyes | Senior Writer | July 2, 2026", "March 3, 2026 ・ 4 min read", "May 3, 2026 By Ana".
const META_LINE_PART = /\s+[-–—|·•]\s+|\s*・\s*|\s{2,}|\s+(?=by\s)/i;

/** The first part of a short meta line that is a publication dateline (parts marked as updates are skipped). */
function metaLineDate(text: string): string | null {
  const parts = text.split(META_LINE_PART);
  if (parts.length < 2) return null;
  for (const part of parts) {
    if (/^\s*(last\s+)?(updated|modified|edited)\b/i.test(part)) continue;
    const date = datelineDate(part);
    if (date) return date;
  }
  return null;
}

export const modified: DateSource = {
  name: 'modified',
  read: (page) => {
    const ld = asArray(page.article?.dateModified).find((x): x is string => typeof x === 'string');
    return normalizeMaybe(ld ?? null) ?? MODIFIED_META.map((k) => normalizeMaybe(metaValue(page, k))).find((d) => d !== null) ?? null;
  },
};

function normalizeMaybe(value: string | null): string | null {
  return value ? normalizeDate(value) : null;
}

/** Publication date sources, in the order they are trusted. */
export const PUBLISHED_SOURCES: readonly DateSource[] = [jsonLdPublished, metaPublished, itempropPublished, timeElement, urlPublished, visibleDateline, nearHeadline];

// "Updated March 3, 2026" under the headline: the page's only visible date when it states no publication.
export const visibleUpdate: DateSource = {
  name: 'visible-update',
  read: (page) => {
    const { all, start } = textElementsAroundHeadline(page);
    if (start < 0) return null;
    for (const el of all.slice(start + 1, start + 1 + NEAR_HEADLINE_ELEMENTS)) {
      if (inChrome(el) || !markedUpdate(el)) continue;
      const text = textOf(el);
      if (text.length > MAX_DATE_TEXT) continue;
      const date = normalizeMaybe(el.attribs.datetime ?? null) ?? datelineDate(text) ?? leadingDate(text);
      if (date) return date;
    }
    return null;
  },
};

/**
 * Read only when no source states the publication: a page whose one date is its last update is best dated by it
 * (an evergreen guide "Updated March 3"), not left undated.
 */
export const UPDATE_FALLBACK_SOURCES: readonly DateSource[] = [visibleUpdate, modified];

export function publishedDate(page: Page): { published: string | null; modified: string | null } {
  const mod = modified.read(page);
  for (const source of [...PUBLISHED_SOURCES, ...UPDATE_FALLBACK_SOURCES]) {
    const date = source.read(page);
    if (date) return { published: date, modified: mod };
  }
  return { published: null, modified: mod };
}
