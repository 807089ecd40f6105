// The corpus job's mutual exclusion: a PostgreSQL session advisory lock keyed by the store's schema, held on a
// dedicated connection for the whole job. The store is the one place every worker already shares, its locks die
// with their session (a killed worker never leaves one behind), and checking the session is cheap.
import pg from 'pg';
import { parsePostgresUrl } from '../store/postgres.js';

/** Give up connecting after this long; the job is then retried with backoff like any other fault. */
const CONNECT_TIMEOUT_MS = 10_000;

export class LostCorpusLock extends Error {
  constructor() {
    super('lost the corpus lock (its PostgreSQL session ended); the corpus job starts over');
  }
}

export interface CorpusLock {
  /** Throws when the session holding the lock is gone (PostgreSQL restarted): another job may hold it now. */
  assertHeld(): Promise<void>;
  release(): Promise<void>;
}

export async function acquireCorpusLock(storeLocation: string): Promise<CorpusLock> {
  const { connectionString, schema } = parsePostgresUrl(storeLocation);
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  let lost: Error | null = null;
  client.on('error', (error) => {
    lost = error;
  });
  await client.connect();
  const key = `dossier-corpus:${schema}`;
  try {
    // Blocks while another corpus job of this schema runs; two at once would interleave their writes.
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return {
    async assertHeld() {
      // Deliberately not a connection error: the job must fail and start over, not retry with a lock it lost.
      if (lost) throw new LostCorpusLock();
      const rows = await client
        .query<{ held: boolean }>("SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted) AS held")
        .then((r) => r.rows, () => []);
      if (!rows[0]?.held) throw new LostCorpusLock();
    },
    async release() {
      // Ending the session releases the lock even when the unlock cannot be sent.
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => {});
      await client.end().catch(() => {});
    },
  };
}
