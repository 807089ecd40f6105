// The producer side of the distributed mode: what `ingest --queue` and `analyze --queue` do with the queues.
import { sha256Hex } from '../store/kysely-store.js';
import { isPostgresUrl, redact } from '../store/postgres.js';
import type { PutResult, Store } from '../store/store.js';
import type { IngestItem } from '../core/records.js';
import { ANALYZER_VERSION } from '../pipeline/analyze.js';
import { queuePrefix, redisConnection } from './connection.js';
import { FIRST_PASS_VERSION } from './document-jobs.js';
import { documentJobId, enqueueCorpus, enqueueDocuments, openQueues, unfinished, type CorpusJobResult, type DocumentJob, type Queues } from './jobs.js';
import { sleep } from './retry.js';
import { POLL_MS } from './settings.js';

/** The queues of the store at `storeLocation`; the distributed mode needs a store every machine reaches. */
export function queuesFor(storeLocation: string | undefined, queueLocation: string): Queues {
  const location = storeLocation ?? process.env.DOSSIER_DB ?? '';
  if (!isPostgresUrl(location)) {
    throw new Error(`--queue needs a PostgreSQL store that every worker reaches (--db postgres://...), not ${location ? redact(location) : 'the default SQLite file'}`);
  }
  return openQueues(redisConnection(queueLocation), queuePrefix(location));
}

/** Enqueues stored documents in batches (one Redis round trip per batch). */
export class DocumentEnqueuer {
  private batch: DocumentJob[] = [];
  enqueued = 0;
  constructor(private readonly queues: Queues, private readonly batchSize = 200) {}

  async add(job: DocumentJob): Promise<void> {
    this.batch.push(job);
    if (this.batch.length >= this.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    await enqueueDocuments(this.queues, batch);
    this.enqueued += batch.length;
  }
}

/**
 * Enqueues every stored document that has neither a first pass nor a final analysis of its current content: jobs
 * lost with a Redis that restarted without its data, or documents stored while the queue was unreachable. Job ids
 * make this a no-op for documents whose job is still queued, running or dead-lettered.
 */
export async function enqueueMissing(store: Store, queues: Queues): Promise<number> {
  const notFinal = new Set((await store.listDocumentsToAnalyze(ANALYZER_VERSION)).map((d) => d.id));
  const missing = (await store.listDocumentsToAnalyze(FIRST_PASS_VERSION)).filter((d) => notFinal.has(d.id));
  const enqueuer = new DocumentEnqueuer(queues);
  for (const doc of missing) {
    const raw = await store.getRaw(doc.id);
    if (!raw) continue;
    const contentHash = sha256Hex(raw);
    if (await queues.documents.getJob(documentJobId(doc.id, contentHash))) continue;
    await enqueuer.add({ documentId: doc.id, contentHash, key: doc.key });
  }
  await enqueuer.flush();
  return enqueuer.enqueued;
}

/** Waits until no first-pass job is waiting, running or waiting to retry. */
export async function waitForDocuments(queues: Queues, onProgress?: (left: number) => void): Promise<void> {
  for (;;) {
    const left = await unfinished(queues.documents);
    onProgress?.(left);
    if (left === 0) return;
    await sleep(POLL_MS);
  }
}

export async function scheduleCorpus(queues: Queues, force: boolean): Promise<string> {
  return enqueueCorpus(queues, force);
}

/** Waits for a corpus job; it is retried by BullMQ on faults, so only a job failed for good is an error here. */
export async function waitForCorpus(queues: Queues, jobId: string): Promise<CorpusJobResult> {
  for (;;) {
    const job = await queues.corpus.getJob(jobId);
    if (!job) throw new Error(`corpus job ${jobId} is gone from the queue`);
    const state = await job.getState();
    if (state === 'completed') return job.returnvalue;
    if (state === 'failed') throw new Error(`corpus job ${jobId} failed after ${job.attemptsMade} attempts: ${job.failedReason}`);
    await sleep(POLL_MS);
  }
}

/**
 * `ingest --queue`: one first-pass job per added or updated document, batched. A queue that cannot be reached does
 * not fail the ingest (the documents are stored): the next `analyze --queue` enqueues whatever was missed.
 */
export function enqueueOnStore(queues: Queues): {
  onStored(put: PutResult, item: IngestItem): Promise<void>;
  finish(): Promise<{ enqueued: number; error: string | null }>;
} {
  const enqueuer = new DocumentEnqueuer(queues);
  let error: string | null = null;
  const guard = async (run: () => Promise<void>) => {
    if (error) return;
    try {
      await run();
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
  };
  return {
    async onStored(put, item) {
      if (put.status === 'unchanged') return;
      await guard(() => enqueuer.add({ documentId: put.id, contentHash: sha256Hex(item.raw), key: item.key }));
    },
    async finish() {
      await guard(() => enqueuer.flush());
      return { enqueued: enqueuer.enqueued, error };
    },
  };
}
