// One measured pass over a WARC in its own process (so peak RSS is its own): Dossier's record reader, its full
// WARC-to-documents reader, a whole `ingest` into a fresh SQLite store, or warcio as a peer parser.
import fs from 'node:fs';
import { reportResult } from '../lib/child.js';
import { peakRssMb } from '../lib/memory.js';
import { readWarc } from '../../src/ingest/index.js';
import { resolveSettings } from '../../src/ingest/settings.js';
import { readWarcRecords } from '../../src/ingest/formats/warc-stream.js';
import { parseHttpResponse } from '../../src/ingest/formats/warc-http.js';
import { ingestInputs } from '../../src/pipeline/ingest.js';
import { SqliteStore } from '../../src/store/sqlite.js';

export interface PassResult {
  seconds: number;
  documents: number;
  peakRssMb: number;
}

const [mode, file, db] = process.argv.slice(2) as [string, string, string | undefined];
const settings = resolveSettings();
const started = process.hrtime.bigint();
let documents = 0;

if (mode === 'records') {
  // Framing and HTTP parsing only: the part comparable with warcio.
  for await (const record of readWarcRecords(fs.createReadStream(file), settings)) {
    if (record.block && record.fields.get('warc-type') === 'response') {
      const http = parseHttpResponse(record.block, settings.maxRecordBytes);
      if (http.ok && http.response.status === 200) documents++;
    }
  }
} else if (mode === 'read') {
  for await (const result of readWarc(file, fs.createReadStream(file), settings)) if (result.kind === 'item') documents++;
} else if (mode === 'ingest') {
  const store = await SqliteStore.open(db!);
  try {
    const summary = await ingestInputs(store, [file]);
    documents = summary.added + summary.updated + summary.unchanged;
  } finally {
    await store.close();
  }
} else if (mode === 'warcio') {
  const { WARCParser } = await import('warcio');
  for await (const record of WARCParser.iterRecords(fs.createReadStream(file))) {
    if (record.warcType === 'response' && record.httpHeaders?.statusCode === 200) {
      await record.readFully(true);
      documents++;
    }
  }
} else {
  throw new Error(`unknown mode ${mode}`);
}

const seconds = Number(process.hrtime.bigint() - started) / 1e9;
reportResult({ seconds, documents, peakRssMb: peakRssMb() } satisfies PassResult);
