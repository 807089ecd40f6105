// Puts the app on a socket: @hono/node-server over node:http, with a clean close for graceful shutdown.
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.js';
import { LOOPBACK_HOSTS } from './security.js';

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting connections, lets requests in flight finish (up to `graceMs`), then closes the rest. */
  close(graceMs?: number): Promise<void>;
}

/** Idle keep-alive connections would hold a shutdown open; requests in flight get this long to finish. */
const DEFAULT_GRACE_MS = 5_000;

export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.includes(host) || /^127\./.test(host);
}

export async function startServer(options: AppOptions & { host: string; port: number }): Promise<RunningServer> {
  const { host, port, ...appOptions } = options;
  // On a loopback address only loopback names are answered (no DNS rebinding); elsewhere the operator decides.
  const allowedHosts = appOptions.allowedHosts ?? (isLoopback(host) ? [...LOOPBACK_HOSTS, host] : undefined);
  const app = createApp({ ...appOptions, allowedHosts });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port }, () => resolve(s as Server)) as Server;
    s.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}`,
    port: address.port,
    close: (graceMs = DEFAULT_GRACE_MS) =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), graceMs).unref();
      }),
  };
}
