// Limits and politeness of fetching, separated from the code that applies them.

export interface FetchSettings {
  /** Sent with every request and matched against robots.txt groups. */
  userAgent: string;
  /** Token matched against robots.txt User-agent lines. */
  robotsAgent: string;
  /** Connect plus response headers, per request. */
  headersTimeoutMs: number;
  /** Longest silence while reading a body. */
  bodyIdleTimeoutMs: number;
  /** Whole request, first byte to last: stops a server that drips bytes forever. */
  totalTimeoutMs: number;
  /** Largest response body, after content decoding; the stream is aborted past it. */
  maxBodyBytes: number;
  maxRedirects: number;
  /** Retries after the first attempt, on 429, 5xx and network errors. */
  retries: number;
  /** First backoff; each retry doubles it, with full jitter. */
  backoffBaseMs: number;
  /** Longest single wait, whether from backoff or a Retry-After. */
  maxRetryWaitMs: number;
  /** Requests in flight to one host. */
  hostConcurrency: number;
  /** Gap between the starts of two requests to one host (robots.txt Crawl-delay raises it). */
  hostIntervalMs: number;
  /** Requests in flight overall. */
  concurrency: number;
  /** Private, loopback and link-local addresses are refused unless this is set (--allow-private). */
  allowPrivate: boolean;
  /** Single addresses allowed although private (--allow-address), e.g. one intranet news server. */
  allowAddresses: string[];
  /** How long a host's robots.txt is trusted before it is fetched again. */
  robotsTtlMs: number;
}

const SECOND = 1000;
const MIB = 1024 * 1024;

export const DEFAULT_FETCH_SETTINGS: FetchSettings = {
  userAgent: 'Dossier/0.1 (news dossier builder; honours robots.txt)',
  robotsAgent: 'Dossier',
  // A healthy news server answers within a few seconds; 20 s allows a slow one without hanging a batch.
  headersTimeoutMs: 20 * SECOND,
  bodyIdleTimeoutMs: 20 * SECOND,
  // An article page arrives in seconds; a minute means a tarpit.
  totalTimeoutMs: 60 * SECOND,
  // The same cap as a file read from disk (--max-file-size); a news page is well under 5 MB.
  maxBodyBytes: 50 * MIB,
  // Browsers stop at 20; a news site needs at most 2-3 (http -> https -> canonical).
  maxRedirects: 5,
  retries: 3,
  backoffBaseMs: 1 * SECOND,
  // Waiting longer than this for one page is worse than recording a failure and moving on.
  maxRetryWaitMs: 60 * SECOND,
  // Two connections per host and one request a second is the usual polite crawler rate.
  hostConcurrency: 2,
  hostIntervalMs: 1 * SECOND,
  concurrency: 8,
  allowPrivate: false,
  allowAddresses: [],
  // RFC 9309: a cached robots.txt should not be used for more than 24 hours.
  robotsTtlMs: 24 * 60 * 60 * SECOND,
};

export function resolveFetchSettings(partial: Partial<FetchSettings> = {}): FetchSettings {
  const settings = { ...DEFAULT_FETCH_SETTINGS, ...partial };
  for (const key of ['headersTimeoutMs', 'bodyIdleTimeoutMs', 'totalTimeoutMs', 'maxBodyBytes', 'hostConcurrency', 'concurrency'] as const) {
    if (!Number.isFinite(settings[key]) || settings[key] <= 0) throw new Error(`fetch setting ${key} must be positive, got ${String(settings[key])}`);
  }
  for (const key of ['maxRedirects', 'retries', 'backoffBaseMs', 'maxRetryWaitMs', 'hostIntervalMs', 'robotsTtlMs'] as const) {
    if (!Number.isFinite(settings[key]) || settings[key] < 0) throw new Error(`fetch setting ${key} must be zero or more, got ${String(settings[key])}`);
  }
  return settings;
}

const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i;
const DURATION_UNITS: Record<string, number> = { ms: 1, s: SECOND, m: 60 * SECOND, h: 3600 * SECOND };

/** Parses "15m", "30s", "1h", "500ms" (a bare number is seconds) into milliseconds; throws a clear Error otherwise. */
export function parseDuration(text: string): number {
  const match = DURATION.exec(text.trim());
  if (!match) throw new Error(`invalid duration "${text}": expected a number with a unit (ms, s, m, h), e.g. 15m`);
  const ms = Number(match[1]) * DURATION_UNITS[(match[2] ?? 's').toLowerCase()]!;
  if (!Number.isFinite(ms)) throw new Error(`invalid duration "${text}"`);
  return Math.round(ms);
}
