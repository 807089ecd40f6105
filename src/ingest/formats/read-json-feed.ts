// JSON Feed (https://jsonfeed.org/version/1 and 1.1): one item per entry with content.
import type { IngestResult } from '../../core/records.js';
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
  type DocumentContext,
} from '../document.js';

const JSON_FEED_VERSION_PREFIX = 'https://jsonfeed.org/version/';

export function isJsonFeed(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const version = (value as Record<string, unknown>)['version'];
  return typeof version === 'string' && version.startsWith(JSON_FEED_VERSION_PREFIX);
}

function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Entries of an already parsed JSON Feed. */
export function* readJsonFeedObject(context: DocumentContext, feed: Record<string, unknown>): Generator<IngestResult> {
  const items = feed['items'];
  if (!Array.isArray(items)) {
    yield failure(context.name, 'JSON Feed has no items array');
    return;
  }
  if (items.length === 0) {
    yield failure(context.name, 'feed has no entries');
    return;
  }
  const publisher = cleanString(feed['title']);
  const feedLanguage = cleanString(feed['language']);
  // Version 1.1 has "authors", version 1 "author"; the feed's authors stand in for an entry's missing ones.
  const feedAuthors = cleanAuthors(feed['authors'] ?? feed['author']);
  for (let i = 0; i < items.length; i++) {
    const n = i + 1;
    const entry: unknown = items[i];
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      yield failure(context.name, `entry ${n} is not an object`);
      continue;
    }
    const fields = entry as Record<string, unknown>;
    const raw = jsonBytes(entry);
    if (!raw) {
      yield failure(context.name, `entry ${n} ${TOO_DEEP}`);
      continue;
    }
    const tooBig = overRecordLimit(`entry ${n}`, raw.byteLength, context.settings);
    if (tooBig) {
      yield failure(context.name, tooBig);
      continue;
    }
    const html = nonBlank(fields['content_html']);
    const text = nonBlank(fields['content_text']);
    if (html === undefined && text === undefined) {
      yield failure(context.name, `entry ${n} has no content`);
      continue;
    }
    const url = cleanString(fields['url']) ?? cleanString(fields['external_url']);
    yield makeItem(context, {
      key: cleanString(fields['id']) ?? url ?? `${context.name}#${n}`,
      source: `${context.name}#entry-${n}`,
      format: 'jsonfeed',
      raw,
      bodyType: html !== undefined ? 'html' : 'text',
      body: html ?? text!,
      hints: {
        url,
        title: cleanString(fields['title']),
        publisher,
        authors: cleanAuthors(fields['authors'] ?? fields['author']) ?? feedAuthors,
        published: normaliseDate(fields['date_published'] ?? fields['date_modified']),
        language: cleanString(fields['language']) ?? feedLanguage,
      },
    });
  }
}

/** A JSON Feed document from text (stdin or a sniffed file). */
export function* readJsonFeed(context: DocumentContext): Generator<IngestResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(context.text);
  } catch (error) {
    yield failure(context.name, `invalid JSON (${errorMessage(error)})`);
    return;
  }
  if (!isJsonFeed(parsed)) {
    yield failure(context.name, 'not an RSS, Atom or JSON Feed document');
    return;
  }
  yield* readJsonFeedObject(context, parsed);
}
