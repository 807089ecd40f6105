// Fetches URLs into ingest results: a page becomes one document; a feed becomes one document per entry, each
// entry's page fetched with the entry's metadata as hints. Everything that fails becomes one failure naming its
// URL; nothing stops the rest. Storage is the caller's (a FetchSink), so this stays free of the store.
import type { IngestFailure, IngestItem, IngestResult, MetadataHints } from '../../core/records.js';
import { decodeBytes } from '../decode-bytes.js';
import { compactHints, errorMessage, failure } from '../document.js';
import { normaliseDate } from '../dates.js';
import { readDocument } from '../read-document.js';
import type { IngestSettings } from '../settings.js';
import { classifyResponse } from './classify-response.js';
import { applyHeaderCharset } from './content-type.js';
import { feedEntryLinks, type FeedEntryLink, type FeedType } from './feed-entries.js';
import { Fetcher, type FetchedResponse, type Validators } from './fetcher.js';
import { FetchError } from './http-get.js';

/** What the last fetch of a URL left (validators, and the document it became); mirrors the store's FetchState. */
export interface FetchRecord {
  url: string;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: string;
  documentKey: string | null;
}

/** Where results go: the pipeline stores them (same path as `ingest`) and keeps fetch records. */
export interface FetchSink {
  /** Stores a document or records a failure; true when a document was stored. */
  put(result: IngestResult): Promise<boolean>;
  getRecord(url: string): Promise<FetchRecord | null>;
  putRecord(record: FetchRecord): Promise<void>;
}

export interface FetchRunOptions {
  ingestSettings: IngestSettings;
  /** watch: entries already fetched (stored, or failed for good) are not fetched again. */
  onlyNewEntries?: boolean;
  signal?: AbortSignal;
  /** Entries of one feed fetched at once (each host's own limit still applies). */
  concurrency: number;
}

export interface FetchCounts {
  /** Pages and feeds answered 304 Not Modified. */
  notModified: number;
  feeds: number;
  /** Feed entries skipped because they were fetched before (watch). */
  entriesKnown: number;
}

/** A fetched item's key: the URL as asked for, without its fragment (the same page whatever the #anchor). */
export function urlKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

async function mapPool<T>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal?.aborted) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

function servedDate(response: FetchedResponse): string | undefined {
  return normaliseDate(response.lastModified) ?? normaliseDate(response.date);
}

/** Hints a feed entry gives its page: what the feed says about the article (its URL comes from the page). */
function entryHints(entry: FeedEntryLink, feedItem: IngestItem | undefined): MetadataHints {
  const fromFeed = feedItem ? { ...feedItem.hints } : {};
  delete fromFeed.url;
  return compactHints({ title: entry.title, published: entry.published, ...fromFeed });
}

export class FetchRun {
  readonly counts: FetchCounts = { notModified: 0, feeds: 0, entriesKnown: 0 };

  constructor(
    private readonly fetcher: Fetcher,
    private readonly sink: FetchSink,
    private readonly options: FetchRunOptions,
  ) {}

  private get aborted(): boolean {
    return this.options.signal?.aborted ?? false;
  }

  private async fail(input: string, reason: string): Promise<void> {
    await this.sink.put(failure(input, reason) satisfies IngestFailure);
  }

  private async record(url: string, response: FetchedResponse | null, documentKey: string | null): Promise<void> {
    await this.sink.putRecord({
      url,
      etag: response?.etag ?? null,
      lastModified: response?.lastModified ?? null,
      fetchedAt: new Date().toISOString(),
      documentKey,
    });
  }

  /** Stores a fetched page under `key` (readers' own items and failures, renamed to the URL). */
  private async storePage(key: string, response: FetchedResponse, format: 'html' | 'text', hints: MetadataHints, context = ''): Promise<void> {
    const bytes = applyHeaderCharset(response.body, response.contentType.charset, format);
    let stored = false;
    for (const result of readDocument({ name: key, formatName: format === 'html' ? 'page.html' : 'page.txt', bytes, settings: this.options.ingestSettings })) {
      if (result.kind === 'failure') {
        await this.fail(key, `${result.reason}${context}`);
        continue;
      }
      const served = servedDate(response);
      const item: IngestItem = {
        ...result,
        key,
        source: response.finalUrl,
        hints: compactHints({ ...result.hints, url: response.finalUrl, ...hints, ...(served ? { servedDate: served } : {}) }),
      };
      stored = (await this.sink.put(item)) || stored;
    }
    if (stored) await this.record(key, response, key);
  }

