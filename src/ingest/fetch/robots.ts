// robots.txt (RFC 9309), fetched once per origin and cached: 2xx rules apply, 4xx means no rules, and a server
// error or an unreachable robots.txt means "disallow everything" until it can be read (RFC 9309 section 2.3.1).
import * as robotsModule from 'robots-parser';
import { FetchError } from './http-get.js';

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}

// robots-parser is CommonJS with typings NodeNext cannot call; its function is the namespace's default.
const robotsParser = (robotsModule as unknown as { default: (url: string, contents: string) => Robot }).default;

export type RobotsAnswer = { allowed: true; crawlDelayMs: number | null } | { allowed: false; reason: string };

/** What fetching /robots.txt returned: a status and body, or a network failure. */
export type RobotsFetch = (robotsUrl: URL, signal?: AbortSignal) => Promise<{ status: number; body: Buffer | null }>;

type Rules =
  | { kind: 'rules'; robot: Robot }
  | { kind: 'none' }
  | { kind: 'unreachable'; why: string };

// Crawl-delay above this is treated as this: a robots.txt asking for an hour between requests stalls a batch.
const MAX_CRAWL_DELAY_MS = 60_000;

export class RobotsCache {
  private readonly origins = new Map<string, { at: number; rules: Promise<Rules> }>();

  constructor(
    private readonly fetchRobots: RobotsFetch,
    private readonly agent: string,
    private readonly ttlMs: number,
  ) {}

  private async load(origin: string, signal?: AbortSignal): Promise<Rules> {
    const robotsUrl = new URL('/robots.txt', origin);
    try {
      const { status, body } = await this.fetchRobots(robotsUrl, signal);
      if (status >= 200 && status < 300) return { kind: 'rules', robot: robotsParser(robotsUrl.href, (body ?? Buffer.alloc(0)).toString('utf8')) };
      if (status >= 400 && status < 500) return { kind: 'none' };
      return { kind: 'unreachable', why: `HTTP ${status}` };
    } catch (error) {
      if (signal?.aborted) throw error;
      // A robots.txt too big to read is still a robots.txt that exists; one we cannot reach is not.
      if (error instanceof FetchError && !error.retryable) return { kind: 'none' };
      return { kind: 'unreachable', why: error instanceof Error ? error.message : String(error) };
    }
  }

  private rules(url: URL, signal?: AbortSignal): Promise<Rules> {
    const cached = this.origins.get(url.origin);
    if (cached && Date.now() - cached.at < this.ttlMs) return cached.rules;
    const rules = this.load(url.origin, signal);
    this.origins.set(url.origin, { at: Date.now(), rules });
    // A failed load (aborted) must not be cached.
    rules.catch(() => this.origins.delete(url.origin));
    return rules;
  }

  async check(url: URL, signal?: AbortSignal): Promise<RobotsAnswer> {
    const rules = await this.rules(url, signal);
    if (rules.kind === 'none') return { allowed: true, crawlDelayMs: null };
    if (rules.kind === 'unreachable') {
      return { allowed: false, reason: `robots.txt of ${url.origin} could not be read (${rules.why}); nothing is fetched from it until it can` };
    }
    if (rules.robot.isAllowed(url.href, this.agent) === false) {
      return { allowed: false, reason: `disallowed by ${url.origin}/robots.txt for user agent ${this.agent}` };
    }
    const delay = rules.robot.getCrawlDelay(this.agent);
    return { allowed: true, crawlDelayMs: typeof delay === 'number' && delay > 0 ? Math.min(delay * 1000, MAX_CRAWL_DELAY_MS) : null };
  }
}
