// Shared XML helpers for RSS and Atom: a prolog scan (root element, DOCTYPE entities) and a
// streaming outline of the feed built from htmlparser2 events with an explicit stack, so
// hostile nesting costs memory in proportion to the file and never recursion.
import { Parser } from 'htmlparser2';

export const ENTITY_REFUSAL = 'feed declares XML entities in its DOCTYPE; refused to avoid entity expansion';
export const NOT_A_FEED = 'not an RSS, Atom or JSON Feed document';

// Real feeds nest under 20 levels and embedded XHTML rarely past 50; deeper is junk or an attack.
export const MAX_XML_DEPTH = 1000;
// Below an entry we keep structure for entry > author > name and entry > content > markup; deeper only adds text.
const ENTRY_RECORD_DEPTH = 3;
// Below the channel/feed we need channel > title and feed > author > name.
const META_RECORD_DEPTH = 2;

export class XmlTooDeepError extends Error {
  constructor() {
    super(`XML nests deeper than ${MAX_XML_DEPTH} elements`);
    this.name = 'XmlTooDeepError';
  }
}

export interface XmlProlog {
  /** The root element's name, lowercased with its prefix ("rss", "feed", "rdf:rdf", "html"), or null. */
  root: string | null;
  /** Whether a DOCTYPE before the root declares entities. */
  declaresEntities: boolean;
}

/** Reads past the XML declaration, comments, processing instructions and DOCTYPE to the root element. */
export function scanXmlProlog(text: string): XmlProlog {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let declaresEntities = false;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end === -1) break;
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) break;
      i = end + 3;
    } else if (text.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
      const end = doctypeEnd(text, i + 9);
      if (/<!ENTITY/i.test(text.slice(i, end))) declaresEntities = true;
      i = end;
    } else if (c === '<') {
      const m = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 256));
      return { root: m ? m[1]!.toLowerCase() : null, declaresEntities };
    } else {
      break;
    }
  }
  return { root: null, declaresEntities };
}

/** Index just past a DOCTYPE's closing ">", skipping an internal subset in [...]. */
function doctypeEnd(text: string, from: number): number {
  let inSubset = false;
  let quote: string | null = null;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') inSubset = true;
    else if (c === ']') inSubset = false;
    else if (c === '>' && !inSubset) return i + 1;
  }
  return text.length;
}

/** An element kept in the outline. */
export interface XmlElement {
  /** Lowercased qualified name: "content:encoded", "dc:creator", "link". */
  name: string;
  /** The name without its prefix: "encoded", "creator", "link". */
  local: string;
  /** Attributes with lowercased names. */
  attribs: Record<string, string>;
  /** All descendant text, entities decoded, CDATA included. */
  text: string;
  /** The source between the start tag and the end tag: the element's markup as written. */
  inner: string;
  children: XmlElement[];
}

export interface FeedEntryNode {
  element: XmlElement;
  /** Offsets of the entry's first and last character in the source text. */
  start: number;
  end: number;
}

export interface FeedOutline {
  root: string | null;
  rootAttribs: Record<string, string>;
  /** Direct children of the channel (RSS) or feed (Atom) outside any entry: title, language, author. */
  meta: XmlElement[];
  entries: FeedEntryNode[];
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function lowerKeys(attribs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(attribs)) out[key.toLowerCase()] = value;
  return out;
}

interface Frame {
  name: string;
  /** The element being recorded for this frame, or null when it only contributes text. */
  record: { element: XmlElement; parts: string[]; openEnd: number } | null;
  /** Levels below the entry or container, -1 outside both. */
  zoneDepth: number;
  zone: 'entry' | 'meta' | 'none';
  isContainer: boolean;
  entryStart: number;
}

/**
 * Streams a feed into an outline: entries whose local name is `entryName` (not nested in another entry),
 * and the container's metadata children. Throws XmlTooDeepError past MAX_XML_DEPTH.
 */
