import { parseSize } from '../../ingest/index.js';
import { ingestInputs, type IngestCallbacks, type IngestSummary } from '../../pipeline/ingest.js';
import { enqueueOnStore, queuesFor } from '../../queue/client.js';
import { createProgress } from '../progress.js';
import { withStore, writeLine, type Io } from '../context.js';
import type { Store } from '../../store/store.js';

export interface IngestFlags {
  db?: string;
  json?: boolean;
  maxFileSize?: string;
  progress?: boolean;
  /** Distributed mode: enqueue each added or updated document on this Redis (redis://HOST:PORT). */
  queue?: string;
}

export function ingestSettings(flags: IngestFlags) {
  return flags.maxFileSize ? { maxFileBytes: parseSize(flags.maxFileSize) } : {};
}

/** Ingests into an open store, reporting failures on stderr as they happen. */
export async function ingestWithReport(
  store: Store,
  inputs: string[],
  flags: IngestFlags,
  io: Io,
  onStored?: IngestCallbacks['onStored'],
): Promise<IngestSummary> {
  const settings = ingestSettings(flags);
  const progress = createProgress(io.stderr, flags.progress !== false && !flags.json, 'documents');
  let seen = 0;
  try {
    return await ingestInputs(
      store,
      inputs,
      { settings, stdin: io.stdin, command: 'ingest' },
      {
        onFailure(failure) {
          progress.stop();
          writeLine(io.stderr, `dossier: ${failure.input}: ${failure.reason}`);
        },
        onDocument(key) {
          seen += 1;
          progress.update(seen, null, key);
        },
        onStored,
      },
    );
  } finally {
    progress.stop();
  }
}

export async function runIngest(inputs: string[], flags: IngestFlags, io: Io): Promise<number> {
  const queues = flags.queue ? queuesFor(flags.db, flags.queue) : null;
  const enqueue = queues ? enqueueOnStore(queues) : null;
  return withStore(flags.db, async (store) => {
    const summary = await ingestWithReport(store, inputs, flags, io, enqueue?.onStored);
    const queued = enqueue ? await enqueue.finish().finally(() => queues?.close()) : null;
    if (queued?.error) writeLine(io.stderr, `dossier: could not enqueue on ${flags.queue}: ${queued.error} (the documents are stored; \`dossier analyze --queue\` enqueues them)`);
    if (flags.json) {
      writeLine(io.stdout, JSON.stringify(queued ? { ...summary, enqueued: queued.enqueued } : summary, null, 2));
    } else {
      const total = summary.added + summary.updated + summary.unchanged;
      writeLine(
        io.stdout,
        `Ingested ${total} document${total === 1 ? '' : 's'}: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed (run ${summary.runId}).`,
      );
      const skipped = Object.entries(summary.skipped);
      if (skipped.length > 0) writeLine(io.stdout, `Skipped: ${skipped.map(([reason, n]) => `${n} ${reason}`).join(', ')}.`);
      if (queued) writeLine(io.stdout, `Enqueued ${queued.enqueued} document${queued.enqueued === 1 ? '' : 's'} for the workers.`);
      if (summary.added + summary.updated > 0) writeLine(io.stdout, queued ? 'Next: dossier analyze --queue ... --wait' : 'Next: dossier analyze');
    }
    return summary.failed > 0 ? 1 : 0;
  });
}
