// Streams the records of a WARC file (ISO 28500) one at a time: gunzip by node:zlib (a .warc.gz is one gzip member
// per record, which zlib's gunzip reads as one stream), then a framing reader that holds at most one record's
// header and block in memory. Blocks over the record limit are skipped without being buffered.
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { formatSize } from '../settings.js';

// A WARC header is a few hundred bytes; 64 KB leaves room for long URIs while stopping a file that is no WARC early.
export const MAX_WARC_HEADER_BYTES = 64 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
const WARC_VERSION = /^WARC\/\d+\.\d+\r?$/;
const WARC_MAGIC = Buffer.from('WARC/', 'latin1');

export class WarcFormatError extends Error {}

export interface WarcRecordHead {
  /** 1-based position of the record in the file. */
  n: number;
  /** Header fields with lowercased names ("warc-type", "warc-target-uri", "content-type", ...). */
  fields: Map<string, string>;
  contentLength: number;
}

export type WarcRecord =
  | (WarcRecordHead & { block: Buffer })
  /** The block was larger than the limit and was skipped unread. */
  | (WarcRecordHead & { block: null; tooBig: string });

/** Pulls bytes from a chunk iterator on demand; keeps only what has not been consumed yet. */
class ByteQueue {
  private buffer: Buffer = Buffer.alloc(0);
  private done = false;
  constructor(private readonly chunks: AsyncIterator<Buffer>) {}

  get length(): number {
    return this.buffer.length;
  }

  /** Reads more until at least `min` bytes are buffered; false when the stream ends first. */
  async fill(min: number): Promise<boolean> {
    while (this.buffer.length < min && !this.done) {
      const next = await this.chunks.next();
      if (next.done) this.done = true;
      else this.buffer = this.buffer.length === 0 ? next.value : Buffer.concat([this.buffer, next.value]);
    }
    return this.buffer.length >= min;
  }

  async atEnd(): Promise<boolean> {
    return !(await this.fill(1));
  }

  peek(): Buffer {
    return this.buffer;
  }

  take(n: number): Buffer {
    const out = this.buffer.subarray(0, n);
    this.buffer = this.buffer.subarray(n);
    return out;
  }

  /** Index of `needle` in the buffered bytes, reading more up to `limit` bytes; -1 when not found within it. */
  async indexOf(needle: Buffer, limit: number): Promise<number> {
    let from = 0;
    for (;;) {
      const at = this.buffer.indexOf(needle, from);
      if (at >= 0 && at < limit) return at;
      if (this.buffer.length >= limit || this.done) return -1;
      from = Math.max(0, this.buffer.length - needle.length + 1);
      await this.fill(this.buffer.length + 1);
    }
  }

  /** Discards n bytes without keeping them; returns how many were there. */
  async skip(n: number): Promise<number> {
    let left = n;
    while (left > 0) {
      if (this.buffer.length === 0 && !(await this.fill(1))) break;
      const step = Math.min(left, this.buffer.length);
      this.take(step);
      left -= step;
    }
    return n - left;
  }
}

