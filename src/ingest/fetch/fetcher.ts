// Fetches one URL politely and safely: SSRF guard on every hop and every resolved address, robots.txt, per-host
// limits, retries with backoff on 429/5xx/network errors, bounded redirects, conditional GET.
import { Agent } from 'undici';
import type { ContentType } from './content-type.js';
import { HostLimiter } from './host-limiter.js';
import { FetchError, httpGet, isRedirect, type HttpResponse } from './http-get.js';
import { backoffMs, sleep } from './retry.js';
import { RobotsCache } from './robots.js';
import type { FetchSettings } from './settings.js';
import { checkUrl, guardedLookup, RefusedError, type Resolver } from './ssrf-guard.js';

// RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt.
const ROBOTS_MAX_BYTES = 512 * 1024;

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchedResponse {
  kind: 'fetched';
  /** The URL asked for. */
  url: string;
  /** Where the body came from, after redirects. */
  finalUrl: string;
  contentType: ContentType;
  body: Buffer;
  etag: string | null;
  lastModified: string | null;
  /** The Date header: when the server sent it. */
  date: string | null;
}

export type FetchOutcome = FetchedResponse | { kind: 'not-modified'; url: string; finalUrl: string };

export interface FetcherOptions {
  /** Host name resolution (tests point names at fixed addresses); the system resolver by default. */
  resolver?: Resolver;
  /** Jitter source for backoff. */
  random?: () => number;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

export class Fetcher {
  private readonly dispatcher: Agent;
  private readonly limiter: HostLimiter;
  private readonly robots: RobotsCache;
  private readonly random: () => number;

  constructor(
    readonly settings: FetchSettings,
    options: FetcherOptions = {},
  ) {
    const policy = { allowPrivate: settings.allowPrivate, allowAddresses: settings.allowAddresses };
    this.dispatcher = new Agent({
      connect: { lookup: guardedLookup(policy, options.resolver), timeout: settings.headersTimeoutMs },
      headersTimeout: settings.headersTimeoutMs,
      bodyTimeout: settings.bodyIdleTimeoutMs,
      connections: settings.hostConcurrency,
    });
    this.limiter = new HostLimiter(settings.hostConcurrency, settings.hostIntervalMs);
    this.random = options.random ?? Math.random;
    this.robots = new RobotsCache(
      async (robotsUrl, signal) => {
        const response = await this.follow(robotsUrl.href, {}, { robots: true, signal });
        return { status: response.status, body: response.body };
      },
      settings.robotsAgent,
      settings.robotsTtlMs,
    );
  }

  private policy() {
    return { allowPrivate: this.settings.allowPrivate, allowAddresses: this.settings.allowAddresses };
  }

  /** One hop, retried on 429/5xx/network errors with backoff (or the server's Retry-After). */
  private async getWithRetries(url: URL, headers: Record<string, string>, robots: boolean, signal?: AbortSignal): Promise<HttpResponse> {
    const { retries, backoffBaseMs, maxRetryWaitMs } = this.settings;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.limiter.run(
          url.host,
          () =>
            httpGet(url, {
              dispatcher: this.dispatcher,
              settings: this.settings,
              headers,
              signal,
              ...(robots ? { robots: { maxBytes: ROBOTS_MAX_BYTES } } : {}),
            }),
          signal,
        );
      } catch (error) {
        if (!(error instanceof FetchError) || !error.retryable) throw error;
        if (attempt >= retries) {
          throw new FetchError(retries > 0 ? `${error.message} (gave up after ${attempt + 1} attempts)` : error.message, true);
        }
        if (error.retryAfterMs !== null && error.retryAfterMs > maxRetryWaitMs) {
          throw new FetchError(`${error.message}; Retry-After asks for ${seconds(error.retryAfterMs)}, over the ${seconds(maxRetryWaitMs)} limit`, true);
        }
        await sleep(error.retryAfterMs ?? backoffMs(attempt, backoffBaseMs, maxRetryWaitMs, this.random), signal);
      }
    }
  }

  /** Follows redirects up to the limit; every hop is checked (scheme, address, robots.txt) like the first. */
  private async follow(
    start: string,
    headers: Record<string, string>,
    options: { robots: boolean; signal?: AbortSignal },
  ): Promise<HttpResponse & { finalUrl: string }> {
    const seen = [start];
    let url = start;
    for (let hop = 0; ; hop++) {
      let parsed: URL;
      try {
        parsed = checkUrl(url, this.policy());
      } catch (error) {
        const where = hop === 0 ? '' : ` (redirected to ${url})`;
        throw new FetchError(`refused${where}: ${error instanceof RefusedError ? error.message : String(error)}`, false);
      }
      if (!options.robots) {
        const robots = await this.robots.check(parsed, options.signal);
        if (!robots.allowed) throw new FetchError(hop === 0 ? robots.reason : `redirected to ${url}, ${robots.reason}`, false);
        if (robots.crawlDelayMs) this.limiter.slowDown(parsed.host, robots.crawlDelayMs);
      }
      let response: HttpResponse;
      try {
        response = await this.getWithRetries(parsed, headers, options.robots, options.signal);
      } catch (error) {
        if (hop > 0 && error instanceof FetchError) throw new FetchError(`redirected to ${url}: ${error.message}`, error.retryable);
        throw error;
      }
      if (!isRedirect(response.status)) return { ...response, finalUrl: url };
      const location = response.headers.get('location');
      if (!location) throw new FetchError(`HTTP ${response.status} redirect without a Location`, false);
      const next = new URL(location, url).href;
      if (seen.includes(next)) throw new FetchError(`redirect loop: ${[...seen, next].join(' -> ')}`, false);
      if (hop + 1 > this.settings.maxRedirects) throw new FetchError(`more than ${this.settings.maxRedirects} redirects (last to ${next})`, false);
      seen.push(next);
      url = next;
    }
  }

  /** Fetches a URL; with validators, a 304 comes back as 'not-modified'. Throws FetchError with a one-line reason. */
  async fetch(url: string, validators: Validators = {}, signal?: AbortSignal): Promise<FetchOutcome> {
    const headers: Record<string, string> = {};
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    const response = await this.follow(url, headers, { robots: false, signal });
    if (response.status === 304) return { kind: 'not-modified', url, finalUrl: response.finalUrl };
    if (response.status !== 200 || !response.body) throw new FetchError(`HTTP ${response.status}`, false);
    return {
      kind: 'fetched',
      url,
      finalUrl: response.finalUrl,
      contentType: response.contentType,
      body: response.body,
      etag: response.headers.get('etag') ?? null,
      lastModified: response.headers.get('last-modified') ?? null,
      date: response.headers.get('date') ?? null,
    };
  }

  async close(): Promise<void> {
    await this.dispatcher.destroy();
  }
}
