// JSON and JSONL records: {id?, url?, title?, publisher?, authors?, published?, language?, text? | html?}.
import type { IngestResult, InputFormat } from '../../core/records.js';
import { normaliseDate } from '../dates.js';
import {
  cleanAuthors,
  cleanString,
  errorMessage,
  failure,
  jsonBytes,
  makeItem,
  overRecordLimit,
  TOO_DEEP,
  utf8Bytes,
  type DocumentContext,
} from '../document.js';
import { isJsonFeed, readJsonFeedObject } from './read-json-feed.js';

export interface RecordPlace {
  /** How failures name the record: "record 3". */
  label: string;
  /** The failure's input: the file, or "file.jsonl:17" for a line. */
  failureInput: string;
  /** Key when the record has no id. */
  fallbackKey: string;
  source: string;
  format: InputFormat;
  raw: Uint8Array;
}

function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The record's own id (string or number) as a key, or undefined. */
export function recordId(record: Record<string, unknown>): string | undefined {
  const id = record['id'];
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : undefined;
}

/** Turns one parsed record into an item, or a failure naming it. */
export function recordToResult(context: DocumentContext, record: unknown, place: RecordPlace): IngestResult {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return failure(place.failureInput, `${place.label} is not an object`);
  }
  const fields = record as Record<string, unknown>;
  const tooBig = overRecordLimit(place.label, place.raw.byteLength, context.settings);
  if (tooBig) return failure(place.failureInput, tooBig);
  // Text is preferred when both are present: it is already the clean article, html may carry the page around it.
  const text = nonBlank(fields['text']);
  const html = nonBlank(fields['html']);
  if (text === undefined && html === undefined) {
    return failure(place.failureInput, `${place.label} has neither text nor html`);
  }
  return makeItem(context, {
    key: recordId(fields) ?? place.fallbackKey,
    source: place.source,
    format: place.format,
    raw: place.raw,
    bodyType: text !== undefined ? 'text' : 'html',
    body: text ?? html!,
    hints: {
      url: cleanString(fields['url']),
      title: cleanString(fields['title']),
      publisher: cleanString(fields['publisher']),
      authors: cleanAuthors(fields['authors'] ?? fields['author']),
      published: normaliseDate(fields['published'] ?? fields['date']),
      language: cleanString(fields['language'] ?? fields['lang']),
    },
  });
}

/** A .json file: one record, an array of records, or a JSON Feed. */
export function* readJson(context: DocumentContext): Generator<IngestResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(context.text);
  } catch (error) {
    yield failure(context.name, `invalid JSON (${errorMessage(error)})`);
    return;
  }
  if (isJsonFeed(parsed)) {
    yield* readJsonFeedObject(context, parsed);
    return;
  }
  if (!Array.isArray(parsed)) {
    const raw = jsonBytes(parsed);
    if (!raw) {
      yield failure(context.name, `record ${TOO_DEEP}`);
      return;
    }
    yield recordToResult(context, parsed, {
      label: 'record',
      failureInput: context.name,
      fallbackKey: context.name,
      source: context.name,
      format: 'json',
      raw,
    });
    return;
  }
  if (parsed.length === 0) {
    yield failure(context.name, 'JSON array holds no records');
    return;
  }
  for (let i = 0; i < parsed.length; i++) {
    const n = i + 1;
    const element: unknown = parsed[i];
    // Only objects become items; anything else fails in recordToResult and needs no bytes.
    const isObject = typeof element === 'object' && element !== null && !Array.isArray(element);
    const raw = isObject ? jsonBytes(element) : new Uint8Array(0);
    if (!raw) {
      yield failure(context.name, `record ${n} ${TOO_DEEP}`);
      continue;
    }
    yield recordToResult(context, element, {
      label: `record ${n}`,
      failureInput: context.name,
      fallbackKey: `${context.name}#${n}`,
      source: `${context.name}#${n}`,
      format: 'json',
      raw,
    });
  }
}

/** A .jsonl file: one record per line; a broken line fails alone and the other lines still land. */
export function* readJsonLines(context: DocumentContext): Generator<IngestResult> {
  const lines = context.text.split(/\r?\n/);
  let records = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    records++;
    const n = i + 1;
    const failureInput = `${context.name}:${n}`;
    const raw = utf8Bytes(line);
    const tooBig = overRecordLimit('line', raw.byteLength, context.settings);
    if (tooBig) {
      yield failure(failureInput, tooBig);
      continue;
    }
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      yield failure(failureInput, `invalid JSON (${errorMessage(error)})`);
      continue;
    }
    yield recordToResult(context, record, {
      label: 'record',
      failureInput,
      fallbackKey: `${context.name}#${n}`,
      source: `${context.name}#line-${n}`,
      format: 'jsonl',
      raw,
    });
  }
  if (records === 0) yield failure(context.name, 'empty file');
}
