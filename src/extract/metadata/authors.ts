// Author recognisers: JSON-LD author objects, author meta tags, then the visible byline.
import type { Element } from 'domhandler';
import { parseByline, splitAuthors } from '../byline.js';
import { findAll, textOf } from '../html-dom.js';
import { comparable } from '../text-util.js';
import { asArray, isObject, nameOf, resolveRef, typesOf } from './json-ld.js';
import { cleanValue, type Page } from './page.js';

export interface AuthorSource {
  name: string;
  read(page: Page, site: string | null): string[];
}

// A person's name is short; longer strings are bios or sentences.
const MAX_NAME_WORDS = 6;
const MAX_NAME_LENGTH = 60;
// Author links: /author/jane-doe, /authors/..., /profile/..., /staff/..., /people/...
const AUTHOR_HREF = /\/(author|authors|profile|profiles|staff|people|writers?|contributors?|journalists?|reporters?|byline)\/[^/?#]+\/?$/i;
const BYLINE_CLASS = /(^|[\s_-])(byline|by-line|author|authors|author-name|authorname|writer|contributor|article-author|post-author|entry-author)([\s_-]|$)/i;
// Words that are not names: CMS user names, role labels, prompts.
const NOT_NAME = /^(by|admin|administrator|editor|staff|guest|anonymous|author|unknown|null|undefined|team|posted|written)$/i;

function cleanName(value: string): string | null {
  const v = cleanValue(value)
    .replace(/^(by|written by|posted by|author:?|words by|reporting by)\s+/i, '')
    .replace(/\s*[|,]\s*(staff|senior|chief|contributing|special)\b.*$/i, '')
    .trim();
  if (v === '' || v.length > MAX_NAME_LENGTH || v.split(/\s+/).length > MAX_NAME_WORDS) return null;
  if (NOT_NAME.test(v) || /^https?:|@|\d{3,}/.test(v) || !/\p{L}/u.test(v)) return null;
  return v;
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = comparable(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function notSite(names: string[], site: string | null): string[] {
  return site ? names.filter((n) => comparable(n) !== comparable(site)) : names;
}

export const jsonLdAuthors: AuthorSource = {
  name: 'json-ld',
  read: (page, site) => {
    const article = page.article;
    if (!article) return [];
    const raw = asArray(article.author ?? article.creator).map((a) => resolveRef(page.ld, a));
    const names = raw
      .filter((a) => !isObject(a) || !typesOf(a).some((t) => /organization/i.test(t)))
      .flatMap((a) => {
        const name = nameOf(page.ld, a);
        if (!name) return [];
        const split = splitAuthors(cleanValue(name));
        return split.length > 1 ? split : [name];
      })
      .map(cleanName)
      .filter((n): n is string => n !== null);
    return notSite(unique(names), site);
  },
};

export const metaAuthors: AuthorSource = {
  name: 'meta',
  read: (page, site) => {
    for (const key of ['author', 'article:author', 'parsely-author', 'sailthru.author', 'byl', 'dc.creator', 'dcterms.creator', 'citation_author', 'twitter:data1']) {
      const values = page.meta.get(key) ?? [];
      if (key === 'twitter:data1' && !/written by/i.test(page.meta.get('twitter:label1')?.[0] ?? '')) continue;
      const names = values.flatMap((v) => {
        const split = splitAuthors(v.replace(/^by\s+/i, ''));
        return split.length > 0 ? split : [v];
      });
      const clean = notSite(unique(names.map(cleanName).filter((n): n is string => n !== null)), site);
      if (clean.length > 0) return clean;
    }
    return [];
  },
};

function inChrome(el: Element): boolean {
  for (let p: Element | null = el; p && p.attribs; p = p.parent as Element | null) {
    if (p.name === 'footer' || p.name === 'aside' || p.name === 'nav') return true;
    if (/\b(comment|related|sidebar|widget|recommend|more-stories|teaser|footer)/i.test(`${p.attribs.class ?? ''} ${p.attribs.id ?? ''}`)) return true;
  }
  return false;
}

export const visibleByline: AuthorSource = {
  name: 'visible-byline',
  read: (page, site) => {
    // Names inside itemprop=author / rel=author / author links first: they hold just the name.
    const marked = findAll(page.dom, (e) =>
      !inChrome(e) &&
      ((e.attribs.itemprop === 'author' || (e.attribs.rel ?? '').split(/\s+/).includes('author')) ||
        (e.name === 'a' && AUTHOR_HREF.test(e.attribs.href ?? ''))),
    );
    const fromMarked = marked.flatMap((e) => {
      const inner = findAll(e, (c) => c.attribs.itemprop === 'name')[0];
      const name = cleanName(inner?.attribs.content ?? textOf(inner ?? e));
      return name && splitAuthors(name).length > 0 ? [name] : [];
    });
    if (fromMarked.length > 0) return notSite(unique(fromMarked), site).slice(0, 6);
    for (const el of findAll(page.dom, (e) => BYLINE_CLASS.test(`${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`) && !inChrome(e)).slice(0, 10)) {
      const text = textOf(el);
      const names = parseByline(text);
      if (names.length > 0) return notSite(names, site);
      const plain = cleanName(text);
      const split = plain ? splitAuthors(plain) : [];
      if (split.length > 0) return notSite(split, site);
    }
    return [];
  },
};

export const AUTHOR_SOURCES: readonly AuthorSource[] = [jsonLdAuthors, metaAuthors, visibleByline];

export function pageAuthors(page: Page, site: string | null): string[] {
  for (const source of AUTHOR_SOURCES) {
    const names = source.read(page, site);
    if (names.length > 0) return names;
  }
  return [];
}
