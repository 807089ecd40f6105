// The distributed run (PostgreSQL store, BullMQ queue on Redis, two worker processes) gives the same stories and
// document texts as the embedded run on SQLite, on the demo corpus plus an outlet with boilerplate lines.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  REDIS_URL,
  cleanupsAfterAll,
  dropSchema,
  embeddedRun,
  exportOf,
  freshSchemaUrl,
  queuesOf,
  runAsync,
  servicesAvailable,
  startWorker,
  storiesView,
  testInputs,
  type EmbeddedRun,
} from './harness.js';
import { enqueueDocuments, openQueues, type DocumentJob } from '../../src/queue/jobs.js';
import { queuePrefix, redisConnection } from '../../src/queue/connection.js';

const available = await servicesAvailable();
const cleanups = cleanupsAfterAll();

describe.skipIf(!available)('distributed analysis', () => {
  let inputs: string[];
  let embedded: EmbeddedRun;
  beforeAll(async () => {
    const made = testInputs();
    inputs = made.inputs;
    cleanups.push(made.remove);
    embedded = await embeddedRun(inputs);
  }, 120_000);

  it('gives the embedded run\'s stories and texts with two workers, and prints the same summary', async () => {
    const db = freshSchemaUrl();
    const queues = queuesOf(db);
    cleanups.push(async () => {
      await queues.obliterate();
      await queues.close();
      await dropSchema(db);
    });

    const ingest = await runAsync(['ingest', '--db', db, '--queue', REDIS_URL, '--no-progress', ...inputs]);
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stdout).toMatch(/Enqueued 48 documents/);
    // Enqueueing the same contents again adds no job: ids come from document id + content hash.
    const waiting = await queues.documents.getWaiting();
    expect(waiting).toHaveLength(48);
    const producer = openQueues(redisConnection(REDIS_URL), queuePrefix(db));
    await enqueueDocuments(producer, waiting.map((j) => j.data as DocumentJob));
    await producer.close();
    expect(await queues.documents.getWaitingCount()).toBe(48);

    const workers = [startWorker(db, REDIS_URL, { concurrency: 2 }), startWorker(db, REDIS_URL, { concurrency: 2 })];
    // Registered before the obliterate/drop (cleanups run in reverse), so a failed assertion leaves no worker running.
    for (const w of workers) cleanups.push(() => void w.stop('SIGKILL'));
    const analyze = await runAsync(['analyze', '--db', db, '--queue', REDIS_URL, '--wait', '--no-progress']);
    expect(analyze.code, analyze.stderr).toBe(0);
    expect(analyze.stdout.split('\n')[0]).toBe(embedded.summary);

    const distributed = await exportOf(db);
    expect(storiesView(distributed)).toEqual(storiesView(embedded.analysis));
    expect(distributed.stories.length).toBeGreaterThan(5);

    // The corpus job ran the second pass for the outlet with standing lines on the workers, not in the corpus job.
    const refined = await queues.refine.getCompleted();
    expect(refined.map((j) => j.data.key).filter((k: string) => k.includes('brackwater-post'))).toHaveLength(4);

    // SIGTERM: each worker finishes what it runs and exits cleanly.
    for (const w of workers) {
      const end = await w.stop('SIGTERM');
      expect(end.code, end.stderr).toBe(0);
      expect(end.stderr).toMatch(/SIGTERM: finishing running jobs/);
    }
  }, 180_000);
});