  /** A URL named by the user: a page or a feed. */
  async fetchUrl(url: string): Promise<void> {
    const key = urlKey(url);
    const previous = await this.sink.getRecord(key);
    let response;
    try {
      response = await this.fetcher.fetch(url, previous ?? {}, this.options.signal);
    } catch (error) {
      if (!this.aborted) await this.fail(url, errorMessage(error));
      return;
    }
    if (response.kind === 'not-modified') return this.notModified(previous);
    const shape = classifyResponse(response.contentType, response.body);
    if (shape.kind === 'unreadable') await this.fail(url, shape.reason);
    else if (shape.kind === 'page') await this.storePage(key, response, shape.format, {});
    else await this.fetchFeed(key, response, shape.type);
  }

  /** A 304: nothing to store; the record only learns when it was last checked. */
  private async notModified(previous: FetchRecord | null): Promise<void> {
    this.counts.notModified++;
    if (previous) await this.sink.putRecord({ ...previous, fetchedAt: new Date().toISOString() });
  }

  private async fetchFeed(feedKey: string, response: FetchedResponse, type: FeedType): Promise<void> {
    const bytes = applyHeaderCharset(response.body, response.contentType.charset, 'feed');
    const decoded = decodeBytes(bytes, type === 'jsonfeed' ? 'text' : 'xml');
    if (!decoded.ok) {
      await this.fail(feedKey, decoded.reason);
      return;
    }
    const entries = feedEntryLinks(decoded.text, type, response.finalUrl);
    // The feed's own items carry its metadata (outlet, authors, language) and content for entries without a page.
    const feedItems = new Map<number, IngestItem>();
    const feedFailures: string[] = [];
    for (const result of readDocument({ name: feedKey, formatName: type === 'jsonfeed' ? 'feed.json' : 'feed.xml', bytes, settings: this.options.ingestSettings })) {
      if (result.kind === 'item') feedItems.set(Number(/#entry-(\d+)$/.exec(result.source)?.[1] ?? 0), result);
      else feedFailures.push(result.reason);
    }
    if (entries.length === 0) {
      await this.fail(feedKey, feedFailures[0] ?? 'feed has no entries');
      return;
    }
    this.counts.feeds++;
    for (const reason of feedFailures) {
      // An entry with a link needs no content of its own: its page is fetched.
      const n = /^entry (\d+) has no content$/.exec(reason)?.[1];
      if (n && entries[Number(n) - 1]?.url) continue;
      await this.fail(feedKey, reason);
    }
    await mapPool(entries, this.options.concurrency, (entry) => this.fetchEntry(feedKey, entry, feedItems.get(entry.n)), this.options.signal);
    // The feed's validators are kept only once its entries are handled, so an interrupted poll reads it again.
    if (!this.aborted) await this.record(feedKey, response, null);
  }

  private async fetchEntry(feedKey: string, entry: FeedEntryLink, feedItem: IngestItem | undefined): Promise<void> {
    const where = ` (entry ${entry.n} of ${feedKey})`;
    if (!entry.url) {
      if (feedItem) await this.sink.put(feedItem);
      else await this.fail(feedKey, `entry ${entry.n} has no link and no content`);
      return;
    }
    const key = urlKey(entry.url);
    const previous = await this.sink.getRecord(key);
    if (this.options.onlyNewEntries && previous) {
      this.counts.entriesKnown++;
      return;
    }
    const validators: Validators = previous ?? {};
    let response;
    try {
      response = await this.fetcher.fetch(entry.url, validators, this.options.signal);
    } catch (error) {
      if (this.aborted) return;
      await this.fail(entry.url, `${errorMessage(error)}${where}`);
      // The feed's own text stands in for a page that cannot be fetched.
      const kept = feedItem ? await this.sink.put({ ...feedItem, key, hints: { ...feedItem.hints, url: entry.url } }) : false;
      // A page that failed for good (refused, 404, robots) is not asked for again on every poll; a transient failure is.
      const permanent = !(error instanceof FetchError) || !error.retryable;
      if (permanent) await this.record(key, null, kept ? key : null);
      return;
    }
    if (response.kind === 'not-modified') return this.notModified(previous);
    const shape = classifyResponse(response.contentType, response.body);
    if (shape.kind !== 'page') {
      await this.fail(entry.url, `${shape.kind === 'feed' ? 'links to a feed, not an article page' : shape.reason}${where}`);
      return;
    }
    await this.storePage(key, response, shape.format, entryHints(entry, feedItem), where);
  }

  /** Fetches every URL (at most `concurrency` at once); never throws for a bad URL or server. */
  async fetchAll(urls: readonly string[]): Promise<void> {
    await mapPool(urls, this.options.concurrency, (url) => this.fetchUrl(url), this.options.signal);
  }
}
