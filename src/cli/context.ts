// What every command shares: the store it opens and where it writes.
import { SqliteStore, DEFAULT_DB_PATH } from '../store/sqlite.js';
import type { Store } from '../store/store.js';

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadableStream;
}

export class UsageError extends Error {}

export async function openStore(dbPath: string | undefined): Promise<Store> {
  const path = dbPath ?? DEFAULT_DB_PATH;
  try {
    return await SqliteStore.open(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot open the store ${path}: ${reason}`);
  }
}

export async function withStore<T>(dbPath: string | undefined, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(dbPath);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

export function writeLine(stream: NodeJS.WritableStream, text = ''): void {
  stream.write(`${text}\n`);
}
