// Shared checks for author names read from metadata and visible bylines.
import type { Element } from 'domhandler';
import { comparable } from '../text-util.js';
import { cleanValue } from './page.js';

// A person's name is short; longer strings are bios or sentences.
const MAX_NAME_WORDS = 6;
const MAX_NAME_LENGTH = 60;
// Words that are not names: CMS user names, role labels, prompts.
const NOT_NAME = /^(by|admin|administrator|editor|staff|guest|anonymous|author|the author|unknown|null|undefined|team|posted|written|written by)$/i;
// Account and navigation links that sit where author links do ("/user/login", "/profile/edit").
const UI_LABEL = /^(log ?in|log ?out|sign ?in|sign ?up|sign ?out|register|create (an )?account|member login|my account|my profile|edit profile|view profile|learn more|read more|see more|more|follow|subscribe|video library|contact)$/i;
// Long digit runs are account ids ("262588213843476"), not names; short ones occur in handles ("paulb203").
const ACCOUNT_ID = /\d{6,}/;
// Unfilled template fields ("page.head.extra.author", "{{author}}") are markup, not names.
const TEMPLATE_FIELD = /^[\w-]+(\.[\w-]+)+\.(author|authors|name|byline|creator)$|[{}<>]/i;
// Links to the author's social profiles carry rel=author too; their text is the network, not the person.
const SOCIAL_NETWORK = /^(twitter|x|facebook|linkedin|instagram|bluesky|mastodon|threads|youtube|tiktok|github|email|website|rss)$/i;

/** A cleaned author name, or null when the value is not one. */
export function cleanName(value: string): string | null {
  const v = cleanValue(value)
    .replace(/^(by|written by|posted by|author:?|words by|reporting by)\s+/i, '')
    .replace(/\s*[|,]\s*(staff|senior|chief|contributing|special)\b.*$/i, '')
    .trim();
  // One character is an avatar's initial, not a name.
  if (v.length < 2 || v.length > MAX_NAME_LENGTH || v.split(/\s+/).length > MAX_NAME_WORDS) return null;
  if (NOT_NAME.test(v) || SOCIAL_NETWORK.test(v) || UI_LABEL.test(v) || /^https?:|@/.test(v) || ACCOUNT_ID.test(v) || TEMPLATE_FIELD.test(v) || !/\p{L}/u.test(v)) return null;
  return v;
}

export function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = comparable(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function sameName(a: string, b: string | null): boolean {
  return b !== null && comparable(a) === comparable(b);
}

// Containers of page chrome and of other stories: bylines there belong to something else.
const CHROME_CLASS = /\b(comment|related|sidebar|widget|recommend|more-stories|teaser|footer)/i;

/** The headline's ancestors: containers that hold the article, whatever their class says. */
export function headlineAncestors(h1: Element | undefined): Set<Element> {
  const out = new Set<Element>();
  for (let p = h1?.parent as Element | null | undefined; p && p.attribs; p = p.parent as Element | null) out.add(p);
  return out;
}

/**
 * True inside <nav>, <aside>, the page's <footer> or a chrome container. A <footer> inside an <article> is the
 * article's own footer (HTML's sectioning rule), where author boxes often sit.
 */
export function inAuthorChrome(el: Element, headline?: ReadonlySet<Element>): boolean {
  for (let p: Element | null = el; p && p.attribs; p = p.parent as Element | null) {
    // A container that also holds the headline is the article's (an all-enclosing "widget" or "has-sidebar" wrapper).
    if (headline?.has(p)) return false;
    if (p.name === 'aside' || p.name === 'nav') return true;
    if (p.name === 'footer' && !withinArticle(p)) return true;
    if (CHROME_CLASS.test(`${p.attribs.class ?? ''} ${p.attribs.id ?? ''}`)) return true;
  }
  return false;
}

function withinArticle(el: Element): boolean {
  for (let p = el.parent as Element | null; p && p.attribs; p = p.parent as Element | null) if (p.name === 'article') return true;
  return false;
}