function parseFields(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  let last: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) {
      // A folded continuation line belongs to the field above.
      fields.set(last, `${fields.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    fields.set(last, line.slice(colon + 1).trim());
  }
  return fields;
}

/** Whether the stream starts with the gzip magic bytes, without consuming them. */
function isGzip(head: Buffer): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

/** A stream of the file's WARC bytes: gunzipped when it starts with the gzip magic (whatever its name). */
async function* warcBytes(source: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const bytes = (chunk: Buffer | string) => (typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : Buffer.from(chunk));
  const first = await iterator.next();
  if (first.done) return;
  const rest = (async function* () {
    yield bytes(first.value);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield bytes(next.value);
  })();
  if (!isGzip(bytes(first.value))) {
    try {
      yield* rest;
    } finally {
      (source as Partial<Readable>).destroy?.();
    }
    return;
  }
  yield* gunzipMembers(rest, () => (source as Partial<Readable>).destroy?.());
}

/**
 * Gunzips chunk by chunk, pulled by the reader: each compressed chunk is written only when the output of the one
 * before has been taken, so memory stays at one chunk's output, and records before a corrupt member still come out.
 */
async function* gunzipMembers(chunks: AsyncIterable<Buffer>, close: () => void): AsyncGenerator<Buffer> {
  const gunzip = createGunzip();
  let output: Buffer[] = [];
  let failure: Error | null = null;
  let fed = 0;
  gunzip.on('data', (chunk: Buffer) => output.push(chunk));
  gunzip.on('error', (error) => {
    failure = error;
  });
  const settle = (start: (done: () => void) => void) =>
    new Promise<void>((resolve) => {
      const done = () => {
        gunzip.off('error', done);
        resolve();
      };
      gunzip.once('error', done);
      start(done);
    });
  const drain = function* () {
    const ready = output;
    output = [];
    yield* ready;
  };
  const corrupt = (error: Error) => new WarcFormatError(`corrupt gzip (${error.message})`);
  try {
    for await (const chunk of chunks) {
      fed += chunk.length;
      await settle((done) => gunzip.write(chunk, () => done()));
      yield* drain();
      if (failure) throw corrupt(failure);
    }
    await settle((done) => gunzip.end(done));
    yield* drain();
    if (failure) throw corrupt(failure);
    // zlib stops quietly at bytes that do not start a gzip member; in a WARC that means damage, not padding.
    if (gunzip.bytesWritten < fed) {
      throw new WarcFormatError(`corrupt gzip (${fed - gunzip.bytesWritten} bytes from offset ${gunzip.bytesWritten} are not gzip data)`);
    }
  } finally {
    gunzip.destroy();
    close();
  }
}

export interface WarcReadOptions {
  /** Blocks larger than this are skipped and reported, never buffered. */
  maxRecordBytes: number;
}

/**
 * Yields each record of a WARC stream in order. Throws WarcFormatError (after yielding every record before it)
 * when the file is not a WARC, a header is malformed or the file ends inside a record.
 */
export async function* readWarcRecords(source: NodeJS.ReadableStream, options: WarcReadOptions): AsyncGenerator<WarcRecord> {
  const queue = new ByteQueue(warcBytes(source)[Symbol.asyncIterator]());
  for (let n = 1; ; n++) {
    // Records are separated by CRLF CRLF; tolerate stray blank lines between them.
    while ((await queue.fill(1)) && (queue.peek()[0] === 0x0d || queue.peek()[0] === 0x0a)) queue.take(1);
    if (await queue.atEnd()) return;
    await queue.fill(WARC_MAGIC.length);
    if (!queue.peek().subarray(0, WARC_MAGIC.length).equals(WARC_MAGIC)) {
      const start = queue.peek().subarray(0, 40).toString('latin1').split(/\r?\n/)[0];
      throw new WarcFormatError(`record ${n}: starts with "${start}", not a WARC version line (not a WARC file?)`);
    }
    const headerEnd = await queue.indexOf(HEADER_END, MAX_WARC_HEADER_BYTES);
    if (headerEnd < 0) {
      throw new WarcFormatError(
        queue.length >= MAX_WARC_HEADER_BYTES
          ? `record ${n}: no WARC header end within ${formatSize(MAX_WARC_HEADER_BYTES)} (not a WARC file?)`
          : `record ${n}: file ends inside the WARC header (truncated)`,
      );
    }
    const header = queue.take(headerEnd + HEADER_END.length).toString('latin1');
    const firstLineEnd = header.indexOf('\n');
    const version = header.slice(0, firstLineEnd);
    if (!WARC_VERSION.test(version)) {
      throw new WarcFormatError(`record ${n}: starts with "${version.trim().slice(0, 40)}", not a WARC version line (not a WARC file?)`);
    }
    const fields = parseFields(header.slice(firstLineEnd + 1));
    const lengthText = fields.get('content-length') ?? '';
    if (!/^\d+$/.test(lengthText)) throw new WarcFormatError(`record ${n}: missing or invalid Content-Length "${lengthText}"`);
    const contentLength = Number(lengthText);
    const head: WarcRecordHead = { n, fields, contentLength };
    if (contentLength > options.maxRecordBytes) {
      const skipped = await queue.skip(contentLength);
      if (skipped < contentLength) throw new WarcFormatError(`record ${n}: file ends inside the record block (truncated)`);
      yield { ...head, block: null, tooBig: `record ${n} is ${formatSize(contentLength)}, over the ${formatSize(options.maxRecordBytes)} record limit` };
      continue;
    }
    if (!(await queue.fill(contentLength))) throw new WarcFormatError(`record ${n}: file ends inside the record block (truncated)`);
    // Copy the block out so the record does not pin the (possibly larger) chunk it was cut from.
    yield { ...head, block: Buffer.from(queue.take(contentLength)) };
  }
}
