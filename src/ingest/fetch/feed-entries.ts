// The entries of a fetched feed with the page each links to; entries that carry no content of their own
// (title and link only) are listed too, since their page is what gets fetched.
import { normaliseDate } from '../dates.js';
import { cleanString } from '../document.js';
import { child, childLocal, childrenLocal, parseFeedOutline, stripTags } from '../feed-xml.js';

export type FeedType = 'rss' | 'atom' | 'jsonfeed';

export interface FeedEntryLink {
  /** 1-based, as feed readers number entries ("entry 3"). */
  n: number;
  /** Absolute http(s) URL of the entry's page, or null when it has none. */
  url: string | null;
  title?: string;
  published?: string;
}

function absolute(link: string | undefined, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function rssEntries(text: string, base: string): FeedEntryLink[] {
  return parseFeedOutline(text, 'item').entries.map(({ element: item }, i) => {
    const guid = child(item, 'guid');
    // A guid is the page's URL unless it says isPermaLink="false".
    const permalink = guid && guid.attribs['ispermalink']?.toLowerCase() !== 'false' ? cleanString(guid.text) : undefined;
    const link = cleanString(child(item, 'link')?.text) ?? cleanString(child(item, 'atom:link')?.attribs['href']) ?? permalink;
    const title = child(item, 'title');
    return {
      n: i + 1,
      url: absolute(link, base),
      title: title ? cleanString(stripTags(title.text)) : undefined,
      published: normaliseDate(child(item, 'pubdate')?.text) ?? normaliseDate(child(item, 'dc:date')?.text),
    };
  });
}

function atomEntries(text: string, base: string): FeedEntryLink[] {
  return parseFeedOutline(text, 'entry').entries.map(({ element: entry }, i) => {
    const links = childrenLocal(entry, 'link');
    const alternate = links.find((l) => (l.attribs['rel'] ?? 'alternate').toLowerCase() === 'alternate');
    const title = childLocal(entry, 'title');
    return {
      n: i + 1,
      url: absolute(cleanString(alternate?.attribs['href']), base),
      title: title ? cleanString(stripTags(title.text)) : undefined,
      published: normaliseDate(childLocal(entry, 'published')?.text) ?? normaliseDate(childLocal(entry, 'updated')?.text),
    };
  });
}

function jsonFeedEntries(text: string, base: string): FeedEntryLink[] {
  let feed: unknown;
  try {
    feed = JSON.parse(text);
  } catch {
    return [];
  }
  const items = (feed as { items?: unknown }).items;
  if (!Array.isArray(items)) return [];
  return items.map((item: Record<string, unknown> | null, i) => ({
    n: i + 1,
    url: absolute(cleanString(item?.['url']) ?? cleanString(item?.['external_url']), base),
    title: cleanString(item?.['title']),
    published: normaliseDate(item?.['date_published']),
  }));
}

/** Lists a feed's entries with their page URLs resolved against the feed's own URL. */
export function feedEntryLinks(text: string, type: FeedType, base: string): FeedEntryLink[] {
  if (type === 'rss') return rssEntries(text, base);
  if (type === 'atom') return atomEntries(text, base);
  return jsonFeedEntries(text, base);
}
