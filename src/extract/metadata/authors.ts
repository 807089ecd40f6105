// Author recognisers: JSON-LD author objects, author meta tags, then the visible byline.
// A name equal to the outlet's, or a JSON-LD Organization, is kept only as a last resort: a person named anywhere
// wins, but a corporate post or a personal blog (whose site name is its author's) is still credited.
import type { Element } from 'domhandler';
import { parseByline, splitAuthors } from '../byline.js';
import { findAll, textOf } from '../html-dom.js';
import { cleanName, headlineAncestors, inAuthorChrome, sameName, uniqueNames } from './author-names.js';
import { visibleByLine } from './byline-line.js';
import { asArray, isObject, nameOf, resolveRef, typesOf, type JsonObject } from './json-ld.js';
import { cleanValue, type Page } from './page.js';

export interface AuthorSource {
  name: string;
  read(page: Page): string[];
}

// Author links: /author/jane-doe, /authors/..., /profile/..., /staff/..., /people/...
const AUTHOR_HREF = /\/(author|authors|profile|profiles|staff|people|writers?|contributors?|journalists?|reporters?|byline|members?|users?|u)\/[^/?#]+\/?$/i;
// A forum or CMS user handle: one token of letters, digits, dots, dashes or underscores ("rivermoss42", "k.lund").
const HANDLE = /^[\p{L}\d][\p{L}\d._-]{1,30}$/u;
const BYLINE_CLASS = /(^|[\s_-])(byline|by-line|author|authors|author-name|authorname|writer|contributor|article-author|post-author|entry-author)([\s_-]|$)/i;
// Bylines list co-authors side by side; marked names further apart are other posts' authors (replies, teasers).
const CO_AUTHOR_LEVELS = 2;

const isOrganization = (a: unknown): boolean =>
  isObject(a) && typesOf(a).some((t) => /organization/i.test(t)) && !typesOf(a).some((t) => /person/i.test(t));

/** Names of JSON-LD author values; `organizations` picks the Organization-typed ones instead of the rest. */
function ldNames(ld: JsonObject[], values: unknown[], organizations: boolean): string[] {
  return values
    .map((a) => resolveRef(ld, a))
    .filter((a) => isOrganization(a) === organizations)
    .flatMap((a) => {
      const name = nameOf(ld, a);
      if (!name) return [];
      const split = splitAuthors(cleanValue(name));
      return split.length > 1 ? split : [name];
    })
    .map(cleanName)
    .filter((n): n is string => n !== null);
}

/** Author values of the article, or of the thread or question a page is about (QAPage, forum software). */
function ldAuthorValues(page: Page): unknown[] {
  const article = page.article;
  if (!article) return [];
  const own = asArray(article.author ?? article.creator);
  if (own.length > 0) return own;
  const main = resolveRef(page.ld, article.mainEntity);
  return isObject(main) ? asArray(main.author ?? main.creator) : [];
}

export const jsonLdAuthors: AuthorSource = {
  name: 'json-ld',
  read: (page) => uniqueNames(ldNames(page.ld, ldAuthorValues(page), false)),
};

export const jsonLdOrganizationAuthors: AuthorSource = {
  name: 'json-ld-organization',
  read: (page) => uniqueNames(ldNames(page.ld, ldAuthorValues(page), true)),
};

export const metaAuthors: AuthorSource = {
  name: 'meta',
  read: (page) => {
    for (const key of ['author', 'article:author', 'parsely-author', 'sailthru.author', 'byl', 'dc.creator', 'dcterms.creator', 'citation_author', 'twitter:data1']) {
      const values = page.meta.get(key) ?? [];
      if (key === 'twitter:data1' && !/written by/i.test(page.meta.get('twitter:label1')?.[0] ?? '')) continue;
      const names = values.flatMap((v) => {
        const split = splitAuthors(v.replace(/^by\s+/i, ''));
        return split.length > 0 ? split : [v];
      });
      const clean = uniqueNames(names.map(cleanName).filter((n): n is string => n !== null));
      if (clean.length > 0) return clean;
    }
    return [];
  },
};

function ancestor(el: Element, levels: number): Element {
  let a = el;
  for (let i = 0; i < levels && a.parent && (a.parent as Element).attribs; i++) a = a.parent as Element;
  return a;
}

function within(el: Element, root: Element): boolean {
  for (let p: Element | null = el; p; p = p.parent as Element | null) if (p === root) return true;
  return false;
}

/** True when a link's text is the user its URL names: <a href="/members/sean_g.8140/">sean_g</a>. */
function linksOwnProfile(a: Element, name: string | null): boolean {
  if (!name || a.name !== 'a') return false;
  const slug = (a.attribs.href ?? '').replace(/[?#].*$/, '').replace(/\/$/, '').split('/').pop() ?? '';
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return key(name).length >= 2 && key(slug).startsWith(key(name));
}

export const markedAuthors: AuthorSource = {
  name: 'marked-author',
  read: (page) => {
    // Names inside itemprop=author / rel=author / author links: they hold just the name.
    const headline = headlineAncestors(findAll(page.dom, (e) => e.name === 'h1')[0]);
    const marked = findAll(page.dom, (e) =>
      !inAuthorChrome(e, headline) &&
      ((e.attribs.itemprop === 'author' || (e.attribs.rel ?? '').split(/\s+/).includes('author')) ||
        (e.name === 'a' && AUTHOR_HREF.test(e.attribs.href ?? ''))),
    );
    const named = marked.flatMap((e) => {
      const inner = findAll(e, (c) => c.attribs.itemprop === 'name')[0];
      const name = cleanName(inner?.attribs.content ?? textOf(inner ?? e));
      // Markup that names its content the author (itemprop, rel) may hold a user handle; a link by its URL alone may not.
      const declared = e.attribs.itemprop === 'author' || (e.attribs.rel ?? '').split(/\s+/).includes('author') || linksOwnProfile(e, name);
      return name && (splitAuthors(name).length > 0 || (declared && HANDLE.test(name))) ? [{ el: e, name }] : [];
    });
    if (named.length === 0) return [];
    const byline = ancestor(named[0]!.el, CO_AUTHOR_LEVELS);
    return uniqueNames(named.filter((n) => within(n.el, byline)).map((n) => n.name)).slice(0, 6);
  },
};

export const bylineClassAuthors: AuthorSource = {
  name: 'byline-class',
  read: (page) => {
    const headline = headlineAncestors(findAll(page.dom, (e) => e.name === 'h1')[0]);
    for (const el of findAll(page.dom, (e) => BYLINE_CLASS.test(`${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`) && !inAuthorChrome(e, headline)).slice(0, 10)) {
      const text = textOf(el);
      const names = parseByline(text);
      if (names.length > 0) return names;
      const plain = cleanName(text);
      const split = plain ? splitAuthors(plain) : [];
      if (split.length > 0) return split;
    }
    return [];
  },
};

export const bylineLineAuthors: AuthorSource = { name: 'byline-line', read: visibleByLine };

/** "https://news.example/profile/ana-reyes" -> "Ana Reyes"; null unless the slug has two to four words. */
export function nameFromAuthorUrl(url: string): string | null {
  const m = AUTHOR_HREF.exec(url.replace(/[?#].*$/, ''));
  if (!m) return null;
  const slug = decodeURIComponent(url.replace(/[?#].*$/, '').replace(/\/$/, '').split('/').pop() ?? '');
  const words = slug.split(/[-_]+/).filter(Boolean);
  if (words.length < 2 || words.length > 4 || words.some((w) => !/^\p{L}+$/u.test(w))) return null;
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
}

// Some pages state the author only as a link to their author page (article:author holding a profile URL).
export const authorPageUrl: AuthorSource = {
  name: 'author-page-url',
  read: (page) => uniqueNames((page.meta.get('article:author') ?? []).map(nameFromAuthorUrl).filter((n): n is string => n !== null)),
};

/** Sources of people's names, in the order they are trusted. */
export const AUTHOR_SOURCES: readonly AuthorSource[] = [jsonLdAuthors, metaAuthors, markedAuthors, bylineClassAuthors, bylineLineAuthors, authorPageUrl];

export function pageAuthors(page: Page, site: string | null): string[] {
  let outlet: string[] = [];
  for (const source of AUTHOR_SOURCES) {
    const names = source.read(page);
    const people = names.filter((n) => !sameName(n, site));
    if (people.length > 0) return people;
    if (outlet.length === 0) outlet = names;
  }
  return outlet.length > 0 ? outlet : jsonLdOrganizationAuthors.read(page);
}
