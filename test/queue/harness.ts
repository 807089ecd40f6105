// Shared by the distributed-mode tests: the real `dossier` binary in child processes, the local PostgreSQL and
// Redis (each test works in its own schema and queue prefix and removes them), and the embedded run to compare with.
// CI sets DOSSIER_REQUIRE_PG=1 and DOSSIER_REQUIRE_REDIS=1: there a missing service fails instead of skipping.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';
import { Queue } from 'bullmq';
import { binPath, repoRoot, runCli, tempDir } from '../cli/run-cli.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { PgStore } from '../../src/store/postgres.js';
import { queuePrefix, redisConnection } from '../../src/queue/connection.js';
import { CORPUS_QUEUE, DOCUMENT_QUEUE, REFINE_QUEUE } from '../../src/queue/settings.js';
import type { AnalysisRecord } from '../../src/contract/analysis.js';
import { writeBoilerplateOutlet } from './fixtures.js';
import { PG_URL, pgReachable } from '../support/postgres.js';

export { PG_URL, pgReachable };
export const REDIS_URL = process.env.DOSSIER_TEST_REDIS ?? 'redis://127.0.0.1:6379';

export function redisReachable(url = REDIS_URL): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/** Both services up, or a clear reason to skip (an error when CI requires them). */
export async function servicesAvailable(): Promise<boolean> {
  const pgUp = await pgReachable();
  const redisUp = await redisReachable();
  if (!pgUp && process.env.DOSSIER_REQUIRE_PG === '1') throw new Error(`PostgreSQL is required but unreachable at ${PG_URL}`);
  if (!redisUp && process.env.DOSSIER_REQUIRE_REDIS === '1') throw new Error(`Redis is required but unreachable at ${REDIS_URL}`);
  return pgUp && redisUp;
}

let schemas = 0;
export function freshSchemaUrl(base = PG_URL): string {
  return `${base}?schema=dq_t${process.pid}_${++schemas}`;
}

export interface Finished {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without blocking this process (workers in other processes keep going meanwhile). */
export function runAsync(args: string[], env: Record<string, string> = {}): Promise<Finished> {
  const child = spawn(process.execPath, [binPath, ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return finished(child);
}

function finished(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve({ code: code ?? (signal ? 128 : -1), stdout, stderr }));
  });
}

export interface WorkerProcess {
  child: ChildProcess;
  done: Promise<Finished>;
  /** Sends the signal and resolves to how the process ended. */
  stop(signal?: NodeJS.Signals): Promise<Finished>;
}

export function startWorker(db: string, queue: string, options: { concurrency?: number; env?: Record<string, string> } = {}): WorkerProcess {
  const child = spawn(
    process.execPath,
    [binPath, 'worker', '--db', db, '--queue', queue, '--concurrency', String(options.concurrency ?? 1)],
    { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const done = finished(child);
  return {
    child,
    done,
    stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return done;
    },
  };
}

export const DEMO_CORPUS = path.join(repoRoot, 'examples', 'corpus');

/** The demo corpus plus an outlet with standing lines (so the boilerplate second pass runs too); `remove` cleans up. */
export function testInputs(): { inputs: string[]; remove: () => void } {
  const dir = tempDir('dossier-queue-');
  return { inputs: [DEMO_CORPUS, writeBoilerplateOutlet(dir)], remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface EmbeddedRun {
  summary: string;
  analysis: AnalysisRecord;
}

/** The embedded run on SQLite: `dossier ingest` then `dossier analyze`, as a user runs them. */
export async function embeddedRun(inputs: string[]): Promise<EmbeddedRun> {
  const db = path.join(tempDir('dossier-embedded-'), 'dossier.db');
  const ingest = runCli(['ingest', '--db', db, '--no-progress', ...inputs]);
  if (ingest.code !== 0) throw new Error(`embedded ingest failed: ${ingest.stderr}`);
  const analyze = runCli(['analyze', '--db', db, '--no-progress']);
  if (analyze.code !== 0) throw new Error(`embedded analyze failed: ${analyze.stderr}`);
  const store = await SqliteStore.open(db);
  try {
    return { summary: analyze.stdout.split('\n')[0] ?? '', analysis: await store.exportAnalysis() };
  } finally {
    await store.close();
    fs.rmSync(path.dirname(db), { recursive: true, force: true });
  }
}

export async function exportOf(db: string): Promise<AnalysisRecord> {
  const store = await PgStore.open(db);
  try {
    return await store.exportAnalysis();
  } finally {
    await store.close();
  }
}

/** What must be equal between the embedded and the distributed run. */
export function storiesView(a: AnalysisRecord) {
  return {
    stories: a.stories,
    documents: a.documents.map((d) => ({ id: d.id, key: d.key, text: d.text, removed: d.removed, segments: d.segments, duplicateOf: d.duplicateOf })),
  };
}

export function queuesOf(db: string, redisUrl = REDIS_URL) {
  const options = { connection: redisConnection(redisUrl), prefix: queuePrefix(db) };
  const documents = new Queue(DOCUMENT_QUEUE, options);
  const refine = new Queue(REFINE_QUEUE, options);
  const corpus = new Queue(CORPUS_QUEUE, options);
  const all = [documents, refine, corpus];
  for (const q of all) q.on('error', () => {});
  return {
    documents,
    refine,
    corpus,
    async close() {
      await Promise.all(all.map((q) => q.close()));
    },
    /** Removes every job and key of these queues (the test's own prefix only). */
    async obliterate() {
      for (const q of all) await q.obliterate({ force: true });
      // Workers leave a few bookkeeping keys (meta, stalled-check) that obliterate does not own.
      const client = (await documents.client) as unknown as { keys(pattern: string): Promise<string[]>; del(...keys: string[]): Promise<number> };
      const keys = await client.keys(`${options.prefix}:*`);
      if (keys.length > 0) await client.del(...keys);
    },
  };
}

export async function dropSchema(db: string): Promise<void> {
  const url = new URL(db);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  if (!schema) return;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Cleanups run after the file's tests, last registered first; one failing does not stop the others. */
export function cleanupsAfterAll(): (() => Promise<void> | void)[] {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {});
  });
  return cleanups;
}
