// Settings of the distributed mode (BullMQ on Redis, PostgreSQL store), separated from the code that uses them.

/** Queue of per-document first passes (extract + language, no corpus evidence), one job per stored content. */
export const DOCUMENT_QUEUE = 'documents';
/** Queue of second passes with the outlet's boilerplate lines; only the corpus job (under its lock) fills it. */
export const REFINE_QUEUE = 'refine';
/** Queue of corpus jobs (boilerplate evidence, regrouping, synthesis); one runs at a time whatever the consumers. */
export const CORPUS_QUEUE = 'corpus';

/** A poison document is tried this many times before it is dead-lettered; 4 tries cover a transient fault. */
export const JOB_ATTEMPTS = 4;
/** Exponential backoff between tries (1 s, 2 s, 4 s): long enough for a busy store, short enough to finish a run. */
export const JOB_BACKOFF_MS = 1_000;
/** A corpus job is retried longer: it only fails on infrastructure (its inputs are already analysed). */
export const CORPUS_ATTEMPTS = 10;

/**
 * A worker holds a job's lock this long and renews it at half that; a killed worker's job is back in the queue
 * after at most this plus the stalled-check interval. Short, because one document takes milliseconds.
 */
export const LOCK_DURATION_MS = 10_000;
export const STALLED_INTERVAL_MS = 5_000;
/** Corpus jobs hold a longer lock: reading and writing a large corpus keeps the event loop busy for seconds at a time. */
export const CORPUS_LOCK_DURATION_MS = 60_000;
/** A job whose worker died this many times is failed (dead-lettered) instead of retried again. */
export const MAX_STALLED_COUNT = 3;

/** Completed jobs are kept this long for idempotent re-enqueueing and inspection, then Redis forgets them. */
export const KEEP_COMPLETED = { age: 24 * 3600, count: 200_000 };
/** Failed jobs are kept a week; their errors are also in the store's dead_letters table. */
export const KEEP_FAILED = { age: 7 * 24 * 3600 };

/**
 * Store calls that fail on the connection (PostgreSQL restarting) are retried inside the job with exponential
 * backoff up to this long, so an outage does not burn a document's attempts and dead-letter it.
 */
export const STORE_RETRY_FIRST_MS = 250;
export const STORE_RETRY_MAX_MS = 5_000;
export const STORE_RETRY_GIVE_UP_MS = 5 * 60_000;

/** How often a waiter (analyze --wait, the corpus job) polls queue counts. */
export const POLL_MS = 250;
