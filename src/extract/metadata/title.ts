// The headline: the visible <h1> when the page's metadata confirms it, else JSON-LD headline,
// og:title, or <title> without its site part.
import { comparable } from '../text-util.js';
import { cleanValue, metaValue, type Page } from './page.js';
import { splitDocTitle } from './site-name.js';

// A headline is at least this many characters; shorter h1s are labels ("News", "Menu")...
const MIN_HEADLINE_LENGTH = 8;
// ...unless the stated title opens with it before a separator: a product or reference page named in a word
// ("Jimmy: The Ultimate Device Opener"); shorter than this it is an initial or a symbol.
const MIN_NAME_HEADLINE_LENGTH = 3;
// And at most this many words; longer "h1s" are whole paragraphs wrapped in a heading.
const MAX_HEADLINE_WORDS = 40;

function plausible(text: string | null | undefined): text is string {
  if (!text) return false;
  const words = text.split(/\s+/).length;
  return text.length >= MIN_HEADLINE_LENGTH && words <= MAX_HEADLINE_WORDS;
}

/** Headlines stated in metadata (JSON-LD, OpenGraph, Twitter), cleaned. */
export function statedHeadlines(page: Page): string[] {
  const ld = page.article;
  const out: string[] = [];
  for (const v of [ld?.headline, ld?.name, metaValue(page, 'og:title'), metaValue(page, 'twitter:title'), metaValue(page, 'title', 'dc.title', 'citation_title', 'parsely-title', 'sailthru.title')]) {
    if (typeof v === 'string' && v.trim() !== '') out.push(cleanValue(v));
  }
  return out;
}

/** True when `a` and `b` are the same headline, or `a` is `b` before a site suffix. */
function sameHeadline(a: string, b: string): boolean {
  const ca = comparable(a);
  const cb = comparable(b);
  return ca !== '' && (ca === cb || (cb.startsWith(ca) && ca.length >= cb.length * 0.5));
}

// A title part ends at a separator: "Promise - JavaScript | MDN", "Jimmy: The Ultimate Device Opener".
const TITLE_PART_END = /^\s*(?:[-|:–—»·•]|\s\/\s)/;

/** True when a short <h1> ("Flexbox", "Jimmy") is the first part of a stated title, before a separator. */
function leadsTitle(h1: string, title: string): boolean {
  if (h1.length < MIN_NAME_HEADLINE_LENGTH || !title.toLowerCase().startsWith(h1.toLowerCase())) return false;
  return TITLE_PART_END.test(title.slice(h1.length));
}

// Separators between a title's parts: "Headline | Outlet", "Headline - outlet.example".
const SEPARATOR = /\s+(?:\||::|·|•|»|\/\/|-|–|—|~)\s+/g;
// Host labels that name no outlet.
const GENERIC_HOST_LABEL = /^(www\d?|m|amp|blog|blogs|news|forum|forums|community|docs|help|support|shop|store|en|com|org|net|edu|gov|co|uk|io|info)$/i;
// A tail shorter than this (letters only) matches too much by containment.
const MIN_SITE_KEY = 4;

const squash = (s: string): string => comparable(s).replace(/\s+/g, '');

/** Names the outlet goes by: its site name and the distinctive labels of the page's host. */
function siteKeys(page: Page, site: string | null): string[] {
  const keys = site ? [squash(site)] : [];
  try {
    if (page.url) keys.push(...new URL(page.url).hostname.split('.').filter((l) => !GENERIC_HOST_LABEL.test(l)).map(squash));
  } catch {
    // Not a URL: the site name alone.
  }
  return keys.filter((k) => k.length >= MIN_SITE_KEY);
}

/** True when a title tail names the outlet: a domain, or a name that contains or is contained in a site key. */
function isSiteTail(tail: string, keys: string[]): boolean {
  if (/^[\w-]+(\.[\w-]+)*\.[a-z]{2,}$/i.test(tail.trim())) return true;
  const t = squash(tail);
  return t.length >= MIN_SITE_KEY && keys.some((k) => t.includes(k) || k.includes(t));
}

/**
 * A title without a trailing part naming the outlet ("Headline - Harbor Forums" on harborforums.example). The
 * shortest such tail wins, so "Headline - Part two - Outlet" keeps its "Part two".
 */
export function withoutSiteTail(title: string, page: Page, site: string | null): string {
  const keys = siteKeys(page, site);
  const seps = [...title.matchAll(SEPARATOR)].reverse();
  for (const sep of seps) {
    if (!isSiteTail(title.slice(sep.index! + sep[0].length), keys)) continue;
    const rest = title.slice(0, sep.index).trim();
    return rest.split(/\s+/).length >= 2 ? rest : title;
  }
  return title;
}

export function pageTitle(page: Page, site: string | null): string | null {
  const stated = statedHeadlines(page);
  const sites = site ? [site] : [];
  const strip = (t: string): string => splitDocTitle(t, [], sites).headline;
  const references = [...stated, page.docTitle].filter((t) => t !== '');
  // 1. An <h1> that metadata confirms is the visible headline.
  const confirmed = page.h1s.find(
    (h) => (plausible(h) && references.some((r) => sameHeadline(h, r))) || references.some((r) => leadsTitle(h, r)),
  );
  if (confirmed) return confirmed;
  // 2. A single plausible <h1> outside page chrome (one printed twice, for mobile and desktop, is still one).
  const h1s = page.h1s.filter((h) => plausible(h) && !sites.some((s) => comparable(s) === comparable(h)));
  if (new Set(h1s.map(comparable)).size === 1) return h1s[0]!;
  // 3. Stated headlines, then <title>, without a site part.
  for (const t of references) {
    const headline = withoutSiteTail(strip(splitDocTitle(t, page.h1s, sites).headline), page, site);
    if (headline !== '') return headline;
  }
  return h1s[0] ?? null;
}
