// The headline: the visible <h1> when the page's metadata confirms it, else JSON-LD headline,
// og:title, or <title> without its site part.
import { comparable } from '../text-util.js';
import { cleanValue, metaValue, type Page } from './page.js';
import { splitDocTitle } from './site-name.js';

// A headline is at least this many characters; shorter h1s are labels ("News", "Menu").
const MIN_HEADLINE_LENGTH = 8;
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

export function pageTitle(page: Page, site: string | null): string | null {
  const stated = statedHeadlines(page);
  const sites = site ? [site] : [];
  const strip = (t: string): string => splitDocTitle(t, [], sites).headline;
  const references = [...stated, page.docTitle].filter((t) => t !== '');
  // 1. An <h1> that metadata confirms is the visible headline.
  const confirmed = page.h1s.find((h) => plausible(h) && references.some((r) => sameHeadline(h, r)));
  if (confirmed) return confirmed;
  // 2. A single plausible <h1> outside page chrome.
  const h1s = page.h1s.filter((h) => plausible(h) && !sites.some((s) => comparable(s) === comparable(h)));
  if (h1s.length === 1) return h1s[0]!;
  // 3. Stated headlines, then <title>, without a site part.
  for (const t of references) {
    const headline = strip(splitDocTitle(t, page.h1s, sites).headline);
    if (headline !== '') return headline;
  }
  return h1s[0] ?? null;
}
