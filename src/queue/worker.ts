// One worker process: BullMQ consumers for the three queues of one store. Document and second-pass jobs run
// `concurrency` at a time; corpus jobs one at a time per process (and one at a time overall, under the corpus lock).
import { DelayedError, Worker, type Job } from 'bullmq';
import type { Store } from '../store/store.js';
import { runCorpusJob, CorpusJobInterrupted } from './corpus-job.js';
import { runDocumentJob, runRefineJob } from './document-jobs.js';
import type { CorpusJob, CorpusJobResult, DocumentJob, DocumentJobResult, Queues, RefineJob } from './jobs.js';
import { retryOnConnectionError } from './retry.js';
import { CORPUS_LOCK_DURATION_MS, CORPUS_QUEUE, DOCUMENT_QUEUE, LOCK_DURATION_MS, MAX_STALLED_COUNT, REFINE_QUEUE, STALLED_INTERVAL_MS } from './settings.js';

export interface WorkerOptions {
  store: Store;
  storeLocation: string;
  queues: Queues;
  concurrency: number;
  log: (message: string) => void;
}

export interface RunningWorkers {
  /** Stops taking jobs and waits for the running ones; `force` abandons them to BullMQ's stalled-job recovery. */
  close(force?: boolean): Promise<void>;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function startWorkers(options: WorkerOptions): RunningWorkers {
  const { store, queues, log } = options;
  let closing = false;
  const common = {
    connection: queues.connection,
    prefix: queues.prefix,
    lockDuration: LOCK_DURATION_MS,
    stalledInterval: STALLED_INTERVAL_MS,
    maxStalledCount: MAX_STALLED_COUNT,
  };

  /** On the last attempt, the job's error goes to the store's dead letters before BullMQ marks the job failed. */
  const deadLettering = <D extends { documentId: string; key: string }, R>(stage: string, run: (job: Job<D, R>) => Promise<R>) =>
    async (job: Job<D, R>): Promise<R> => {
      try {
        return await run(job);
      } catch (error) {
        const attempts = job.opts.attempts ?? 1;
        if (job.attemptsMade + 1 >= attempts) await deadLetter(job, stage, errorText(error), attempts);
        throw error;
      }
    };
  const deadLetter = async (job: Job<{ documentId: string; key: string }>, stage: string, error: string, attempts: number) => {
    try {
      await retryOnConnectionError('recording a dead letter', () =>
        store.recordDeadLetter({ jobId: job.id ?? job.name, documentId: job.data.documentId, key: job.data.key, stage, error, attempts }), log);
      log(`dead letter: ${job.data.key}: ${error}`);
    } catch (recordError) {
      log(`could not record the dead letter of ${job.data.key}: ${errorText(recordError)}`);
    }
  };

  const documents = new Worker<DocumentJob, DocumentJobResult>(
    DOCUMENT_QUEUE,
    deadLettering('first-pass', (job) => runDocumentJob(store, job.data, log)),
    { ...common, concurrency: options.concurrency },
  );
  const refine = new Worker<RefineJob, DocumentJobResult>(
    REFINE_QUEUE,
    deadLettering('second-pass', (job) => runRefineJob(store, job.data, log)),
    { ...common, concurrency: options.concurrency },
  );
  const corpus = new Worker<CorpusJob, CorpusJobResult>(
    CORPUS_QUEUE,
    async (job, token) => {
      try {
        return await runCorpusJob({
          store,
          storeLocation: options.storeLocation,
          queues,
          jobId: job.id ?? 'corpus',
          force: job.data.force,
          closing: () => closing,
          log,
        });
      } catch (error) {
        // Shutting down is not the job's fault: hand it back without spending an attempt.
        if (error instanceof CorpusJobInterrupted && token) {
          await job.moveToDelayed(Date.now() + 1_000, token);
          throw new DelayedError();
        }
        throw error;
      }
    },
    { ...common, lockDuration: CORPUS_LOCK_DURATION_MS, concurrency: 1 },
  );

  const workers = [documents, refine, corpus];
  for (const worker of workers) {
    // Redis going away is logged once per reconnect attempt by ioredis; the worker resumes by itself.
    worker.on('error', (error) => log(`queue error: ${errorText(error)}`));
  }
  // A job whose worker died more than MAX_STALLED_COUNT times is failed by BullMQ without reaching the processor.
  for (const [worker, stage] of [[documents, 'first-pass'], [refine, 'second-pass']] as const) {
    worker.on('failed', (job, error) => {
      if (job && /stalled/i.test(error.message)) void deadLetter(job as Job<{ documentId: string; key: string }>, stage, error.message, job.attemptsMade);
    });
  }
  corpus.on('failed', (job, error) => {
    if (!(error instanceof DelayedError)) log(`corpus job ${job?.id ?? ''} failed (will retry if attempts remain): ${error.message}`);
  });

  return {
    async close(force = false) {
      closing = true;
      await Promise.all(workers.map((w) => w.close(force)));
    },
  };
}
