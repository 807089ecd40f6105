// RSS 2.0 (and RSS 1.0 / RDF): one item per <item> with content.
import type { IngestResult } from '../../core/records.js';
import { normaliseDate } from '../dates.js';
import { cleanAuthors, cleanString, failure, makeItem, overRecordLimit, type DocumentContext } from '../document.js';
import {
  child,
  children,
  ENTITY_REFUSAL,
  markupOrText,
  NOT_A_FEED,
  boundedEntries,
  parseFeedOutline,
  scanXmlProlog,
  stripTags,
  type FeedOutline,
  type XmlElement,
} from '../feed-xml.js';

export const RSS_ROOTS: ReadonlySet<string> = new Set(['rss', 'rdf:rdf']);

function nonBlank(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

/** The entry's link: <link> text, else an atom:link href (common in RSS written by Atom-aware tools). */
function rssLink(item: XmlElement): string | undefined {
  return cleanString(child(item, 'link')?.text) ?? cleanString(child(item, 'atom:link')?.attribs['href']);
}

/** Body of an RSS item: content:encoded wins over description; both are HTML by convention. */
function rssBody(item: XmlElement): string | undefined {
  const encoded = child(item, 'content:encoded');
  const description = child(item, 'description');
  return nonBlank(encoded ? markupOrText(encoded) : undefined) ?? nonBlank(description ? markupOrText(description) : undefined);
}

export function* readRssOutline(context: DocumentContext, outline: FeedOutline): Generator<IngestResult> {
  if (outline.entries.length === 0) {
    yield failure(context.name, 'feed has no entries');
    return;
  }
  const channelTitle = outline.meta.find((m) => m.name === 'title');
  const publisher = channelTitle ? cleanString(stripTags(channelTitle.text)) : undefined;
  const language = cleanString(outline.meta.find((m) => m.name === 'language' || m.name === 'dc:language')?.text);
  for (const bounded of boundedEntries(outline, context.text, (label, bytes) => overRecordLimit(label, bytes, context.settings))) {
    if ('tooBig' in bounded) {
      yield failure(context.name, bounded.tooBig);
      continue;
    }
    const { n, element: item, raw } = bounded;
    const body = rssBody(item);
    if (body === undefined) {
      yield failure(context.name, `entry ${n} has no content`);
      continue;
    }
    const url = rssLink(item);
    const title = child(item, 'title');
    const authors = [...children(item, 'author'), ...children(item, 'dc:creator')].map((a) => a.text);
    yield makeItem(context, {
      key: cleanString(child(item, 'guid')?.text) ?? url ?? `${context.name}#${n}`,
      source: `${context.name}#entry-${n}`,
      format: 'rss',
      raw,
      bodyType: 'html',
      body,
      hints: {
        url,
        title: title ? cleanString(stripTags(title.text)) : undefined,
        publisher,
        authors: cleanAuthors(authors),
        published: normaliseDate(child(item, 'pubdate')?.text) ?? normaliseDate(child(item, 'dc:date')?.text),
        language: cleanString(child(item, 'dc:language')?.text) ?? language,
      },
    });
  }
}

/** Reads an RSS document; refuses DOCTYPE entities and fails when the root is not rss / rdf:RDF. */
export function* readRss(context: DocumentContext): Generator<IngestResult> {
  const prolog = scanXmlProlog(context.text);
  if (prolog.declaresEntities) {
    yield failure(context.name, ENTITY_REFUSAL);
    return;
  }
  if (!prolog.root || !RSS_ROOTS.has(prolog.root)) {
    yield failure(context.name, NOT_A_FEED);
    return;
  }
  yield* readRssOutline(context, parseFeedOutline(context.text, 'item'));
}
