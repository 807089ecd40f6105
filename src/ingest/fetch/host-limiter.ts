// Politeness per host: at most N requests in flight and a minimum gap between request starts.
import { sleep } from './retry.js';

interface HostState {
  active: number;
  nextStart: number;
  intervalMs: number;
  waiters: (() => void)[];
}

export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly concurrency: number,
    private readonly intervalMs: number,
  ) {}

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, intervalMs: this.intervalMs, waiters: [] };
      this.hosts.set(host, state);
    }
    return state;
  }

  /** Raises a host's gap (robots.txt Crawl-delay); never lowers it below the configured one. */
  slowDown(host: string, intervalMs: number): void {
    const state = this.state(host);
    state.intervalMs = Math.max(this.intervalMs, intervalMs);
  }

  /** Runs fn when the host has a free slot and its gap has passed. */
  async run<T>(host: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const state = this.state(host);
    for (;;) {
      signal?.throwIfAborted();
      if (state.active >= this.concurrency) {
        await new Promise<void>((resolve) => state.waiters.push(resolve));
        continue;
      }
      const wait = state.nextStart - Date.now();
      if (wait > 0) {
        await sleep(wait, signal);
        continue;
      }
      break;
    }
    state.active++;
    state.nextStart = Date.now() + state.intervalMs;
    try {
      return await fn();
    } finally {
      state.active--;
      state.waiters.shift()?.();
    }
  }
}
