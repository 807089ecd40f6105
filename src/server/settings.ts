// Limits of `dossier serve`, separate from the code that enforces them.

const KIB = 1024;
const MIB = 1024 * KIB;

export interface ServerLimits {
  /** Largest request body of POST /api/ingest and POST /ingest (all files together); larger gets 413. */
  ingestBodyBytes: number;
  /** Largest body of any other request. */
  bodyBytes: number;
  /** Most files in one upload. */
  files: number;
  /** Most URLs in one ingest request: each is a fetch with its own timeouts. */
  urls: number;
  /** Most JSON records in one ingest request. */
  records: number;
  /** Largest page of /api/stories, /api/entities, /api/quotes. */
  pageSize: number;
  /** Most search hits one request may ask for. */
  searchHits: number;
}

export const DEFAULT_SERVER_LIMITS: ServerLimits = {
  // A batch of saved article pages (a few hundred KB each) fits; a WARC belongs to `dossier ingest`.
  ingestBodyBytes: 25 * MIB,
  // Nothing else takes a body: anything past a small form is a mistake or an attack.
  bodyBytes: 64 * KIB,
  files: 200,
  urls: 50,
  records: 1000,
  pageSize: 200,
  searchHits: 100,
};

export function resolveLimits(partial: Partial<ServerLimits> = {}): ServerLimits {
  const limits = { ...DEFAULT_SERVER_LIMITS };
  for (const key of Object.keys(DEFAULT_SERVER_LIMITS) as (keyof ServerLimits)[]) {
    const value = partial[key];
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value <= 0) throw new Error(`server limit ${key} must be a positive whole number, got ${String(value)}`);
    limits[key] = value;
  }
  return limits;
}

/** Story list page size of the web UI. */
export const UI_PAGE_SIZE = 20;
/** Entities offered in the story list's entity filter (most documents first): a datalist, not an index. */
export const UI_ENTITY_SUGGESTIONS = 150;
/** Citations shown inline after a sentence; the rest are listed on demand, so a 500-source sentence stays readable. */
export const INLINE_CITATIONS = 6;
/** Memory for rendered answers of the current store version (pages, JSON); a 500-document story page is ~1 MB. */
export const RESPONSE_CACHE_BYTES = 64 * MIB;
/** Further citations listed in a "+N more" box; past this the box links to the statement's full source list. */
export const LISTED_CITATIONS = 24;
/** Sources listed on the story page; a longer list continues on `/stories/:id/sources`. */
export const LISTED_SOURCES = 60;
