// Store calls inside a job survive a PostgreSQL restart: connection failures are retried with exponential backoff,
// and only an error of the document itself (or an outage longer than the give-up time) fails the job.
import { STORE_RETRY_FIRST_MS, STORE_RETRY_GIVE_UP_MS, STORE_RETRY_MAX_MS } from './settings.js';

/** Errors that say the server is unreachable or went away, not that the statement was wrong. */
const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
/** SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, crash, cannot connect now). */
const CONNECTION_SQLSTATE = /^(08|57P)/;
const CONNECTION_MESSAGES = /ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout|Client has encountered a connection error|terminating connection|the database system is (starting up|shutting down)|timeout exceeded when trying to connect/i;

export function isConnectionError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth += 1) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (CONNECTION_ERROR_CODES.has(code) || CONNECTION_SQLSTATE.test(code))) return true;
    if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true;
  }
  return false;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function retryOnConnectionError<T>(
  what: string,
  run: () => Promise<T>,
  onRetry?: (message: string) => void,
  giveUpMs = STORE_RETRY_GIVE_UP_MS,
): Promise<T> {
  const started = Date.now();
  let delay = STORE_RETRY_FIRST_MS;
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (!isConnectionError(error) || Date.now() - started > giveUpMs) throw error;
      onRetry?.(`${what}: ${error instanceof Error ? error.message : String(error)}; retrying in ${delay} ms`);
      await sleep(delay);
      delay = Math.min(delay * 2, STORE_RETRY_MAX_MS);
    }
  }
}
