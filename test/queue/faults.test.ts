// Faults for real: a worker killed with SIGKILL mid-job, Redis and PostgreSQL restarting mid-run, and a poison
// document. Restarts happen on private instances started here (own ports, temp dirs), never on the shared services.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir, write } from '../cli/run-cli.js';
import { FAIL_ANALYSIS_ENV, JOB_DELAY_ENV } from '../../src/queue/test-hooks.js';
import { JOB_ATTEMPTS } from '../../src/queue/settings.js';
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
  until,
  type EmbeddedRun,
} from './harness.js';
import { postgresMissing, redisMissing, startPrivatePostgres, startPrivateRedis } from './services.js';
import { writeBoilerplateOutlet } from './fixtures.js';

const available = await servicesAvailable();
const cleanups = cleanupsAfterAll();

/** A distributed run's scaffolding: its schema and queues, removed at the end of the file. */
function distributedRun(db: string, redisUrl: string) {
  const queues = queuesOf(db, redisUrl);
  cleanups.push(async () => {
    await queues.obliterate();
    await queues.close();
    await dropSchema(db);
  });
  return queues;
}

/** Slow enough per document that a kill or a restart lands while jobs are running. */
const SLOW = { [JOB_DELAY_ENV]: '400' };

describe.skipIf(!available)('faults in the distributed run', () => {
  let inputs: string[];
  let embedded: EmbeddedRun;
  beforeAll(async () => {
    const made = testInputs();
    inputs = made.inputs;
    cleanups.push(made.remove);
    embedded = await embeddedRun(inputs);
  }, 120_000);

  it('loses nothing when a worker is killed with SIGKILL mid-job: its jobs are retried by another worker', async () => {
    const db = freshSchemaUrl();
    const queues = distributedRun(db, REDIS_URL);
    expect((await runAsync(['ingest', '--db', db, '--queue', REDIS_URL, '--no-progress', ...inputs])).code).toBe(0);

    const doomed = startWorker(db, REDIS_URL, { concurrency: 2, env: { [JOB_DELAY_ENV]: '5000' } });
    cleanups.push(() => void doomed.stop('SIGKILL'));
    await until('the doomed worker to hold two jobs', async () => (await queues.documents.getActiveCount()) === 2);
    const held = (await queues.documents.getActive()).map((j) => j.id as string);
    const killed = await doomed.stop('SIGKILL');
    expect(killed.code).toBe(128);

    const survivor = startWorker(db, REDIS_URL, { concurrency: 2 });
    cleanups.push(() => void survivor.stop('SIGKILL'));
    const analyze = await runAsync(['analyze', '--db', db, '--queue', REDIS_URL, '--wait', '--no-progress']);
    expect(analyze.code, analyze.stderr).toBe(0);
    expect(analyze.stdout.split('\n')[0]).toBe(embedded.summary);
    expect(storiesView(await exportOf(db))).toEqual(storiesView(embedded.analysis));

    // The killed worker's jobs went back to the queue through BullMQ's stalled-job check and completed elsewhere.
    for (const id of held) {
      const job = await queues.documents.getJob(id);
      expect(await job?.getState()).toBe('completed');
      expect(job?.stalledCounter).toBeGreaterThanOrEqual(1);
    }
    expect((await survivor.stop()).code).toBe(0);
  }, 240_000);

  it('dead-letters a poison document after every attempt failed, and analyses the rest', async () => {
    const db = freshSchemaUrl();
    const queues = distributedRun(db, REDIS_URL);
    const dir = tempDir('dossier-poison-');
    const outlet = writeBoilerplateOutlet(dir);
    const marker = `POISON-${process.pid}`;
    write(dir, 'poison/lock-keepers-memo.txt', `Lock keepers memo\n\nThe Dunmere lock keepers met on Friday. ${marker}\n`);
    expect((await runAsync(['ingest', '--db', db, '--queue', REDIS_URL, '--no-progress', outlet, path.join(dir, 'poison')])).code).toBe(0);

    const env = { [FAIL_ANALYSIS_ENV]: marker };
    const workers = [startWorker(db, REDIS_URL, { env }), startWorker(db, REDIS_URL, { env })];
    for (const w of workers) cleanups.push(() => void w.stop('SIGKILL'));
    const analyze = await runAsync(['analyze', '--db', db, '--queue', REDIS_URL, '--wait', '--no-progress']);
    expect(analyze.code).toBe(1);
    expect(analyze.stderr).toMatch(/lock-keepers-memo\.txt: analysis failed: injected analysis failure/);
    expect(analyze.stdout).toMatch(/^Analysed 4 new or changed documents of 5 \(1 failed\);/);

    const letters = await runAsync(['dead-letters', '--db', db, '--json']);
    const parsed = JSON.parse(letters.stdout) as { key: string; stage: string; attempts: number; error: string }[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ stage: 'first-pass', attempts: JOB_ATTEMPTS });
    expect(parsed[0]?.key).toMatch(/lock-keepers-memo\.txt$/);
    const failed = await queues.documents.getFailed();
    expect(failed.map((j) => j.attemptsMade)).toEqual([JOB_ATTEMPTS]);

    const stories = (await exportOf(db)).stories;
    expect(stories.flatMap((s) => s.documents)).toHaveLength(4);
    for (const w of workers) expect((await w.stop()).code).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 240_000);

  const noRedis = redisMissing();
  it.skipIf(noRedis !== null)(`survives Redis restarting mid-run${noRedis ? ` (skipped: ${noRedis})` : ''}`, async () => {
    const redis = await startPrivateRedis();
    cleanups.push(() => redis.remove());
    const db = freshSchemaUrl();
    const queues = distributedRun(db, redis.url);
    expect((await runAsync(['ingest', '--db', db, '--queue', redis.url, '--no-progress', ...inputs])).code).toBe(0);

    const workers = [startWorker(db, redis.url, { env: SLOW }), startWorker(db, redis.url, { env: SLOW })];
    for (const w of workers) cleanups.push(() => void w.stop('SIGKILL'));
    const analyzing = runAsync(['analyze', '--db', db, '--queue', redis.url, '--wait', '--no-progress']);
    await until('some documents analysed', async () => (await queues.documents.getCompletedCount()) >= 6);
    await redis.restart(1500);
    expect(await queues.documents.getCompletedCount()).toBeLessThan(48);

    const analyze = await analyzing;
    expect(analyze.code, analyze.stderr).toBe(0);
    expect(storiesView(await exportOf(db))).toEqual(storiesView(embedded.analysis));
    for (const w of workers) expect((await w.stop()).code).toBe(0);
  }, 240_000);

  const noPostgres = postgresMissing();
  it.skipIf(noPostgres !== null)(`survives PostgreSQL restarting mid-run${noPostgres ? ` (skipped: ${noPostgres})` : ''}`, async () => {
    const server = await startPrivatePostgres();
    cleanups.push(() => server.remove());
    const db = freshSchemaUrl(server.url);
    const queues = distributedRun(db, REDIS_URL);
    expect((await runAsync(['ingest', '--db', db, '--queue', REDIS_URL, '--no-progress', ...inputs])).code).toBe(0);

    const workers = [startWorker(db, REDIS_URL, { env: SLOW }), startWorker(db, REDIS_URL, { env: SLOW })];
    for (const w of workers) cleanups.push(() => void w.stop('SIGKILL'));
    const analyzing = runAsync(['analyze', '--db', db, '--queue', REDIS_URL, '--wait', '--no-progress']);
    await until('some documents analysed', async () => (await queues.documents.getCompletedCount()) >= 6);
    await server.restart(1500);
    expect(await queues.documents.getCompletedCount()).toBeLessThan(48);

    const analyze = await analyzing;
    expect(analyze.code, analyze.stderr).toBe(0);
    expect(storiesView(await exportOf(db))).toEqual(storiesView(embedded.analysis));
    for (const w of workers) {
      const end = await w.stop();
      expect(end.code, end.stderr).toBe(0);
      // The outage was seen and ridden out by retrying, not by failing jobs.
      expect(end.stderr).toMatch(/retrying in \d+ ms/);
    }
    expect(await queues.documents.getFailedCount()).toBe(0);
  }, 240_000);
});

