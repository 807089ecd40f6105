// Ingest orchestration: read inputs, store each document in its own transaction, record every
// failure, and keep going. A crash loses at most the document being written.
import { readInputs, type ReadOptions } from '../ingest/index.js';
import type { IngestFailure } from '../core/records.js';
import type { RunCounts, Store } from '../store/store.js';

export interface IngestSummary extends RunCounts {
  runId: string;
  failures: { input: string; reason: string }[];
  /** Items whose content was already stored under another key. */
  sameContent: { key: string; storedAs: string }[];
}

export interface IngestCallbacks {
  onFailure?: (failure: IngestFailure) => void;
  onDocument?: (key: string, status: string, counts: RunCounts) => void;
}

export async function ingestInputs(
  store: Store,
  inputs: string[],
  options: ReadOptions & { command?: string } = {},
  callbacks: IngestCallbacks = {},
): Promise<IngestSummary> {
  const runId = await store.startRun(options.command ?? 'ingest', inputs);
  const counts: RunCounts = { added: 0, updated: 0, unchanged: 0, failed: 0 };
  const failures: IngestSummary['failures'] = [];
  const sameContent: IngestSummary['sameContent'] = [];
  const fail = async (failure: IngestFailure) => {
    counts.failed += 1;
    failures.push({ input: failure.input, reason: failure.reason });
    await store.recordFailure(runId, failure.input, failure.reason);
    callbacks.onFailure?.(failure);
  };
  for await (const result of readInputs(inputs, options)) {
    if (result.kind === 'failure') {
      await fail(result);
      continue;
    }
    try {
      const put = await store.putDocument(result, runId);
      counts[put.status] += 1;
      if (put.sameContentAs) sameContent.push({ key: result.key, storedAs: put.sameContentAs });
      callbacks.onDocument?.(result.key, put.status, counts);
    } catch (error) {
      await fail({ kind: 'failure', input: result.source, reason: `could not store: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  await store.finishRun(runId, counts);
  return { runId, ...counts, failures, sameContent };
}
