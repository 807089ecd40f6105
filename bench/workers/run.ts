// Worker bench: documents/second of the distributed first pass with 1, 2 and 4 worker processes on this machine,
// with per-document costs read back from the jobs themselves (each job reports its read, analyse and write times).
//   npm run bench:workers -- [--docs 3000] [--workers 1,2,4] [--db postgres://...] [--queue redis://...]
// Uses the local PostgreSQL (a schema per run) and Redis (a queue prefix per run), and removes both at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Queue } from 'bullmq';
import { parseFlags } from '../lib/args.js';
import { fmt, markdownTable } from '../lib/table.js';
import { queuePrefix, redisConnection } from '../../src/queue/connection.js';
import { CORPUS_QUEUE, DOCUMENT_QUEUE, REFINE_QUEUE } from '../../src/queue/settings.js';
import type { CorpusJobResult, DocumentJobResult } from '../../src/queue/jobs.js';
import { writeCorpus } from './corpus.js';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'dossier.js');

const flags = parseFlags(process.argv.slice(2), {
  docs: { type: 'number', default: 3000 },
  workers: { type: 'string', default: '1,2,4' },
  db: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/test' },
  queue: { type: 'string', default: 'redis://127.0.0.1:6379' },
});
const workerCounts = flags.workers.split(',').map(Number);

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr, ms: performance.now() - started })));
}

function startWorker(db: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'worker', '--db', db, '--queue', flags.queue, '--concurrency', '1'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stderr.on('data', (d: Buffer) => {
      seen += d.toString();
      if (seen.includes('taking jobs')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`worker exited (${code}): ${seen}`)));
  });
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: flags.db });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

interface Row {
  workers: number;
  docsPerSecond: number;
  analyseMs: number;
  readMs: number;
  writeMs: number;
  overheadMs: number;
  ingestMs: number;
  refined: number;
  corpusS: number;
  evidenceS: number;
  secondPassS: number;
  regroupS: number;
  finalised: number;
  endToEnd: number;
}

/** The per-document stages in this process, one core, no store and no queue: the floor of a worker's cost. */
async function analyseInProcess(input: string, limit: number): Promise<{ docs: number; ms: number; kb: number }> {
  let docs = 0;
  let ms = 0;
  let bytes = 0;
  for await (const r of readInputs([input])) {
    if (r.kind !== 'item' || docs >= limit) continue;
    const doc = { id: `d${docs}`, key: r.key, source: r.source, format: r.format, bodyType: r.bodyType, body: r.body, hints: r.hints, ingestedAt: '2026-01-01T00:00:00Z' };
    const t = performance.now();
    analyzeDocument(doc);
    ms += performance.now() - t;
    bytes += r.raw.byteLength;
    docs += 1;
  }
  return { docs, ms: ms / docs, kb: bytes / docs / 1024 };
}

async function benchOnce(corpusDir: string, workers: number): Promise<Row> {
  const schema = `bench_workers_${process.pid}_${workers}`;
  const db = `${flags.db}?schema=${schema}`;
  const options = { connection: redisConnection(flags.queue), prefix: queuePrefix(db) };
  const queues = [DOCUMENT_QUEUE, REFINE_QUEUE, CORPUS_QUEUE].map((name) => new Queue(name, options));
  const documents = queues[0] as Queue;
  const refine = queues[1] as Queue;
  try {
    await dropSchema(schema);
    for (const q of queues) await q.obliterate({ force: true });
    const ingest = await run(['ingest', '--db', db, '--queue', flags.queue, '--no-progress', corpusDir]);
    if (ingest.code !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);

    const started = performance.now();
    const children = await Promise.all(Array.from({ length: workers }, () => startWorker(db)));
    const analyze = await run(['analyze', '--db', db, '--queue', flags.queue, '--wait', '--json', '--no-progress']);
    if (analyze.code !== 0) throw new Error(`analyze failed: ${analyze.stderr}`);
    const endToEndMs = performance.now() - started;
    const report = JSON.parse(analyze.stdout) as CorpusJobResult;
    await Promise.all(children.map((c) => new Promise((r) => { c.on('exit', r); c.kill('SIGTERM'); })));

    const jobs = await documents.getCompleted(0, flags.docs + 10);
    const results = jobs.map((j) => j.returnvalue as DocumentJobResult).filter((r) => r.outcome === 'analysed');
    const first = Math.min(...jobs.map((j) => j.processedOn ?? Infinity));
    const last = Math.max(...jobs.map((j) => j.finishedOn ?? 0));
    const spanMs = last - first;
    const [readMs, analyseMs, writeMs] = (['readMs', 'analyseMs', 'writeMs'] as const).map((k) => mean(results.map((r) => r[k])));
    // Each worker is busy for the whole span: what a document costs it beyond read + analyse + write is queue work.
    const busyPerDoc = (workers * spanMs) / jobs.length;
    return {
      workers,
      docsPerSecond: (jobs.length / spanMs) * 1000,
      analyseMs: analyseMs as number,
      readMs: readMs as number,
      writeMs: writeMs as number,
      overheadMs: busyPerDoc - (readMs as number) - (analyseMs as number) - (writeMs as number),
      ingestMs: ingest.ms / jobs.length,
      refined: (await refine.getCompletedCount()),
      corpusS: report.corpusMs / 1000,
      evidenceS: report.phases.evidenceMs / 1000,
      secondPassS: report.phases.secondPassMs / 1000,
      regroupS: report.phases.regroupMs / 1000,
      finalised: report.analyzed,
      endToEnd: (report.documents / endToEndMs) * 1000,
    };
  } finally {
    for (const q of queues) await q.obliterate({ force: true }).catch(() => {});
    await Promise.all(queues.map((q) => q.close()));
    await dropSchema(schema);
  }
}

