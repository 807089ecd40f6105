// WARC / CC-NEWS input: HTML 200 responses become documents keyed by their target URI; every other record is
// skipped with a counted reason; .warc.gz (one gzip member per record) streams the same; broken files keep what came before.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { gzipMember, httpRequest, httpResponse, warcRecord } from '../../bench/warc/warc-writer.js';
import { readWarc } from '../../src/ingest/index.js';
import { extractDocument } from '../../src/extract/index.js';
import { ingestInputs } from '../../src/pipeline/ingest.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { resolveSettings } from '../../src/ingest/settings.js';
import type { IngestResult } from '../../src/core/records.js';
import { collect, failures, items, makeTempDir, text } from './helpers.js';

const ledgerPage = `<!doctype html><html><head><meta charset="utf-8"><title>Serin river crests at Velmora | Harbor Ledger</title>
<meta property="article:published_time" content="2026-03-12T08:30:00Z"></head>
<body><article><h1>Serin river crests at Velmora</h1>
<p>Authorities in Velmora ordered 1,200 residents to leave their homes on Thursday as the Serin rose above its banks.</p>
<p>"We are moving people now," said Mayor Ilse Varga.</p></article></body></html>`;

// No date anywhere in the page: the capture date is all there is.
const undatedPage = `<!doctype html><html><head><title>Ferry timetable changes | Coastal Wire</title></head>
<body><article><h1>Ferry timetable changes</h1><p>The Caldera ferry will leave at seven instead of six, the operator said, citing staff shortages on the morning crossing.</p></article></body></html>`;

// Cyrillic page whose only charset declaration is the HTTP header.
const cyrillicPage = '<!doctype html><html><head><title>Новости Вельмора</title></head><body><p>Мэр Ильзе Варга посетила дамбу.</p></body></html>';

