// A minimal WARC/1.0 record writer for generated fixtures and the benchmark: each record on its own, and
// gzipped as one gzip member per record (how Common Crawl and CC-NEWS write .warc.gz) when asked.
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface WarcRecordSpec {
  type: 'warcinfo' | 'request' | 'response' | 'metadata' | 'revisit' | 'resource';
  targetUri?: string;
  /** ISO 8601 date of the capture. */
  date: string;
  contentType: string;
  block: Uint8Array | string;
  /** Extra WARC header lines, e.g. WARC-Refers-To. */
  headers?: Record<string, string>;
}

const CRLF = '\r\n';

/** One WARC record's bytes: version line, named fields, a blank line, the block and the two closing CRLFs. */
export function warcRecord(spec: WarcRecordSpec): Buffer {
  const block = typeof spec.block === 'string' ? Buffer.from(spec.block, 'utf8') : Buffer.from(spec.block);
  const fields: [string, string][] = [
    ['WARC-Type', spec.type],
    ['WARC-Record-ID', `<urn:uuid:${randomUUID()}>`],
    ['WARC-Date', spec.date],
  ];
  if (spec.targetUri) fields.push(['WARC-Target-URI', spec.targetUri]);
  for (const [name, value] of Object.entries(spec.headers ?? {})) fields.push([name, value]);
  fields.push(['Content-Type', spec.contentType], ['Content-Length', String(block.length)]);
  const head = `WARC/1.0${CRLF}${fields.map(([n, v]) => `${n}: ${v}`).join(CRLF)}${CRLF}${CRLF}`;
  return Buffer.concat([Buffer.from(head, 'latin1'), block, Buffer.from(CRLF + CRLF, 'latin1')]);
}

/** An HTTP/1.1 response message as a WARC response record's block. */
export function httpResponse(status: number, headers: Record<string, string>, body: Uint8Array | string): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  const reason = status === 200 ? 'OK' : status === 404 ? 'Not Found' : status === 301 ? 'Moved Permanently' : 'Status';
  const lines = [`HTTP/1.1 ${status} ${reason}`, ...Object.entries({ ...headers, 'Content-Length': String(bytes.length) }).map(([n, v]) => `${n}: ${v}`)];
  return Buffer.concat([Buffer.from(lines.join(CRLF) + CRLF + CRLF, 'latin1'), bytes]);
}

/** An HTTP GET request message as a WARC request record's block. */
export function httpRequest(uri: string): Buffer {
  const url = new URL(uri);
  return Buffer.from(`GET ${url.pathname}${url.search} HTTP/1.1${CRLF}Host: ${url.host}${CRLF}User-Agent: fixture-crawler/1.0${CRLF}${CRLF}`, 'latin1');
}

/** A record as written to a .warc.gz: its own gzip member. */
export function gzipMember(record: Buffer, level = 6): Buffer {
  return gzipSync(record, { level });
}
