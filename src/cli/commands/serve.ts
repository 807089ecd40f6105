// `dossier serve`: the web UI and JSON API over one store, on 127.0.0.1:8080 by default, until SIGINT/SIGTERM.
import { isLoopback, startServer } from '../../server/listen.js';
import { UsageError, withStore, writeLine, type Io } from '../context.js';

export interface ServeFlags {
  db?: string;
  port?: string;
  host?: string;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export function parsePort(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT;
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${text}"`);
  return Number(text);
}

/** Resolves when the process is asked to stop (or `signal` aborts). */
function stopRequested(signal?: AbortSignal): Promise<string> {
  return new Promise((resolve) => {
    const stop = (name: string) => {
      for (const s of STOP_SIGNALS) process.off(s, handlers[s]);
      resolve(name);
    };
    const handlers = { SIGINT: () => stop('SIGINT'), SIGTERM: () => stop('SIGTERM') };
    for (const s of STOP_SIGNALS) process.once(s, handlers[s]);
    signal?.addEventListener('abort', () => stop('abort'), { once: true });
  });
}

export async function runServe(flags: ServeFlags, io: Io, options: { signal?: AbortSignal } = {}): Promise<number> {
  const port = parsePort(flags.port);
  const host = flags.host ?? DEFAULT_HOST;
  return withStore(flags.db, async (store) => {
    let server;
    try {
      server = await startServer({ store, host, port, log: (message) => writeLine(io.stderr, message) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'EADDRINUSE' ? 'the port is in use (try --port)' : code === 'EADDRNOTAVAIL' ? 'no such address here' : String(error);
      throw new Error(`cannot listen on ${host}:${port}: ${reason}`);
    }
    if (!isLoopback(host)) {
      writeLine(io.stderr, `dossier: warning: listening on ${host}: anyone who can reach this address can read the store and add to it`);
    }
    // Listen for the stop signals before announcing: a caller may signal as soon as it reads the line.
    const stop = stopRequested(options.signal);
    writeLine(io.stdout, `Dossier is serving at ${server.url}/ (API: ${server.url}/openapi.json). Stop with Ctrl-C.`);
    const why = await stop;
    if (why !== 'abort') writeLine(io.stdout, `Stopping (${why})...`);
    await server.close();
    return 0;
  });
}
