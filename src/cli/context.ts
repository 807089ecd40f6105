// What every command shares: the store it opens and where it writes.
import fs from 'node:fs';
import { SqliteStore, DEFAULT_DB_PATH } from '../store/sqlite.js';
import { PgStore, isPostgresUrl } from '../store/postgres.js';
import type { Store } from '../store/store.js';

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadableStream;
}

export class UsageError extends Error {}

/**
 * Opens the store: `--db`, else DOSSIER_DB, else ./dossier.db; a postgres:// URL opens PostgreSQL. Commands that only
 * read refuse to create an empty SQLite file where the user mistyped a path.
 */
export async function openStore(dbPath: string | undefined, options: { create?: boolean } = {}): Promise<Store> {
  const path = dbPath ?? (process.env.DOSSIER_DB || DEFAULT_DB_PATH);
  if (isPostgresUrl(path)) return PgStore.open(path);
  if (options.create === false && path !== ':memory:' && !fs.existsSync(path)) {
    const ingest = path === DEFAULT_DB_PATH ? 'dossier ingest INPUT...' : `dossier ingest --db ${path} INPUT...`;
    throw new Error(`no store at ${path} (run \`${ingest}\` first)`);
  }
  try {
    return await SqliteStore.open(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot open the store ${path}: ${reason}`);
  }
}

export async function withStore<T>(
  dbPath: string | undefined,
  run: (store: Store) => Promise<T>,
  options: { create?: boolean } = {},
): Promise<T> {
  const store = await openStore(dbPath, options);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

export function writeLine(stream: NodeJS.WritableStream, text = ''): void {
  stream.write(`${text}\n`);
}
