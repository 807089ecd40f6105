// What every reader shares: the decoded document, item/failure builders and hint cleaning.
import type { BodyType, IngestFailure, IngestItem, IngestResult, InputFormat, MetadataHints } from '../core/records.js';
import type { IngestSettings } from './settings.js';
import { formatSize } from './settings.js';

/** One decoded input handed to a reader. */
export interface DocumentContext {
  /** The input as the user named it (path with forward slashes) or "stdin": base of keys and sources. */
  name: string;
  /** Bytes after gunzip. */
  bytes: Uint8Array;
  /** Decoded text, BOM removed. */
  text: string;
  charset: string;
  /** Decoding warnings, carried onto every item from this input. */
  warnings: string[];
  settings: IngestSettings;
}

export type Reader = (context: DocumentContext) => Iterable<IngestResult>;

export function failure(input: string, reason: string): IngestFailure {
  return { kind: 'failure', input, reason };
}

export interface ItemParts {
  key: string;
  source: string;
  format: InputFormat;
  raw: Uint8Array;
  bodyType: BodyType;
  body: string;
  hints?: MetadataHints;
  warnings?: string[];
}

export function makeItem(context: DocumentContext, parts: ItemParts): IngestItem {
  const warnings = [...context.warnings, ...(parts.warnings ?? [])];
  const item: IngestItem = {
    kind: 'item',
    key: parts.key,
    source: parts.source,
    format: parts.format,
    raw: parts.raw,
    charset: context.charset,
    bodyType: parts.bodyType,
    body: parts.body,
    hints: compactHints(parts.hints ?? {}),
  };
  if (warnings.length > 0) item.warnings = warnings;
  return item;
}

export function utf8Bytes(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

/** UTF-8 JSON of a parsed value, or null when it nests too deeply for JSON.stringify's recursion. */
export function jsonBytes(value: unknown): Uint8Array | null {
  try {
    return utf8Bytes(JSON.stringify(value) ?? 'null');
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

export const TOO_DEEP = 'is nested too deeply';

/** "entry 3 is 12.0 MB, over the 10.0 MB record limit" when a record/entry is too large, else null. */
export function overRecordLimit(label: string, byteLength: number, settings: IngestSettings): string | null {
  return byteLength > settings.maxRecordBytes
    ? `${label} is ${formatSize(byteLength)}, over the ${formatSize(settings.maxRecordBytes)} record limit`
    : null;
}

/** A trimmed non-empty string, numbers included; undefined for anything else. */
export function cleanString(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}

const BARE_EMAIL = /^[^\s@()<>]+@[^\s@()<>]+$/;
const RSS_EMAIL_WITH_NAME = /^[^\s@()]+@[^\s@()]+\s*\((.+)\)$/;

/** One author name: "jane@x.org (Jane Doe)" becomes "Jane Doe"; a bare e-mail address is no name and is dropped. */
export function cleanAuthor(value: unknown): string | undefined {
  const text = cleanString(typeof value === 'object' && value !== null && 'name' in value ? (value as { name: unknown }).name : value);
  if (!text) return undefined;
  const named = RSS_EMAIL_WITH_NAME.exec(text);
  if (named) return cleanString(named[1]);
  return BARE_EMAIL.test(text) ? undefined : text;
}

/** Authors from a string, an array of strings or {name} objects; duplicates removed, order kept. */
export function cleanAuthors(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const entry of list) {
    const name = cleanAuthor(entry);
    if (name && !names.includes(name)) names.push(name);
  }
  return names.length > 0 ? names : undefined;
}

/** Drops undefined fields and empty author lists so hints compare and store cleanly. */
export function compactHints(hints: MetadataHints): MetadataHints {
  const out: MetadataHints = {};
  if (hints.url) out.url = hints.url;
  if (hints.title) out.title = hints.title;
  if (hints.publisher) out.publisher = hints.publisher;
  if (hints.authors && hints.authors.length > 0) out.authors = hints.authors;
  if (hints.published) out.published = hints.published;
  if (hints.language) out.language = hints.language;
  if (hints.servedDate) out.servedDate = hints.servedDate;
  return out;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
