// One HTTP GET, no redirects followed: guarded connection, timeouts, content-type check before the body is read,
// and a size cap enforced on the decoded body as it streams (the transfer is aborted past it).
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { request, type Dispatcher } from 'undici';
import { formatSize } from '../settings.js';
import { ACCEPT_HEADER, ACCEPTED_TYPES, parseContentType, responseKind, type ContentType } from './content-type.js';
import { isRetryableStatus, parseRetryAfter } from './retry.js';
import type { FetchSettings } from './settings.js';
import { findRefusal } from './ssrf-guard.js';

/** A failed fetch: the message is one line without the URL (the caller names it); retryable says whether to try again. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface HttpResponse {
  status: number;
  headers: Map<string, string>;
  contentType: ContentType;
  /** The decoded body for a 200; null for every other status (its body is discarded). */
  body: Buffer | null;
}

export interface GetOptions {
  dispatcher: Dispatcher;
  settings: FetchSettings;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** robots.txt: any content type, and its own (smaller) size cap. */
  robots?: { maxBytes: number };
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export function isRedirect(status: number): boolean {
  return REDIRECT_STATUSES.has(status);
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

function headerMap(headers: Record<string, string | string[] | undefined>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) map.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
  }
  return map;
}

/** A one-line, URL-free description of a network-level failure, and whether retrying may help. */
export function describeNetworkError(error: unknown, settings: FetchSettings, timedOut: boolean): FetchError {
  const refusal = findRefusal(error);
  if (refusal) return new FetchError(`refused: ${refusal.message}`, false);
  if (error instanceof FetchError) return error;
  if (timedOut) return new FetchError(`took longer than ${seconds(settings.totalTimeoutMs)} in all`, true);
  const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  switch (code) {
    case 'UND_ERR_HEADERS_TIMEOUT':
      return new FetchError(`no response within ${seconds(settings.headersTimeoutMs)}`, true);
    case 'UND_ERR_BODY_TIMEOUT':
      return new FetchError(`body stalled for ${seconds(settings.bodyIdleTimeoutMs)}`, true);
    case 'UND_ERR_CONNECT_TIMEOUT':
      return new FetchError(`could not connect within ${seconds(settings.headersTimeoutMs)}`, true);
    case 'UND_ERR_SOCKET':
    case 'ECONNRESET':
    case 'EPIPE':
      return new FetchError('connection reset by the server before the response was complete', true);
    case 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH':
      return new FetchError('connection closed before the whole body arrived (shorter than its Content-Length)', true);
    case 'ECONNREFUSED':
      return new FetchError('connection refused', true);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new FetchError('host not found', code === 'EAI_AGAIN');
    case 'Z_DATA_ERROR':
    case 'Z_BUF_ERROR':
      return new FetchError('corrupt compressed body', false);
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return new FetchError(message.split('\n')[0]!, true);
    }
  }
}

function decoder(encoding: string): NodeJS.ReadWriteStream | null {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      return null;
  }
}

/** Drops a body unread; undici reports the abort as an error event, which is expected here. */
function discard(body: Readable): void {
  body.on('error', () => {});
  body.destroy();
}

/** Reads a body, decoding its Content-Encoding, and aborts the transfer as soon as it passes maxBytes. */
async function readBody(body: Readable, encoding: string, maxBytes: number): Promise<Buffer> {
  const enc = encoding.trim().toLowerCase();
  if (enc !== '' && enc !== 'identity' && decoder(enc) === null) {
    discard(body);
    throw new FetchError(`unsupported Content-Encoding "${encoding}"`, false);
  }
  const decode = decoder(enc);
  const stream: AsyncIterable<Buffer> = decode ? (pipeline(body, decode, () => {}) as unknown as AsyncIterable<Buffer>) : body;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += chunk.length;
      if (total > maxBytes) throw new FetchError(`body is over the ${formatSize(maxBytes)} limit; transfer aborted`, false);
      chunks.push(chunk);
    }
  } finally {
    if (total > maxBytes || !body.readableEnded) discard(body);
  }
  return Buffer.concat(chunks);
}

/** One GET without following redirects. Throws FetchError (one line, no URL) on anything but a readable answer. */
export async function httpGet(url: URL, options: GetOptions): Promise<HttpResponse> {
  const { settings } = options;
  const total = AbortSignal.timeout(settings.totalTimeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, total]) : total;
  try {
    const response = await request(url, {
      dispatcher: options.dispatcher,
      method: 'GET',
      headers: {
        'user-agent': settings.userAgent,
        accept: options.robots ? 'text/plain,*/*;q=0.5' : ACCEPT_HEADER,
        'accept-encoding': 'gzip, deflate, br',
        ...options.headers,
      },
      signal,
      headersTimeout: settings.headersTimeoutMs,
      bodyTimeout: settings.bodyIdleTimeoutMs,
    });
    const headers = headerMap(response.headers);
    const contentType = parseContentType(headers.get('content-type'));
    const status = response.statusCode;
    if (status !== 200) {
      // Nothing to keep from other statuses; drain a little so the connection can be reused, then drop it.
      await response.body.dump({ limit: 64 * 1024 }).catch(() => {});
      if (isRetryableStatus(status)) {
        throw new FetchError(`HTTP ${status}`, true, parseRetryAfter(headers.get('retry-after')));
      }
      return { status, headers, contentType, body: null };
    }
    if (!options.robots && contentType.mime !== '' && responseKind(contentType.mime) === null) {
      discard(response.body);
      throw new FetchError(
        `content type ${contentType.mime} refused (Dossier reads ${ACCEPTED_TYPES.join(', ')})`,
        false,
      );
    }
    const maxBytes = options.robots?.maxBytes ?? settings.maxBodyBytes;
    const declared = Number(headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes && !headers.has('content-encoding')) {
      discard(response.body);
      throw new FetchError(`body is ${formatSize(declared)}, over the ${formatSize(maxBytes)} limit; not downloaded`, false);
    }
    const body = await readBody(response.body, headers.get('content-encoding') ?? '', maxBytes);
    return { status, headers, contentType, body };
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    throw describeNetworkError(error, settings, total.aborted);
  }
}
