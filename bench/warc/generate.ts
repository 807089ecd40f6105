// Writes a generated WARC of fictional news pages (see pages.ts) laid out like a CC-NEWS file: a warcinfo record,
// then per page a request and a response record; every 20th page also a 404, every 10th an image response, every
// 5th a metadata record, so the reader has records to skip. Gzipped per record when the name ends in .gz.
import fs from 'node:fs';
import { PageGenerator } from './pages.js';
import { gzipMember, httpRequest, httpResponse, warcRecord } from './warc-writer.js';

export interface GeneratedWarc {
  file: string;
  fileBytes: number;
  /** Bytes of WARC records before gzip. */
  warcBytes: number;
  records: number;
  /** HTML 200 responses: the documents an ingest should produce. */
  htmlResponses: number;
}

const IMAGE_BYTES = Buffer.alloc(2048, 0x5a);

/** Generates until the file on disk reaches targetBytes. */
export function generateWarc(file: string, targetBytes: number): GeneratedWarc {
  const gz = file.endsWith('.gz');
  const fd = fs.openSync(file, 'w');
  const generator = new PageGenerator();
  let fileBytes = 0;
  let warcBytes = 0;
  let records = 0;
  let htmlResponses = 0;
  const pending: Buffer[] = [];
  let pendingBytes = 0;
  const write = (record: Buffer) => {
    const bytes = gz ? gzipMember(record, 6) : record;
    warcBytes += record.length;
    fileBytes += bytes.length;
    records++;
    pending.push(bytes);
    pendingBytes += bytes.length;
    if (pendingBytes > 4 * 1024 * 1024) flush();
  };
  const flush = () => {
    fs.writeSync(fd, Buffer.concat(pending));
    pending.length = 0;
    pendingBytes = 0;
  };
  write(warcRecord({ type: 'warcinfo', date: '2026-03-12T00:00:00Z', contentType: 'application/warc-fields', block: 'software: dossier bench/warc generator\r\nformat: WARC File Format 1.0\r\n' }));
  for (let n = 0; fileBytes < targetBytes; n++) {
    const page = generator.page(n);
    write(warcRecord({ type: 'request', targetUri: page.url, date: page.date, contentType: 'application/http; msgtype=request', block: httpRequest(page.url) }));
    write(
      warcRecord({
        type: 'response',
        targetUri: page.url,
        date: page.date,
        contentType: 'application/http; msgtype=response',
        block: httpResponse(200, { 'Content-Type': 'text/html; charset=utf-8', Server: 'bench' }, page.html),
      }),
    );
    htmlResponses++;
    if (n % 5 === 0) write(warcRecord({ type: 'metadata', targetUri: page.url, date: page.date, contentType: 'application/warc-fields', block: `fetchTimeMs: ${100 + (n % 400)}\r\n` }));
    if (n % 10 === 0) {
      const image = page.url.replace(/\/news\/.*$/, `/img/${n}.jpg`);
      write(warcRecord({ type: 'response', targetUri: image, date: page.date, contentType: 'application/http; msgtype=response', block: httpResponse(200, { 'Content-Type': 'image/jpeg' }, IMAGE_BYTES) }));
    }
    if (n % 20 === 0) {
      const missing = `${page.url}-old`;
      write(warcRecord({ type: 'response', targetUri: missing, date: page.date, contentType: 'application/http; msgtype=response', block: httpResponse(404, { 'Content-Type': 'text/html' }, '<html><body>Not found</body></html>') }));
    }
  }
  flush();
  fs.closeSync(fd);
  return { file, fileBytes, warcBytes, records, htmlResponses };
}
