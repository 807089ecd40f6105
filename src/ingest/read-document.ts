// One input's bytes to results: choose a decoding hint, decode, settle the format, run its reader.
import type { IngestResult } from '../core/records.js';
import { decodeBytes, type DecodeHint } from './decode-bytes.js';
import { formatFromPath, previewBytes, sniffFormat, type ContainerFormat } from './detect-format.js';
import { errorMessage, failure, type DocumentContext, type Reader } from './document.js';
import { ENTITY_REFUSAL, NOT_A_FEED, parseFeedOutline, scanXmlProlog, XmlTooDeepError } from './feed-xml.js';
import { readAtomOutline } from './formats/read-atom.js';
import { readHtml } from './formats/read-html.js';
import { readMarkdown } from './formats/read-markdown.js';
import { readJson, readJsonLines } from './formats/read-records.js';
import { readRssOutline, RSS_ROOTS } from './formats/read-rss.js';
import { readText } from './formats/read-text.js';
import type { IngestSettings } from './settings.js';

function decodeHintFor(format: ContainerFormat): DecodeHint {
  return format === 'html' ? 'html' : format === 'xml' ? 'xml' : 'text';
}

/** An XML file: RSS, Atom, or XHTML saved as .xml; anything else is not a feed. */
export function* readXml(context: DocumentContext): Generator<IngestResult> {
  const prolog = scanXmlProlog(context.text);
  if (prolog.declaresEntities) {
    yield failure(context.name, ENTITY_REFUSAL);
    return;
  }
  const root = prolog.root;
  if (root === 'html' || root?.endsWith(':html')) {
    yield* readHtml(context);
    return;
  }
  if (root && RSS_ROOTS.has(root)) {
    yield* readRssOutline(context, parseFeedOutline(context.text, 'item'));
  } else if (root && root.replace(/^[\w.-]+:/, '') === 'feed') {
    yield* readAtomOutline(context, parseFeedOutline(context.text, 'entry'));
  } else {
    yield failure(context.name, NOT_A_FEED);
  }
}

// Several lines that each open an object: newline-delimited JSON rather than one broken document.
const JSONL_MIN_LINES = 2;

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.length >= JSONL_MIN_LINES && lines.every((line) => line.trimStart().startsWith('{'));
}

/** JSON found by sniffing: a whole document when it parses, else JSONL when every line opens an object. */
function* readSniffedJson(context: DocumentContext): Generator<IngestResult> {
  let parses = true;
  try {
    JSON.parse(context.text);
  } catch {
    parses = false;
  }
  if (!parses && looksLikeJsonLines(context.text)) yield* readJsonLines(context);
  else yield* readJson(context);
}

const READERS: Record<Exclude<ContainerFormat, 'xml'>, Reader> = {
  text: readText,
  markdown: readMarkdown,
  html: readHtml,
  json: readJson,
  jsonl: readJsonLines,
};

export interface DocumentSource {
  /** Key and source base: the path as given, or "stdin". */
  name: string;
  /** Name whose extension decides the format; omitted or unknown means sniff. */
  formatName?: string;
  bytes: Uint8Array;
  settings: IngestSettings;
}

/** Decodes one input and yields its items and failures. Never throws. */
export function* readDocument(source: DocumentSource): Generator<IngestResult> {
  try {
    const byName = source.formatName ? formatFromPath(source.formatName) : null;
    const hint = decodeHintFor(byName ?? sniffFormat(previewBytes(source.bytes)));
    const decoded = decodeBytes(source.bytes, hint);
    if (!decoded.ok) {
      yield failure(source.name, decoded.reason);
      return;
    }
    const context: DocumentContext = {
      name: source.name,
      bytes: source.bytes,
      text: decoded.text,
      charset: decoded.charset,
      warnings: decoded.warnings,
      settings: source.settings,
    };
    const format = byName ?? sniffFormat(decoded.text);
    if (format === 'xml') yield* readXml(context);
    else if (format === 'json' && byName === null) yield* readSniffedJson(context);
    else yield* READERS[format](context);
  } catch (error) {
    yield failure(source.name, error instanceof XmlTooDeepError ? error.message : `could not read: ${errorMessage(error)}`);
  }
}