/** The peer: the embedded run on SQLite over the same corpus, as a user runs it (ingest, then analyze). */
async function embeddedPeer(corpusDir: string): Promise<{ ingestS: number; analyzeS: number; docsPerSecond: number; summary: string }> {
  const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-embedded-'));
  try {
    const db = path.join(dbDir, 'dossier.db');
    const ingest = await run(['ingest', '--db', db, '--no-progress', corpusDir]);
    const analyze = await run(['analyze', '--db', db, '--no-progress']);
    if (analyze.code !== 0) throw new Error(`embedded analyze failed: ${analyze.stderr}`);
    return {
      ingestS: ingest.ms / 1000,
      analyzeS: analyze.ms / 1000,
      docsPerSecond: (flags.docs / (ingest.ms + analyze.ms)) * 1000,
      summary: analyze.stdout.split('\n')[0] ?? '',
    };
  } finally {
    fs.rmSync(dbDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-workers-'));
  try {
    const { bytes } = writeCorpus(dir, flags.docs);
    console.log(`corpus: ${flags.docs} generated HTML articles (${(bytes / flags.docs / 1024).toFixed(1)} KB each), ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}`);
    const generated = await analyseInProcess(dir, 500);
    const demo = await analyseInProcess(path.join(root, 'examples', 'corpus'), 500);
    console.log(
      `in-process analyse, one core: generated ${fmt(generated.ms, 1)} ms/doc (${fmt(generated.kb, 1)} KB), ` +
        `demo corpus ${fmt(demo.ms, 1)} ms/doc (${demo.docs} docs, ${fmt(demo.kb, 1)} KB raw each)`,
    );
    const rows: Row[] = [];
    for (const w of workerCounts) {
      const row = await benchOnce(dir, w);
      rows.push(row);
      console.error(`  ${w} worker(s): ${row.docsPerSecond.toFixed(1)} docs/s`);
    }
    console.log('\nFirst pass (document jobs): throughput from the jobs\' own start/finish times; costs are means per document.\n');
    console.log(
      markdownTable(
        ['workers', 'first pass docs/s', 'analyse ms', 'read ms', 'write ms', 'queue overhead ms', 'ingest+enqueue ms'],
        rows.map((r) => [r.workers, fmt(r.docsPerSecond, 1), fmt(r.analyseMs, 1), fmt(r.readMs, 1), fmt(r.writeMs, 1), fmt(r.overheadMs, 1), fmt(r.ingestMs, 1)]),
      ),
    );
    console.log('\nCorpus job (one at a time): evidence = reading the stored corpus; second pass = workers refining the documents of outlets with boilerplate; regroup = group + resolve + synthesize + write.\n');
    console.log(
      markdownTable(
        ['workers', 'documents finalised', 'second passes', 'evidence s', 'second pass s', 'regroup s', 'corpus job s', 'end-to-end docs/s'],
        rows.map((r) => [r.workers, r.finalised, r.refined, fmt(r.evidenceS, 1), fmt(r.secondPassS, 1), fmt(r.regroupS, 1), fmt(r.corpusS, 1), fmt(r.endToEnd, 1)]),
      ),
    );
    const peer = await embeddedPeer(dir);
    console.log(
      `\nembedded peer (SQLite, one process, same corpus): ingest ${fmt(peer.ingestS, 1)} s, analyze ${fmt(peer.analyzeS, 1)} s, ` +
        `${fmt(peer.docsPerSecond, 1)} docs/s end-to-end; ${peer.summary}`,
    );
    console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    const base = rows[0];
    if (base) for (const r of rows.slice(1)) console.log(`speed-up ${r.workers} vs ${base.workers} worker(s): ${(r.docsPerSecond / base.docsPerSecond).toFixed(2)}x`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench:workers: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
