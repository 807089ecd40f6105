// The HTTP response inside a WARC response record: status, headers and the payload with its transfer and content
// encodings undone (crawlers store the bytes as they came off the wire; Common Crawl usually removes them already).
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { formatSize } from '../settings.js';

// HTTP response heads are a few KB; the limit only stops a block that is not HTTP at all.
const MAX_HTTP_HEAD_BYTES = 64 * 1024;
const STATUS_LINE = /^HTTP\/\d(?:\.\d)?\s+(\d{3})(?:\s|$)/;

export interface HttpResponse {
  status: number;
  /** Header fields with lowercased names; repeated fields joined with ", ". */
  headers: Map<string, string>;
  payload: Buffer;
}

export type HttpParse = { ok: true; response: HttpResponse } | { ok: false; reason: string };

function headEnd(block: Buffer): { end: number; separator: number } | null {
  const window = block.subarray(0, MAX_HTTP_HEAD_BYTES);
  const crlf = window.indexOf('\r\n\r\n', 0, 'latin1');
  const lf = window.indexOf('\n\n', 0, 'latin1');
  if (crlf >= 0 && (lf < 0 || crlf <= lf)) return { end: crlf, separator: 4 };
  if (lf >= 0) return { end: lf, separator: 2 };
  return null;
}

/** Undoes chunked transfer coding; null when the chunk framing is broken. */
export function dechunk(body: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at, 'latin1');
    if (lineEnd < 0) return null;
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size < 0) return null;
    if (size === 0) return Buffer.concat(parts);
    const start = lineEnd + 2;
    if (start + size > body.length) return null;
    parts.push(body.subarray(start, start + size));
    at = start + size + 2;
  }
}

/** Undoes a Content-Encoding (gzip, deflate, br) within the size limit. */
function decodeContent(payload: Buffer, encoding: string, maxBytes: number): { ok: true; bytes: Buffer } | { ok: false; reason: string } {
  const options = { maxOutputLength: maxBytes };
  try {
    switch (encoding) {
      case '':
      case 'identity':
        return { ok: true, bytes: payload };
      case 'gzip':
      case 'x-gzip':
        return { ok: true, bytes: gunzipSync(payload, options) };
      case 'deflate':
        // "deflate" is zlib-wrapped by the spec but raw deflate in the wild.
        try {
          return { ok: true, bytes: inflateSync(payload, options) };
        } catch {
          return { ok: true, bytes: inflateRawSync(payload, options) };
        }
      case 'br':
        return { ok: true, bytes: brotliDecompressSync(payload, options) };
      default:
        return { ok: false, reason: `unsupported Content-Encoding "${encoding}"` };
    }
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      return { ok: false, reason: `decoded payload exceeds the ${formatSize(maxBytes)} record limit` };
    }
    return { ok: false, reason: `corrupt ${encoding} payload (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Parses the HTTP response in a WARC block and returns its decoded payload. */
export function parseHttpResponse(block: Buffer, maxPayloadBytes: number): HttpParse {
  const end = headEnd(block);
  if (!end) return { ok: false, reason: 'no HTTP response head' };
  const lines = block.subarray(0, end.end).toString('latin1').split(/\r?\n/);
  const status = STATUS_LINE.exec(lines[0] ?? '');
  if (!status) return { ok: false, reason: `not an HTTP status line: "${(lines[0] ?? '').slice(0, 40)}"` };
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  let payload = block.subarray(end.end + end.separator);
  if ((headers.get('transfer-encoding') ?? '').toLowerCase().includes('chunked')) {
    // Some crawlers keep the header but store the payload already dechunked: keep it as is then.
    payload = dechunk(payload) ?? payload;
  }
  const decoded = decodeContent(payload, (headers.get('content-encoding') ?? '').trim().toLowerCase(), maxPayloadBytes);
  if (!decoded.ok) return decoded;
  return { ok: true, response: { status: Number(status[1]), headers, payload: decoded.bytes } };
}
