// The three queues of one store and their jobs. Job ids are derived from what the job computes, so enqueueing the
// same work twice adds one job (BullMQ ignores an add whose id exists), and a retried corpus job re-adds nothing.
import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import { sha256Hex } from '../store/kysely-store.js';
import {
  CORPUS_ATTEMPTS,
  CORPUS_QUEUE,
  DOCUMENT_QUEUE,
  JOB_ATTEMPTS,
  JOB_BACKOFF_MS,
  KEEP_COMPLETED,
  KEEP_FAILED,
  REFINE_QUEUE,
} from './settings.js';
import type { AnalyzeReport } from '../pipeline/analyze.js';

/** First pass of one stored content of a document. */
export interface DocumentJob {
  documentId: string;
  contentHash: string;
  key: string;
}

/** Second pass of a first-passed document with its outlet's boilerplate lines (comparable() keys). */
export interface RefineJob {
  documentId: string;
  key: string;
  lines: string[];
}

export interface CorpusJob {
  force: boolean;
  requestedAt: string;
}

/** What a document job reports back: how it ended and where its time went (the bench reads these). */
export interface DocumentJobResult {
  outcome: 'analysed' | 'already-analysed' | 'superseded' | 'gone';
  readMs: number;
  analyseMs: number;
  writeMs: number;
}

export type CorpusJobResult = AnalyzeReport & {
  promoted: number;
  refined: number;
  corpusMs: number;
  /** Where the corpus job's time went: reading the corpus for evidence, waiting for second passes, regrouping. */
  phases: { evidenceMs: number; secondPassMs: number; regroupMs: number };
};

// BullMQ ids may not contain ':'; document ids and hashes never do.
export const documentJobId = (documentId: string, contentHash: string) => `doc.${documentId}.${contentHash.slice(0, 16)}`;
export const refineJobId = (corpusJobId: string, documentId: string) => `refine.${corpusJobId}.${documentId}`;
export const corpusJobId = (requestedAt: string, nonce: string) => `corpus.${requestedAt.replace(/[^0-9]/g, '')}.${nonce}`;

const retried: JobsOptions = {
  attempts: JOB_ATTEMPTS,
  backoff: { type: 'exponential', delay: JOB_BACKOFF_MS },
  removeOnComplete: KEEP_COMPLETED,
  removeOnFail: KEEP_FAILED,
};

export interface Queues {
  documents: Queue<DocumentJob, DocumentJobResult>;
  refine: Queue<RefineJob, DocumentJobResult>;
  corpus: Queue<CorpusJob, CorpusJobResult>;
  prefix: string;
  connection: ConnectionOptions;
  close(): Promise<void>;
}

export function openQueues(connection: ConnectionOptions, prefix: string): Queues {
  const options = { connection, prefix };
  const documents = new Queue<DocumentJob, DocumentJobResult>(DOCUMENT_QUEUE, options);
  const refine = new Queue<RefineJob, DocumentJobResult>(REFINE_QUEUE, options);
  const corpus = new Queue<CorpusJob, CorpusJobResult>(CORPUS_QUEUE, options);
  // Connection errors while Redis restarts are retried by ioredis; without a listener they would crash the process.
  for (const queue of [documents, refine, corpus]) queue.on('error', () => {});
  return {
    documents,
    refine,
    corpus,
    prefix,
    connection,
    async close() {
      await Promise.all([documents.close(), refine.close(), corpus.close()]);
    },
  };
}

export async function enqueueDocuments(queues: Queues, jobs: DocumentJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await queues.documents.addBulk(
    jobs.map((data) => ({ name: 'analyze-document', data, opts: { ...retried, jobId: documentJobId(data.documentId, data.contentHash) } })),
  );
}

export async function enqueueRefines(queues: Queues, corpusId: string, jobs: RefineJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await queues.refine.addBulk(
    jobs.map((data) => ({ name: 'refine-document', data, opts: { ...retried, jobId: refineJobId(corpusId, data.documentId) } })),
  );
}

export async function enqueueCorpus(queues: Queues, force: boolean): Promise<string> {
  const requestedAt = new Date().toISOString();
  const jobId = corpusJobId(requestedAt, sha256Hex(`${process.pid}:${Math.random()}`).slice(0, 8));
  await queues.corpus.add('analyze-corpus', { force, requestedAt }, { ...retried, attempts: CORPUS_ATTEMPTS, jobId });
  return jobId;
}

/** Jobs not yet finished (completed or failed for good) in a queue. */
export async function unfinished(queue: Queue): Promise<number> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'paused', 'waiting-children');
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
