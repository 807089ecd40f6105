// Metadata from an HTML page: JSON-LD, <meta> tags, <link rel=canonical>, <title>, <h1>, <time>,
// URL path dates, visible bylines, the masthead logo and the copyright line.
// Each field has its own list of recognisers under ./metadata/, tried most reliable first.
import type { AnyNode } from 'domhandler';
import { pageAuthors } from './metadata/authors.js';
import { pageLanguage } from './metadata/language.js';
import { readPage } from './metadata/page.js';
import { publishedDate } from './metadata/published.js';
import { siteName, splitDocTitle } from './metadata/site-name.js';
import { pageTitle, statedHeadlines } from './metadata/title.js';
import type { FoundMetadata } from './types.js';

export { copyrightName, splitDocTitle } from './metadata/site-name.js';
export { urlDate } from './metadata/published.js';
export { primaryLanguage } from './metadata/language.js';

/** <title> without a trailing " | Site" part, when the rest is still a headline. */
export function stripTitleSuffix(title: string, publisher: string | null): string {
  return splitDocTitle(title, [], publisher ? [publisher] : []).headline;
}

/** Metadata from the whole page (read before any removal, so bylines and headers are still there). */
export function readHtmlMetadata(dom: AnyNode[], hints: { url?: string } = {}): FoundMetadata {
  const page = readPage(dom, hints);
  const publisher = siteName(page, [...statedHeadlines(page), ...page.h1s]);
  const { published, modified } = publishedDate(page);
  return {
    title: pageTitle(page, publisher),
    publisher,
    authors: pageAuthors(page, publisher),
    published,
    url: page.url,
    modified,
    language: pageLanguage(page),
  };
}
