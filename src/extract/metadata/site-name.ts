// Outlet names, as the page states them: JSON-LD publisher, og:site_name, application-name,
// a " | Outlet" suffix of <title>, the masthead logo, a "© 2026 Outlet" line.
import type { Element } from 'domhandler';
import { findAll, textOf } from '../html-dom.js';
import { comparable } from '../text-util.js';
import { asArray, isObject, nameOf, typesOf } from './json-ld.js';
import { cleanValue, metaValue, type Page } from './page.js';

// Outlet names are short: "The Harbor Ledger", "Tarn Valley Gazette".
export const MAX_SITE_NAME_WORDS = 6;
const MAX_SITE_NAME_LENGTH = 60;
// Strong title separators always set off the site; dashes and colons also join headline parts.
const STRONG_SEPARATOR = /\s+(?:\||::|·|•|»|\/\/)\s+/;
const ANY_SEPARATOR = /\s+(?:\||::|·|•|»|\/\/|-|–|—|~)\s+/;
const ORG_TYPES = /organization|newsmediaorganization|corporation|website|localbusiness/i;
// "© 2026 The Harbor Ledger. All rights reserved." / "Copyright (c) 2019-2026 Outlet Ltd"
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:(?:©|\(c\))\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*)?,?\s*([^.|©\n]{2,80})/i;
const COPYRIGHT_TAIL = /\s*(?:,?\s*all rights reserved.*|,?\s*(?:inc|ltd|llc|gmbh|plc|s\.?a)\.?$|\s+registered in.*)$/i;
const NOT_A_NAME = /^(home|homepage|logo|menu|search|skip to .*|go to .*|back to .*|the logo|site logo)$/i;

export function plausibleSiteName(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = cleanValue(value).replace(/\s+(logo|homepage|home page)$/i, '').replace(/^(logo|home)\s*[:|-]?\s+/i, '').trim();
  const words = v.split(/\s+/).length;
  if (v === '' || v.length > MAX_SITE_NAME_LENGTH || words > MAX_SITE_NAME_WORDS) return null;
  if (NOT_A_NAME.test(v) || /^https?:|^@|^\d+$/.test(v)) return null;
  return v;
}

function fromJsonLd(page: Page): string | null {
  const article = page.article;
  const fromArticle = article ? nameOf(page.ld, asArray(article.publisher)[0]) ?? nameOf(page.ld, asArray(article.sourceOrganization)[0]) : null;
  if (plausibleSiteName(fromArticle)) return plausibleSiteName(fromArticle);
  // A WebSite or NewsMediaOrganization object elsewhere in the graph.
  for (const o of page.ld) {
    if (!typesOf(o).some((t) => ORG_TYPES.test(t))) continue;
    const name = isObject(o) ? nameOf(page.ld, o) : null;
    if (plausibleSiteName(name)) return plausibleSiteName(name);
  }
  return null;
}

function fromMeta(page: Page): string | null {
  return plausibleSiteName(metaValue(page, 'og:site_name', 'application-name', 'apple-mobile-web-app-title', 'publisher', 'dc.publisher', 'citation_publisher'));
}

// Elements most likely to be the logo come first: "logo" classes, then brand / site-name, then the masthead.
const LOGO_CLASSES = [/(^|[\s_-])logo([\s_-]|$)/i, /(^|[\s_-])(brand|branding|site-?(name|title)|navbar-brand)([\s_-]|$)/i, /(^|[\s_-])masthead([\s_-]|$)/i];

function logoName(el: Element): string | null {
  if (el.name === 'img') return plausibleSiteName(el.attribs.alt);
  const img = findAll(el, (e) => e.name === 'img' && Boolean(e.attribs.alt))[0];
  const link = el.name === 'a' ? el : findAll(el, (e) => e.name === 'a')[0];
  return (
    plausibleSiteName(img?.attribs.alt) ??
    plausibleSiteName(link ? textOf(link) : null) ??
    plausibleSiteName(el.attribs['aria-label'] ?? el.attribs.title) ??
    plausibleSiteName(textOf(el))
  );
}

