// Ingest orchestration: read inputs (files, or fetched URLs), store each document in its own transaction,
// record every failure, and keep going. A crash loses at most the document being written.
import { readInputs, resolveSettings, type IngestSettings, type ReadOptions } from '../ingest/index.js';
import { Fetcher, FetchRun, resolveFetchSettings, type FetchCounts, type FetchSettings } from '../ingest/fetch/index.js';
import type { IngestFailure, IngestItem, IngestResult } from '../core/records.js';
import type { PutResult, RunCounts, Store } from '../store/store.js';

export interface IngestSummary extends RunCounts {
  runId: string;
  failures: { input: string; reason: string }[];
  /** Items whose content was already stored under another key. */
  sameContent: { key: string; storedAs: string }[];
  /** Parts of inputs skipped on purpose, counted by reason (a WARC's request records, non-HTML responses, ...). */
  skipped: Record<string, number>;
}

export interface IngestCallbacks {
  onFailure?: (failure: IngestFailure) => void;
  onDocument?: (key: string, status: string, counts: RunCounts) => void;
  /** After a document is stored (the distributed mode enqueues it here); must not throw for a bad document. */
  onStored?: (put: PutResult, item: IngestItem) => Promise<void> | void;
}

/** The running totals of one run. */
export type RunTally = Omit<IngestSummary, 'runId'>;

export function emptyTally(): RunTally {
  return { added: 0, updated: 0, unchanged: 0, failed: 0, failures: [], sameContent: [], skipped: {} };
}

/**
 * Stores one result of a run (ingest, fetch, watch): a document in its own transaction, or a failure row.
 * Returns the put result, or null when the result was (or became) a failure. Never throws for a bad document.
 */
export async function storeResult(
  store: Store,
  runId: string,
  result: IngestResult,
  tally: RunTally,
  callbacks: IngestCallbacks = {},
): Promise<PutResult | null> {
  const fail = async (failure: IngestFailure) => {
    tally.failed += 1;
    tally.failures.push({ input: failure.input, reason: failure.reason });
    await store.recordFailure(runId, failure.input, failure.reason);
    callbacks.onFailure?.(failure);
  };
  if (result.kind === 'failure') {
    await fail(result);
    return null;
  }
  try {
    const put = await store.putDocument(result, runId);
    tally[put.status] += 1;
    if (put.sameContentAs) tally.sameContent.push({ key: result.key, storedAs: put.sameContentAs });
    callbacks.onDocument?.(result.key, put.status, tally);
    return put;
  } catch (error) {
    await fail({ kind: 'failure', input: result.source, reason: `could not store: ${error instanceof Error ? error.message : String(error)}` });
    return null;
  }
}

export async function ingestInputs(
  store: Store,
  inputs: string[],
  options: ReadOptions & { command?: string } = {},
  callbacks: IngestCallbacks = {},
): Promise<IngestSummary> {
  const runId = await store.startRun(options.command ?? 'ingest', inputs);
  const tally = emptyTally();
  const onSkipped = (input: string, reason: string) => {
    tally.skipped[reason] = (tally.skipped[reason] ?? 0) + 1;
    options.onSkipped?.(input, reason);
  };
  for await (const result of readInputs(inputs, { ...options, onSkipped })) {
    const put = await storeResult(store, runId, result, tally, callbacks);
    if (put && result.kind === 'item') await callbacks.onStored?.(put, result);
  }
  const { added, updated, unchanged, failed } = tally;
  await store.finishRun(runId, { added, updated, unchanged, failed });
  return { runId, ...tally };
}

export interface FetchSummary extends IngestSummary, FetchCounts {}

export interface FetchIntoStoreOptions {
  settings?: Partial<FetchSettings>;
  ingestSettings?: Partial<IngestSettings>;
  /** watch: feed entries fetched before are not fetched again. */
  onlyNewEntries?: boolean;
  signal?: AbortSignal;
  command?: string;
  /** A fetcher to reuse across runs (watch keeps robots.txt and host pacing between polls); else one for this run. */
  fetcher?: Fetcher;
}

/** Fetches URLs (pages and feeds) through the same store path as `ingest`, recording each URL's validators. */
export async function fetchIntoStore(
  store: Store,
  urls: string[],
  options: FetchIntoStoreOptions = {},
  callbacks: IngestCallbacks = {},
): Promise<FetchSummary> {
  const fetcher = options.fetcher ?? new Fetcher(resolveFetchSettings(options.settings));
  const runId = await store.startRun(options.command ?? 'fetch', urls);
  const tally = emptyTally();
  const run = new FetchRun(
    fetcher,
    {
      put: async (result) => (await storeResult(store, runId, result, tally, callbacks)) !== null,
      getRecord: (url) => store.getFetchState(url),
      putRecord: (record) => store.putFetchState(record),
    },
    {
      ingestSettings: resolveSettings(options.ingestSettings),
      onlyNewEntries: options.onlyNewEntries,
      signal: options.signal,
      concurrency: fetcher.settings.concurrency,
    },
  );
  try {
    await run.fetchAll(urls);
  } finally {
    if (!options.fetcher) await fetcher.close();
    const { added, updated, unchanged, failed } = tally;
    await store.finishRun(runId, { added, updated, unchanged, failed });
  }
  return { runId, ...tally, ...run.counts };
}
