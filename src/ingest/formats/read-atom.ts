// Atom (RFC 4287): one item per <entry> with content or summary.
import type { BodyType, IngestResult } from '../../core/records.js';
import { normaliseDate } from '../dates.js';
import { cleanAuthors, cleanString, failure, makeItem, overRecordLimit, type DocumentContext } from '../document.js';
import {
  childLocal,
  childrenLocal,
  ENTITY_REFUSAL,
  NOT_A_FEED,
  boundedEntries,
  parseFeedOutline,
  scanXmlProlog,
  stripTags,
  type FeedOutline,
  type XmlElement,
} from '../feed-xml.js';

/** Body and type of an Atom text construct (content or summary), or null when it has none inline. */
export function atomText(element: XmlElement | undefined): { body: string; bodyType: BodyType } | null {
  if (!element) return null;
  // Out-of-line content (src=) points elsewhere; there is nothing here to read.
  if (element.attribs['src'] !== undefined) return null;
  const type = (element.attribs['type'] ?? 'text').trim().toLowerCase();
  let result: { body: string; bodyType: BodyType } | null;
  if (type === 'xhtml' || type.endsWith('xhtml+xml')) result = { body: element.inner, bodyType: 'html' };
  else if (type === 'html' || type.includes('html')) result = { body: element.text, bodyType: 'html' };
  else if (type === 'text' || type.startsWith('text/')) result = { body: element.text, bodyType: 'text' };
  // Any other media type is base64 or foreign XML, not an article body.
  else result = null;
  return result && result.body.trim() !== '' ? result : null;
}

/** The entry's web page: rel="alternate" (or no rel) link. */
function atomLink(entry: XmlElement): string | undefined {
  const links = childrenLocal(entry, 'link');
  const alternate = links.find((l) => (l.attribs['rel'] ?? 'alternate').toLowerCase() === 'alternate');
  return cleanString(alternate?.attribs['href']);
}

function atomAuthors(element: XmlElement): string[] | undefined {
  return cleanAuthors(childrenLocal(element, 'author').map((a) => childLocal(a, 'name')?.text ?? a.text));
}

function plainTitle(element: XmlElement | undefined): string | undefined {
  return element ? cleanString(stripTags(element.text)) : undefined;
}

export function* readAtomOutline(context: DocumentContext, outline: FeedOutline): Generator<IngestResult> {
  if (outline.entries.length === 0) {
    yield failure(context.name, 'feed has no entries');
    return;
  }
  const publisher = plainTitle(outline.meta.find((m) => m.local === 'title'));
  const feedAuthors = cleanAuthors(
    outline.meta.filter((m) => m.local === 'author').map((a) => childLocal(a, 'name')?.text ?? a.text),
  );
  const feedLanguage = cleanString(outline.rootAttribs['xml:lang']);
  for (const bounded of boundedEntries(outline, context.text, (label, bytes) => overRecordLimit(label, bytes, context.settings))) {
    if ('tooBig' in bounded) {
      yield failure(context.name, bounded.tooBig);
      continue;
    }
    const { n, element: entry, raw } = bounded;
    const content = atomText(childLocal(entry, 'content')) ?? atomText(childLocal(entry, 'summary'));
    if (!content) {
      yield failure(context.name, `entry ${n} has no content`);
      continue;
    }
    const url = atomLink(entry);
    yield makeItem(context, {
      key: cleanString(childLocal(entry, 'id')?.text) ?? url ?? `${context.name}#${n}`,
      source: `${context.name}#entry-${n}`,
      format: 'atom',
      raw,
      bodyType: content.bodyType,
      body: content.body,
      hints: {
        url,
        title: plainTitle(childLocal(entry, 'title')),
        publisher,
        // RFC 4287: an entry without authors inherits the feed's.
        authors: atomAuthors(entry) ?? feedAuthors,
        published: normaliseDate(childLocal(entry, 'published')?.text) ?? normaliseDate(childLocal(entry, 'updated')?.text),
        language: cleanString(entry.attribs['xml:lang']) ?? feedLanguage,
      },
    });
  }
}

/** Reads an Atom document; refuses DOCTYPE entities and fails when the root is not feed. */
export function* readAtom(context: DocumentContext): Generator<IngestResult> {
  const prolog = scanXmlProlog(context.text);
  if (prolog.declaresEntities) {
    yield failure(context.name, ENTITY_REFUSAL);
    return;
  }
  if (!prolog.root || prolog.root.replace(/^[\w.-]+:/, '') !== 'feed') {
    yield failure(context.name, NOT_A_FEED);
    return;
  }
  yield* readAtomOutline(context, parseFeedOutline(context.text, 'entry'));
}
