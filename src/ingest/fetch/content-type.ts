// What a Content-Type header says a response is, and whether Dossier reads it. Shared by fetching and WARC records.
import iconv from 'iconv-lite';
import { declaredHtmlCharset, declaredXmlCharset, detectBom, normaliseCharset } from '../decode-bytes.js';

/** How a response is read: a page, a feed, an XML document to sniff (feed or XHTML), plain text. */
export type ResponseKind = 'html' | 'feed' | 'xml' | 'text';

export interface ContentType {
  /** Lowercased media type without parameters ("text/html"), or "" when the header is missing. */
  mime: string;
  charset: string | null;
}

export function parseContentType(header: string | null | undefined): ContentType {
  if (!header) return { mime: '', charset: null };
  const [type, ...params] = header.split(';');
  let charset: string | null = null;
  for (const param of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(param);
    if (m) charset = m[1]!.toLowerCase();
  }
  return { mime: type!.trim().toLowerCase(), charset };
}

const KINDS: Readonly<Record<string, ResponseKind>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/feed+json': 'feed',
  // Generic XML is a feed or an XHTML page; its root element decides.
  'application/xml': 'xml',
  'text/xml': 'xml',
  'text/plain': 'text',
};

/**
 * The kind of a response by its media type: null when Dossier does not read that type (images, PDFs, octet streams).
 * A missing type is sniffed from the bytes by the caller, so it maps to 'xml' here only when told so.
 */
export function responseKind(mime: string): ResponseKind | null {
  return KINDS[mime] ?? null;
}

export const ACCEPTED_TYPES = Object.keys(KINDS);

/** The Accept header: what Dossier can read, pages first. */
export const ACCEPT_HEADER =
  'text/html,application/xhtml+xml;q=0.9,application/rss+xml;q=0.9,application/atom+xml;q=0.9,application/feed+json;q=0.9,application/xml;q=0.8,text/xml;q=0.8,text/plain;q=0.7';

/**
 * Applies a charset named by the HTTP header when the document names none itself (no BOM, no <meta> or XML
 * declaration): the bytes are transcoded to UTF-8 so the shared decoder reads them right. The document's own
 * declaration is left to the decoder otherwise.
 */
export function applyHeaderCharset(bytes: Buffer, charset: string | null, kind: ResponseKind): Buffer {
  if (!charset) return bytes;
  const name = normaliseCharset(charset);
  if (!name || name === 'utf-8' || !iconv.encodingExists(name)) return bytes;
  if (detectBom(bytes)) return bytes;
  const declared = kind === 'html' ? declaredHtmlCharset(bytes) : kind === 'text' ? null : declaredXmlCharset(bytes);
  if (declared) return bytes;
  return Buffer.from(iconv.decode(bytes, name), 'utf8');
}