function fromLogo(page: Page): string | null {
  for (const pattern of LOGO_CLASSES) {
    const els = findAll(page.dom, (e: Element) => pattern.test(`${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`));
    for (const el of els.slice(0, 5)) {
      const name = logoName(el);
      if (name) return name;
    }
  }
  return null;
}

/** "Outlet" from a "© 2026 Outlet. All rights reserved." line; null when none. */
export function copyrightName(text: string): string | null {
  const m = COPYRIGHT.exec(text);
  if (!m) return null;
  return plausibleSiteName(m[1]!.replace(COPYRIGHT_TAIL, '').replace(/^by\s+/i, '').trim());
}

function fromCopyright(page: Page): string | null {
  const els = findAll(page.dom, (e) => /copyright|footer/i.test(`${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`) || e.name === 'footer');
  for (const el of els.reverse()) {
    const name = copyrightName(textOf(el));
    if (name) return name;
  }
  return null;
}

/** Split a <title> into its headline and a site part ("Headline | Site", "Site - Headline"). */
export function splitDocTitle(docTitle: string, headlines: string[], knownSites: string[]): { headline: string; site: string | null } {
  const parts = docTitle.split(ANY_SEPARATOR);
  if (parts.length < 2) return { headline: docTitle, site: null };
  const known = new Set(knownSites.map(comparable));
  const heads = new Set(headlines.map(comparable));
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const withoutLast = docTitle.slice(0, docTitle.lastIndexOf(last)).replace(/\s+\S{1,2}\s*$/, '').trim();
  const withoutFirst = docTitle.slice(first.length).replace(/^\s*\S{1,2}\s+/, '').trim();
  // A part the page names elsewhere (og:site_name, logo) is the site.
  if (known.has(comparable(last))) return { headline: withoutLast, site: last };
  if (known.has(comparable(first))) return { headline: withoutFirst, site: first };
  // The rest is the visible headline: what is left over is the site.
  if (heads.has(comparable(withoutLast)) && plausibleSiteName(last)) return { headline: withoutLast, site: last };
  if (heads.has(comparable(withoutFirst)) && plausibleSiteName(first)) return { headline: withoutFirst, site: first };
  // A strong separator before a short tail: "Headline | Outlet", "Headline :: Outlet".
  const strong = docTitle.split(STRONG_SEPARATOR);
  const tail = strong[strong.length - 1]!;
  if (strong.length >= 2 && plausibleSiteName(tail) && tail.split(/\s+/).length <= 4) {
    const rest = docTitle.slice(0, docTitle.lastIndexOf(tail)).replace(/\s+\S{1,2}\s*$/, '').trim();
    if (rest.split(/\s+/).length >= 3) return { headline: rest, site: tail };
  }
  return { headline: docTitle, site: null };
}

export type SiteNameSource = (page: Page) => string | null;

/** Names the page states in metadata; the most reliable. */
export const STATED_SITE_NAME_SOURCES: readonly SiteNameSource[] = [fromJsonLd, fromMeta];
/** Names read from the visible page chrome. */
export const VISIBLE_SITE_NAME_SOURCES: readonly SiteNameSource[] = [fromLogo, fromCopyright];

function firstOf(sources: readonly SiteNameSource[], page: Page): string | null {
  for (const source of sources) {
    const name = source(page);
    if (name) return name;
  }
  return null;
}

/**
 * The outlet: stated metadata first; else a <title> part that the logo or copyright line confirms;
 * else the logo, the copyright line, or a short tail after a strong <title> separator.
 */
export function siteName(page: Page, headlines: string[]): string | null {
  const stated = firstOf(STATED_SITE_NAME_SOURCES, page);
  if (stated) return stated;
  const visible = VISIBLE_SITE_NAME_SOURCES.map((s) => s(page)).filter((n): n is string => n !== null);
  const fromTitle = page.docTitle ? splitDocTitle(page.docTitle, headlines, visible).site : null;
  if (fromTitle && visible.some((v) => comparable(v) === comparable(fromTitle))) return fromTitle;
  return visible[0] ?? fromTitle;
}
