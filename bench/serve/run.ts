// Load on `dossier serve`: autocannon against 127.0.0.1 at 50 connections, for story pages and for search, over a
// store holding the demo corpus plus a generated story of about 500 documents (bench/serve/generate.ts); and the
// server-side time to load and render that story's page (Server-Timing header, sequential requests).
// Usage: npm run bench:serve -- [--docs 525] [--duration 10] [--connections 50] [--fresh]
// The store is built once under bench/out/serve/ and reused (--fresh rebuilds it); the server runs in its own process.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeStore } from '../../src/pipeline/analyze.js';
import { ingestInputs } from '../../src/pipeline/ingest.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { UsageError, parseFlags } from '../lib/args.js';
import { fmt, markdownTable } from '../lib/table.js';
import { generateStory } from './generate.js';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  throughput: { average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const flags = (() => {
  try {
    return parseFlags(process.argv.slice(2), {
      docs: { type: 'number', default: 525 },
      duration: { type: 'number', default: 10 },
      connections: { type: 'number', default: 50 },
      renders: { type: 'number', default: 30 },
      fresh: { type: 'boolean' },
    });
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
})();

const outDir = path.join(root, 'bench', 'out', 'serve');
const dbPath = path.join(outDir, `store-${flags.docs}.db`);

async function buildStore(): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${dbPath}${suffix}`, { force: true });
  const records = generateStory(flags.docs);
  const jsonl = path.join(outDir, `breakwater-${flags.docs}.jsonl`);
  fs.writeFileSync(jsonl, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const store = await SqliteStore.open(dbPath);
  try {
    let t = performance.now();
    const ingest = await ingestInputs(store, [path.join(root, 'examples', 'corpus'), jsonl]);
    console.log(`built the store: ${ingest.added} documents ingested in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    const report = await analyzeStore(store);
    console.log(`  analysed in ${((performance.now() - t) / 1000).toFixed(1)} s: ${report.stories} stories, ${report.duplicates} copies`);
  } finally {
    await store.close();
  }
}

async function pickTargets() {
  const store = await SqliteStore.open(dbPath);
  try {
    const stories = (await store.listStories()).sort((a, b) => b.documents - a.documents);
    return { big: stories[0]!, demo: stories.find((s) => /Velmora Accord/.test(s.title)) ?? stories[1]! };
  } finally {
    await store.close();
  }
}

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench', 'serve', 'server.ts'), '--db', dbPath, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /serving at (http:\/\/[^/\s]+)\//.exec(out);
      if (m) resolve({ child, url: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/**
 * Sequential requests, each forcing a fresh build (`Cache-Control: no-cache` skips the response cache); the server
 * reports its own load and render time in Server-Timing. Also the page's size, plain and gzipped.
 */
async function renderTimes(url: string, count: number) {
  const load: number[] = [];
  const render: number[] = [];
  let bytes = 0;
  const zipped = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
  const gzBytes = Number(zipped.headers.get('content-length') ?? NaN) || (await rawLength(zipped));
  for (let i = 0; i < count + 3; i++) {
    const res = await fetch(url, { headers: { 'Cache-Control': 'no-cache' } });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    const timing = res.headers.get('server-timing') ?? '';
    const dur = (name: string) => Number(new RegExp(`${name};dur=([\\d.]+)`).exec(timing)?.[1] ?? NaN);
    // The first requests warm the JIT and the caches.
    if (i < 3) continue;
    load.push(dur('load'));
    render.push(dur('render'));
    bytes = body.length;
  }
  const total = load.map((l, i) => l + render[i]!);
  return { load, render, total, bytes, gzBytes };
}

/** Bytes on the wire of a gzipped answer (fetch decodes bodies, so read them from the stream's encoded form). */
async function rawLength(res: Response): Promise<number> {
  const { gzipSync } = await import('node:zlib');
  return gzipSync(await res.text()).length;
}

if (flags.fresh || !fs.existsSync(dbPath)) await buildStore();
else console.log(`reusing ${path.relative(root, dbPath)} (--fresh rebuilds it)`);
const { big, demo } = await pickTargets();
const { child, url } = await startServer();
try {
  console.log(`server: ${url} (its own process); story "${big.title}" has ${big.documents} documents`);
  const renderRows = [];
  for (const story of [big, demo]) {
    const t = await renderTimes(`${url}/stories/${story.id}`, flags.renders);
    renderRows.push([
      `${story.documents}-document story page`,
      fmt(percentile(t.load, 50), 1),
      fmt(percentile(t.render, 50), 1),
      fmt(percentile(t.total, 50), 1),
      fmt(percentile(t.total, 99), 1),
      fmt(Math.max(...t.total), 1),
      Math.round(t.bytes / 1024),
      Math.round(t.gzBytes / 1024),
    ]);
  }
  console.log(`\nServer-side time of one story page (${flags.renders} sequential requests after 3 warm-ups; ms)\n`);
  console.log(markdownTable(['page', 'load p50', 'render p50', 'load+render p50', 'load+render p99', 'max', 'KB', 'KB gzipped'], renderRows));

  // Every request asks for gzip, as browsers do. "every request rebuilt" sends Cache-Control: no-cache, so the
  // response cache is bypassed: the worst case, a page nobody has asked for since the last ingest, 50 at a time.
  const gzip = { 'accept-encoding': 'gzip' };
  const rebuild = { ...gzip, 'cache-control': 'no-cache' };
  const targets: [string, string, Record<string, string>][] = [
    [`story page, ${big.documents} documents`, `/stories/${big.id}`, gzip],
    [`story page, ${big.documents} documents, every request rebuilt`, `/stories/${big.id}`, rebuild],
    [`story page, ${demo.documents} documents`, `/stories/${demo.id}`, gzip],
    [`story page, ${demo.documents} documents, every request rebuilt`, `/stories/${demo.id}`, rebuild],
    ['search API (/api/search?q=breakwater)', '/api/search?q=breakwater', gzip],
    ['search page (/?q=harbour+council)', '/?q=harbour+council', gzip],
    ['search page, every request rebuilt', '/?q=harbour+council', rebuild],
    ['story list API (/api/stories)', '/api/stories', gzip],
  ];
  const rows = [];
  for (const [name, route, headers] of targets) {
    const result = await autocannon({ url: `${url}${route}`, connections: flags.connections, duration: flags.duration, headers });
    rows.push([
      name!,
      fmt(result.requests.average, 0),
      fmt(result.latency.p50, 0),
      fmt(result.latency.p99, 0),
      fmt(result.throughput.average / 1024 / 1024, 1),
      result.non2xx,
      result.timeouts,
      result.errors - result.timeouts,
    ]);
  }
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`\nautocannon, ${flags.connections} connections, ${flags.duration} s each, 127.0.0.1; ${os.cpus().length} cores, load average ${load}\n`);
  console.log(markdownTable(['target', 'req/s', 'p50 ms', 'p99 ms', 'MB/s', 'non-2xx', 'timeouts (10 s)', 'other errors'], rows));
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}