export function parseFeedOutline(text: string, entryName: 'item' | 'entry'): FeedOutline {
  const outline: FeedOutline = { root: null, rootAttribs: {}, meta: [], entries: [] };
  const stack: Frame[] = [];
  const records: { element: XmlElement; parts: string[]; openEnd: number }[] = [];

  const parser = new Parser(
    {
      onopentag(rawName, attribs) {
        if (stack.length >= MAX_XML_DEPTH) throw new XmlTooDeepError();
        const name = rawName.toLowerCase();
        const local = localName(name);
        const parent = stack[stack.length - 1];
        if (!parent) {
          outline.root = name;
          outline.rootAttribs = lowerKeys(attribs);
        }
        let zone: Frame['zone'] = 'none';
        let zoneDepth = -1;
        let entryStart = -1;
        if (parent && parent.zone !== 'none') {
          zone = parent.zone;
          zoneDepth = parent.zoneDepth + 1;
        } else if (local === entryName && parent) {
          zone = 'entry';
          zoneDepth = 0;
          entryStart = parser.startIndex;
        } else if (parent?.isContainer) {
          zone = 'meta';
          zoneDepth = 0;
        }
        const limit = zone === 'entry' ? ENTRY_RECORD_DEPTH : META_RECORD_DEPTH;
        let record: Frame['record'] = null;
        if (zone !== 'none' && zoneDepth <= limit) {
          const element: XmlElement = { name, local, attribs: lowerKeys(attribs), text: '', inner: '', children: [] };
          record = { element, parts: [], openEnd: parser.endIndex + 1 };
          records.push(record);
        }
        // The RSS channel and the Atom root hold the feed's own metadata.
        const isContainer = zone === 'none' && (local === 'channel' || (!parent && local === 'feed'));
        stack.push({ name, record, zoneDepth, zone, isContainer, entryStart });
      },
      ontext(data) {
        const top = records[records.length - 1];
        if (top) top.parts.push(data);
      },
      onclosetag() {
        const frame = stack.pop();
        if (!frame?.record) return;
        const record = records.pop()!;
        const element = record.element;
        element.text = record.parts.join('');
        element.inner = text.slice(record.openEnd, Math.max(record.openEnd, parser.startIndex));
        const parentRecord = records[records.length - 1];
        if (frame.zone === 'entry' && frame.zoneDepth === 0) {
          outline.entries.push({ element, start: frame.entryStart, end: Math.min(parser.endIndex, text.length - 1) });
        } else if (frame.zone === 'meta' && frame.zoneDepth === 0) {
          outline.meta.push(element);
        }
        if (parentRecord && frame.zoneDepth > 0) {
          parentRecord.parts.push(element.text);
          parentRecord.element.children.push(element);
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(text);
  parser.end();
  return outline;
}

/** The first child with this qualified name (lowercase), or undefined. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** Every child with this qualified name. */
export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The first child with this local name, whatever its prefix (Atom is often written as atom:entry). */
export function childLocal(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local);
}

export function childrenLocal(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c) => c.local === local);
}

/** The markup as written when the element holds child elements (unescaped HTML), else its decoded text. */
export function markupOrText(element: XmlElement): string {
  return element.children.length > 0 ? element.inner : element.text;
}

/** Plain text of a title that may carry markup. */
export function stripTags(text: string): string {
  return text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** One feed entry with its own source bytes, numbered from 1 as failures name it. */
export interface BoundedEntry {
  n: number;
  element: XmlElement;
  raw: Uint8Array;
}

/**
 * The outline's entries with their source bytes, or the reason an entry is over the record limit. Shared by the
 * RSS and Atom readers so both bound entries the same way.
 */
export function* boundedEntries(
  outline: FeedOutline,
  text: string,
  overLimit: (label: string, byteLength: number) => string | null,
): Generator<BoundedEntry | { n: number; tooBig: string }> {
  for (let i = 0; i < outline.entries.length; i++) {
    const n = i + 1;
    const { element, start, end } = outline.entries[i]!;
    const raw = Buffer.from(text.slice(start, end + 1), 'utf8');
    const tooBig = overLimit(`entry ${n}`, raw.byteLength);
    yield tooBig ? { n, tooBig } : { n, element, raw };
  }
}
