// Decides how a file is read: by extension first, by sniffing its content when the extension says nothing.
import { isWarcPath } from './formats/warc-path.js';

/** How a file's bytes are laid out; 'xml' and 'json' are refined after decoding (feed, XHTML, records). */
export type ContainerFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'xml';

export const EXTENSION_FORMATS: Readonly<Record<string, ContainerFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'xml',
  '.rss': 'xml',
  '.atom': 'xml',
  '.feed': 'xml',
};

const GZ_EXTENSION = '.gz';

/** Splits a trailing ".gz" off a file name. */
export function stripGzExtension(name: string): { name: string; gzipped: boolean } {
  return name.toLowerCase().endsWith(GZ_EXTENSION)
    ? { name: name.slice(0, -GZ_EXTENSION.length), gzipped: true }
    : { name, gzipped: false };
}

function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** The format implied by a path's extension (after any .gz), or null when the extension is unknown. */
export function formatFromPath(name: string): ContainerFormat | null {
  return EXTENSION_FORMATS[extensionOf(stripGzExtension(name).name)] ?? null;
}

/** Whether files with this name are picked up when walking a directory. */
export function isSupportedPath(name: string): boolean {
  // WARC files are streamed record by record (formats/warc.ts), not read whole like the formats above.
  return formatFromPath(name) !== null || isWarcPath(name);
}

/** One content recogniser: returns the format when the start of the document matches, else null. */
export interface ContentRecogniser {
  name: string;
  recognise(head: string): ContainerFormat | null;
}

// How much of the document the recognisers look at: enough for a prolog, a doctype and a first tag.
export const SNIFF_HEAD_CHARS = 4096;

const xmlDeclaration: ContentRecogniser = {
  name: 'xml-declaration-or-feed-root',
  // An XML declaration or a feed root element means a feed or XHTML; the root sniff decides which later.
  recognise: (head) => (/^<\?xml[\s?]/i.test(head) || /^<(rss|feed|rdf:rdf)[\s>]/i.test(head) ? 'xml' : null),
};

const htmlMarkup: ContentRecogniser = {
  name: 'html-markup',
  // A doctype, an <html>/<head>/<body> tag or a leading block element is how saved pages and fragments start.
  recognise: (head) =>
    /^(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|article|main|section|div|p|h[1-6])[\s>/]/i.test(head)
      ? 'html'
      : null,
};

const jsonDocument: ContentRecogniser = {
  name: 'json-document',
  // Only "{" + key or "[" + value counts, so prose like "[Reuters] ..." stays text.
  recognise: (head) => (/^(\{\s*("|\})|\[\s*(\{|\[|"|\]|-?\d|true|false|null))/.test(head) ? 'json' : null),
};

const markdownFrontMatter: ContentRecogniser = {
  name: 'markdown-front-matter',
  // A YAML front-matter block is the one markdown signal that plain text never carries by accident.
  recognise: (head) => (/^---\r?\n[\s\S]*?\n(---|\.\.\.)\r?\n/.test(head) ? 'markdown' : null),
};

export const CONTENT_RECOGNISERS: readonly ContentRecogniser[] = [xmlDeclaration, htmlMarkup, jsonDocument, markdownFrontMatter];

/** Sniffs the format from the start of a decoded (or Latin-1 rendered) document; plain text when nothing matches. */
export function sniffFormat(text: string): ContainerFormat {
  const head = text.slice(0, SNIFF_HEAD_CHARS).replace(/^\uFEFF/, '').trimStart();
  for (const recogniser of CONTENT_RECOGNISERS) {
    const format = recogniser.recognise(head);
    if (format) return format;
  }
  return 'text';
}

/** The format of a named input: its extension when known, else a sniff of its content. */
export function detectFormat(name: string | undefined, text: string): ContainerFormat {
  return (name ? formatFromPath(name) : null) ?? sniffFormat(text);
}

/** A cheap rendering of the first bytes for choosing how to decode: ASCII markup survives any charset but UTF-16. */
export function previewBytes(bytes: Uint8Array): string {
  const head = bytes.subarray(0, SNIFF_HEAD_CHARS);
  if (head[0] === 0xff && head[1] === 0xfe) return Buffer.from(head.subarray(2)).toString('utf16le');
  if (head[0] === 0xfe && head[1] === 0xff) {
    const swapped = Buffer.from(head.subarray(2, 2 + ((head.length - 2) & ~1)));
    return swapped.swap16().toString('utf16le');
  }
  return Buffer.from(head).toString('latin1');
}
