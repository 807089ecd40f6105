// Rendered answers of GET routes kept per store version: a page is built once per version however many readers
// ask for it, and is sent gzipped from memory. Correct because the store's version moves, in the same transaction,
// with every write that changes what a page shows; an entry of an older version is never served.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const gzip = promisify(gzipCallback);

export interface CachedAnswer {
  key: string;
  body: string;
  type: string;
  etag: string;
  /** Made on the first request that accepts gzip, then kept. */
  gzipped: Buffer | null;
  bytes: number;
}

/** Answers smaller than this are sent as they are: gzip would save nothing worth a header. */
const GZIP_THRESHOLD_BYTES = 1024;

/** Latest-used answers of one store version, bounded by their total size; the oldest used go first. */
export class ResponseCache {
  private version: number | null = null;
  private readonly entries = new Map<string, CachedAnswer>();
  private readonly building = new Map<string, Promise<CachedAnswer | null>>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** Drops everything when the store has moved on: answers of an older version are never right again. */
  private at(version: number): void {
    if (this.version === version) return;
    this.version = version;
    this.entries.clear();
    this.building.clear();
    this.bytes = 0;
  }

  get(version: number, key: string): CachedAnswer | undefined {
    this.at(version);
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** The answer being built for the key by another request, if any: waiters share it instead of building again. */
  pending(version: number, key: string): Promise<CachedAnswer | null> | undefined {
    this.at(version);
    return this.building.get(key);
  }

  /** Builds the key's answer once; concurrent requests for it wait on the same build. */
  build(version: number, key: string, make: () => Promise<CachedAnswer | null>): Promise<CachedAnswer | null> {
    this.at(version);
    const promise = make().then(
      (entry) => {
        if (this.building.get(key) === promise) this.building.delete(key);
        if (entry && this.version === version) this.put(key, entry);
        return entry;
      },
      (error: unknown) => {
        if (this.building.get(key) === promise) this.building.delete(key);
        throw error;
      },
    );
    this.building.set(key, promise);
    return promise;
  }

  private put(key: string, entry: CachedAnswer): void {
    if (entry.bytes > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) this.bytes -= old.bytes;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
  }

  /** Counts the gzipped copy once it exists, so the size bound holds. */
  addGzipped(entry: CachedAnswer, gzipped: Buffer): void {
    if (entry.gzipped) return;
    entry.gzipped = gzipped;
    entry.bytes += gzipped.length;
    if (this.entries.get(entry.key) === entry) this.bytes += gzipped.length;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}

function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name !== 'gzip' && name !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/** The ETag matches one of an If-None-Match list (weak comparison, as RFC 9110 asks for GET). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}

export interface CacheMiddlewareOptions {
  cache: ResponseCache;
  /** The store's current version; read on every cacheable request. */
  version: () => Promise<number>;
  /** Routes whose GET answers depend only on the URL and the store. */
  cacheable: (path: string) => boolean;
}

/**
 * Serves GET answers of cacheable routes from the cache, building each once per store version. Only 200 answers
 * are kept. A request with `Cache-Control: no-cache` (a hard reload, or the benchmark timing a render) builds
 * the answer again and refreshes the entry.
 */
export function responseCache(options: CacheMiddlewareOptions): MiddlewareHandler {
  const { cache } = options;
  return async (c, next) => {
    if (c.req.method !== 'GET' || !options.cacheable(c.req.path)) return next();
    const version = await options.version();
    const url = new URL(c.req.url);
    const key = `${url.pathname}${url.search}`;
    const fresh = /\bno-cache\b/i.test(c.req.header('cache-control') ?? '');
    let entry = fresh ? undefined : cache.get(version, key);
    let hit = Boolean(entry);
    if (!entry) {
      const pending = fresh ? undefined : cache.pending(version, key);
      if (pending) {
        entry = (await pending) ?? undefined;
        hit = Boolean(entry);
      }
    }
    // Set inside the build (a callback), so held in an object the compiler does not narrow.
    const build = { ran: false, timing: null as string | null };
    if (!entry) {
      const built = await cache.build(version, key, async () => {
        await next();
        build.ran = true;
        const type = c.res.headers.get('Content-Type') ?? '';
        if (c.res.status !== 200 || c.res.headers.has('Content-Encoding') || !/^(text\/html|application\/json)/.test(type)) return null;
        build.timing = c.res.headers.get('Server-Timing');
        const body = await c.res.text();
        const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
        return { key, body, type, etag, gzipped: null, bytes: body.length };
      });
      // Not cacheable (an error, a 404): the answer next() made is already on the context.
      if (!built) return build.ran ? undefined : next();
      entry = built;
    }
    const headers: Record<string, string> = {
      'Content-Type': entry.type,
      ETag: entry.etag,
      Vary: 'Accept-Encoding',
      // Pages change with every ingest: a browser asks again each time and gets a 304 while nothing changed.
      'Cache-Control': 'no-cache',
    };
    if (hit) headers['Server-Timing'] = 'cache;desc="hit"';
    else if (build.timing) headers['Server-Timing'] = build.timing;
    let answer: Response;
    if (matches(c.req.header('if-none-match'), entry.etag)) answer = new Response(null, { status: 304, headers });
    else if (entry.body.length >= GZIP_THRESHOLD_BYTES && acceptsGzip(c.req.header('accept-encoding'))) {
      if (!entry.gzipped) cache.addGzipped(entry, await gzip(entry.body));
      answer = new Response(new Uint8Array(entry.gzipped!), { status: 200, headers: { ...headers, 'Content-Encoding': 'gzip' } });
    } else answer = new Response(entry.body, { status: 200, headers });
    // Replace, not merge: the built answer's own headers (its length, its encoding) must not leak onto this one.
    c.res = undefined;
    c.res = answer;
  };
}
