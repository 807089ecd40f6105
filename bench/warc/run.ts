// WARC throughput: generates a WARC of fictional news pages (at least --size-mb MB on disk, 1 GB by default) into
// bench/out/warc, then measures, each pass in its own process: Dossier's record reader (framing + HTTP parse),
// its WARC-to-documents reader (plus decoding and item building), a full `ingest` into a fresh SQLite store, and
// warcio's parser over the same file as a peer. Prints MB/s (of the file and of the WARC records it holds),
// documents/s and peak RSS.
// Usage: npm run bench:warc -- [--size-mb 1024] [--gzip] [--skip-warcio] [--skip-ingest]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTsWorker } from '../lib/child.js';
import { UsageError, parseFlags } from '../lib/args.js';
import { fmt, markdownTable } from '../lib/table.js';
import { generateWarc, type GeneratedWarc } from './generate.js';
import type { PassResult } from './worker.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const flags = (() => {
  try {
    return parseFlags(process.argv.slice(2), {
      'size-mb': { type: 'number', default: 1024 },
      gzip: { type: 'boolean' },
      'skip-warcio': { type: 'boolean' },
      'skip-ingest': { type: 'boolean' },
    });
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
})();

const MB = 1024 * 1024;
const outDir = path.join(here, '..', 'out', 'warc');
fs.mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, `generated-${flags['size-mb']}mb.warc${flags.gzip ? '.gz' : ''}`);
const metaFile = `${file}.json`;

let warc: GeneratedWarc;
const cached = fs.existsSync(metaFile) && fs.existsSync(file) ? (JSON.parse(fs.readFileSync(metaFile, 'utf8')) as GeneratedWarc) : null;
if (cached && fs.statSync(file).size === cached.fileBytes) {
  warc = cached;
  console.error(`Reusing ${path.relative(process.cwd(), file)}`);
} else {
  console.error(`Generating ${path.relative(process.cwd(), file)} (${flags['size-mb']} MB)…`);
  const t = Date.now();
  warc = generateWarc(file, flags['size-mb'] * MB);
  fs.writeFileSync(metaFile, JSON.stringify(warc));
  console.error(`  ${warc.records} records, ${warc.htmlResponses} HTML pages in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

const worker = path.join(here, 'worker.ts');
const passes: { name: string; mode: string }[] = [
  { name: 'Dossier: WARC records + HTTP parse', mode: 'records' },
  { name: 'Dossier: WARC to documents (readWarc)', mode: 'read' },
];
if (!flags['skip-ingest']) passes.push({ name: 'Dossier: dossier ingest into SQLite', mode: 'ingest' });
if (!flags['skip-warcio']) passes.push({ name: 'warcio 2.4 (peer): records + HTTP parse', mode: 'warcio' });

const rows: (string | number)[][] = [];
for (const pass of passes) {
  const db = path.join(outDir, 'bench-warc.db');
  for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
  console.error(`Running ${pass.name}…`);
  const result = await runTsWorker<PassResult>(worker, [pass.mode, file, db]);
  rows.push([
    pass.name,
    result.documents,
    fmt(result.seconds, 1),
    fmt(warc.fileBytes / MB / result.seconds, 1),
    fmt(warc.warcBytes / MB / result.seconds, 1),
    fmt(result.documents / result.seconds, 0),
    fmt(result.peakRssMb, 0),
  ]);
}

console.log(
  `\nWARC benchmark: ${path.basename(file)}, ${fmt(warc.fileBytes / MB, 0)} MB on disk, ${fmt(warc.warcBytes / MB, 0)} MB of WARC records, ` +
    `${warc.records} records, ${warc.htmlResponses} HTML 200 responses (node ${process.version}).\n`,
);
console.log(markdownTable(['pass', 'documents', 'seconds', 'file MB/s', 'WARC MB/s', 'documents/s', 'peak RSS MB'], rows));