function fixtureRecords(): Buffer[] {
  const date = '2026-03-12T09:00:00Z';
  const html = { 'Content-Type': 'text/html; charset=utf-8' };
  const chunked = (body: Buffer) => Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
  return [
    warcRecord({ type: 'warcinfo', date, contentType: 'application/warc-fields', block: 'software: fixture-crawler/1.0\r\n' }),
    warcRecord({ type: 'request', targetUri: 'https://www.harbor-ledger.example/velmora', date, contentType: 'application/http; msgtype=request', block: httpRequest('https://www.harbor-ledger.example/velmora') }),
    warcRecord({ type: 'response', targetUri: 'https://www.harbor-ledger.example/velmora', date, contentType: 'application/http; msgtype=response', block: httpResponse(200, html, ledgerPage) }),
    warcRecord({ type: 'response', targetUri: 'https://www.coastal-wire.example/ferry', date: '2026-04-02T06:45:00Z', contentType: 'application/http; msgtype=response', block: httpResponse(200, { 'Content-Type': 'text/html' }, undatedPage) }),
    warcRecord({ type: 'response', targetUri: 'https://www.velmora-courier.example/ru', date, contentType: 'application/http; msgtype=response', block: httpResponse(200, { 'Content-Type': 'text/html; charset=windows-1251' }, iconv.encode(cyrillicPage, 'windows-1251')) }),
    warcRecord({
      type: 'response',
      targetUri: 'https://www.harbor-ledger.example/velmora-chunked',
      date,
      contentType: 'application/http; msgtype=response',
      block: httpResponse(200, { ...html, 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' }, chunked(zlib.gzipSync(ledgerPage.replace('1,200', '3,400')))),
    }),
    warcRecord({ type: 'response', targetUri: 'https://www.harbor-ledger.example/missing', date, contentType: 'application/http; msgtype=response', block: httpResponse(404, html, '<html><body>Not found</body></html>') }),
    warcRecord({ type: 'response', targetUri: 'https://www.harbor-ledger.example/logo.png', date, contentType: 'application/http; msgtype=response', block: httpResponse(200, { 'Content-Type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])) }),
    warcRecord({ type: 'metadata', targetUri: 'https://www.harbor-ledger.example/velmora', date, contentType: 'application/warc-fields', block: 'fetchTimeMs: 212\r\n' }),
    warcRecord({ type: 'revisit', targetUri: 'https://www.harbor-ledger.example/velmora', date, contentType: 'application/http; msgtype=response', block: 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n' }),
  ];
}

async function readAll(bytes: Buffer, name = 'crawl.warc', settings = resolveSettings(), chunkSize = 4096): Promise<{ results: IngestResult[]; skipped: string[] }> {
  const skipped: string[] = [];
  const results: IngestResult[] = [];
  // Fed in small chunks, as a file stream would be.
  const chunks = Array.from({ length: Math.ceil(bytes.length / chunkSize) }, (_, i) => bytes.subarray(i * chunkSize, (i + 1) * chunkSize));
  for await (const result of readWarc(name, Readable.from(chunks), settings, (reason) => skipped.push(reason))) results.push(result);
  return { results, skipped };
}

describe('WARC input', () => {
  it('turns HTML 200 responses into documents and skips every other record with its reason', async () => {
    const { results, skipped } = await readAll(Buffer.concat(fixtureRecords()));
    expect(failures(results)).toEqual([]);
    const docs = items(results);
    expect(docs.map((d) => d.key)).toEqual([
      'https://www.harbor-ledger.example/velmora',
      'https://www.coastal-wire.example/ferry',
      'https://www.velmora-courier.example/ru',
      'https://www.harbor-ledger.example/velmora-chunked',
    ]);
    expect(docs[0]).toMatchObject({ format: 'warc', bodyType: 'html', source: 'crawl.warc#record-3' });
    expect(docs[0]!.hints).toEqual({ url: 'https://www.harbor-ledger.example/velmora', servedDate: '2026-03-12T09:00:00.000Z' });
    expect(docs[0]!.body).toContain('Serin river crests at Velmora');
    // The HTTP header's charset is used when the page declares none.
    expect(docs[2]!.body).toContain('Мэр Ильзе Варга посетила дамбу');
    // Chunked transfer coding and gzip content coding are undone.
    expect(docs[3]!.body).toContain('3,400 residents');
    expect(text(docs[3]!.raw)).toContain('<title>Serin river crests');
    expect(skipped.sort()).toEqual(
      ['HTTP 404 response', 'metadata record', 'non-HTML response (image/png)', 'request record', 'revisit record', 'warcinfo record'].sort(),
    );
  });

  it("keeps the article's own date and falls back to the capture date only when the page has none", async () => {
    const { results } = await readAll(Buffer.concat(fixtureRecords()));
    const [dated, undated] = items(results);
    const asSource = (item: typeof dated) => ({ id: 'd', key: item!.key, source: item!.source, format: item!.format, bodyType: item!.bodyType, body: item!.body, hints: item!.hints, ingestedAt: '' });
    expect(extractDocument(asSource(dated)).published?.startsWith('2026-03-12T08:30')).toBe(true);
    expect(extractDocument(asSource(undated)).published).toBe('2026-04-02T06:45:00.000Z');
  });

  it('reads a .warc.gz written as one gzip member per record, as CC-NEWS files are', async () => {
    const plain = await readAll(Buffer.concat(fixtureRecords()));
    const gz = await readAll(Buffer.concat(fixtureRecords().map((r) => gzipMember(r))), 'crawl.warc.gz');
    expect(items(gz.results).map((d) => [d.key, d.body])).toEqual(items(plain.results).map((d) => [d.key, d.body]));
    expect(gz.skipped.length).toBe(6);
  });

  it('fails a record over the record limit without buffering it, and keeps reading the records after it', async () => {
    const big = `<!doctype html><html><body><p>${'Velmora flood update. '.repeat(4000)}</p></body></html>`;
    const records = [
      warcRecord({ type: 'response', targetUri: 'https://www.harbor-ledger.example/huge', date: '2026-03-12T09:00:00Z', contentType: 'application/http; msgtype=response', block: httpResponse(200, { 'Content-Type': 'text/html' }, big) }),
      ...fixtureRecords(),
    ];
    const { results } = await readAll(Buffer.concat(records), 'crawl.warc', resolveSettings({ maxRecordBytes: 64 * 1024 }));
    expect(failures(results)).toEqual([{ kind: 'failure', input: 'crawl.warc#record-1', reason: expect.stringMatching(/^https:\/\/www\.harbor-ledger\.example\/huge: record 1 is 8\d\.\d KB, over the 64\.0 KB record limit$/) }]);
    expect(items(results)).toHaveLength(4);
  });

  it('keeps the records before a truncation and reports the break once', async () => {
    const whole = Buffer.concat(fixtureRecords());
    const { results } = await readAll(whole.subarray(0, whole.length - 300));
    expect(items(results).length).toBeGreaterThanOrEqual(3);
    expect(failures(results)).toEqual([{ kind: 'failure', input: 'crawl.warc', reason: expect.stringMatching(/truncated\) \(after \d+ records\)$/) }]);
  });

  it('refuses a file that is not a WARC, and a corrupt gzip, with one clear line each', async () => {
    const notWarc = await readAll(Buffer.from('Velmora flood: residents evacuated\n\nThe Serin rose overnight.\n'));
    expect(failures(notWarc.results)).toEqual([{ kind: 'failure', input: 'crawl.warc', reason: expect.stringContaining('not a WARC version line (not a WARC file?)') }]);
    const members = fixtureRecords().map((r) => gzipMember(r));
    // Records decompressed from the same read chunk as the damage may go with it; the ones before come through.
    const head = Buffer.concat(members.slice(0, 5));
    const badMember = Buffer.concat([head, Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xde, 0xad, 0xbe, 0xef]), ...members.slice(5)]);
    const broken = await readAll(badMember, 'crawl.warc.gz', resolveSettings(), 256);
    expect(items(broken.results)[0]?.key).toBe('https://www.harbor-ledger.example/velmora');
    expect(items(broken.results).length).toBeLessThan(4);
    expect(failures(broken.results)).toEqual([{ kind: 'failure', input: 'crawl.warc.gz', reason: expect.stringMatching(/^corrupt gzip \(invalid block type\) \(after \d records\)$/) }]);
    // Damage that does not even start a gzip member is reported too, never taken for the end of the file.
    const garbage = await readAll(Buffer.concat([head, Buffer.alloc(100), ...members.slice(5)]), 'crawl.warc.gz', resolveSettings(), 256);
    expect(items(garbage.results).map((d) => d.key)).toEqual([
      'https://www.harbor-ledger.example/velmora',
      'https://www.coastal-wire.example/ferry',
      'https://www.velmora-courier.example/ru',
    ]);
    expect(failures(garbage.results)).toEqual([
      { kind: 'failure', input: 'crawl.warc.gz', reason: expect.stringMatching(/^corrupt gzip \(.+\) \(after 5 records\)$/) },
    ]);
  });

  it('is picked up by `ingest` from a directory, stored, with skip counts in the summary', async () => {
    const dir = makeTempDir();
    fs.mkdirSync(path.join(dir, 'crawl'));
    fs.writeFileSync(path.join(dir, 'crawl', 'CC-NEWS-20260312.warc.gz'), Buffer.concat(fixtureRecords().map((r) => gzipMember(r))));
    fs.writeFileSync(path.join(dir, 'crawl', 'notes.txt'), 'Crawl notes: the Velmora pages were captured on 12 March.');
    const found = await collect([path.join(dir, 'crawl')]);
    expect(items(found).filter((i) => i.format === 'warc')).toHaveLength(4);
    const store = await SqliteStore.open(':memory:');
    try {
      const summary = await ingestInputs(store, [path.join(dir, 'crawl')]);
      expect(summary).toMatchObject({ added: 5, failed: 0 });
      expect(summary.skipped).toEqual({
        'warcinfo record': 1,
        'request record': 1,
        'HTTP 404 response': 1,
        'non-HTML response (image/png)': 1,
        'metadata record': 1,
        'revisit record': 1,
      });
    } finally {
      await store.close();
    }
  });
});
