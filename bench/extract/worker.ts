// One system on one dataset, in its own process: extracts every page, writes predictions, reports time and peak memory.
// Usage (spawned by run.ts): node --import tsx bench/extract/worker.ts --system S --dataset D --data DIR --out DIR [--limit N]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../../src/ingest/index.js';
import { parseFlags } from '../lib/args.js';
import { reportResult } from '../lib/child.js';
import { peakRssMb } from '../lib/memory.js';
import { DATASET_NAMES, openDataset } from './datasets.js';
import { loadSystem, SYSTEM_NAMES, type Extraction } from './systems.js';

export interface WorkerResult {
  system: string;
  dataset: string;
  pages: number;
  /** Pages the system threw on (scored as empty text). */
  failures: number;
  /** Lines the library wrote to the console (silenced). */
  libraryLogLines: number;
  /** Wall-clock seconds inside the extractor. */
  extractSeconds: number;
  pagesPerSecond: number;
  /** CPU seconds (user + system, all threads) inside the extractor: steadier than wall clock on a shared machine. */
  extractCpuSeconds: number;
  pagesPerCpuSecond: number;
  peakRssMb: number;
  predictions: string;
  metadata: string;
}

export type MetadataPredictions = Record<string, Omit<Extraction, 'text'>>;

const flags = parseFlags(process.argv.slice(2), {
  system: { type: 'string', choices: SYSTEM_NAMES },
  dataset: { type: 'string', choices: DATASET_NAMES },
  data: { type: 'string' },
  out: { type: 'string' },
  limit: { type: 'number' },
});
if (!flags.system || !flags.dataset || !flags.data || !flags.out) throw new Error('worker needs --system --dataset --data --out');
const system = flags.system as (typeof SYSTEM_NAMES)[number];
const dataset = openDataset(flags.dataset as (typeof DATASET_NAMES)[number], flags.data);

// Peer libraries log parse warnings per page (defuddle: bad schema.org JSON); count them instead of flooding the run.
let libraryLogLines = 0;
console.log = console.info = console.warn = console.error = console.debug = () => void libraryLogLines++;

const extract = await loadSystem(system);
const predictions: Record<string, { articleBody: string }> = {};
const metadata: MetadataPredictions = {};
let elapsedMs = 0;
let cpuMicros = 0;
let failures = 0;
const pages = dataset.pages(flags.limit);
for (const page of pages) {
  // Reading, gunzip and charset decoding stay outside the timed span: every system gets the same decoded string.
  const raw = readFileSync(page.file);
  const decoded = decodeBytes(page.file.endsWith('.gz') ? gunzipSync(raw) : raw, 'html');
  const html = decoded.ok ? decoded.text : '';
  let result: Extraction;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  try {
    result = await extract(html, page);
  } catch (err) {
    failures++;
    result = { text: '' };
    process.stderr.write(`${system} failed on ${dataset.name}/${page.id}: ${(err as Error).message}\n`);
  }
  elapsedMs += performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  cpuMicros += cpu.user + cpu.system;
  predictions[page.id] = { articleBody: result.text };
  metadata[page.id] = { title: result.title ?? null, author: result.author ?? null, published: result.published ?? null };
}
// Read before writing the outputs, so serialising them does not count towards the system's memory.
const peak = peakRssMb();

mkdirSync(flags.out, { recursive: true });
const base = join(flags.out, `${dataset.name}-${system}`);
writeFileSync(`${base}.json`, JSON.stringify(predictions));
writeFileSync(`${base}.meta.json`, JSON.stringify(metadata));
const result: WorkerResult = {
  system,
  dataset: dataset.name,
  pages: pages.length,
  failures,
  libraryLogLines,
  extractSeconds: elapsedMs / 1000,
  pagesPerSecond: pages.length / (elapsedMs / 1000),
  extractCpuSeconds: cpuMicros / 1e6,
  pagesPerCpuSecond: pages.length / (cpuMicros / 1e6),
  peakRssMb: peak,
  predictions: `${base}.json`,
  metadata: `${base}.meta.json`,
};
reportResult(result);
