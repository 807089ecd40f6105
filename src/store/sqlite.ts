// Embedded store: one SQLite file (WAL) through better-sqlite3 and Kysely.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql, type Transaction } from 'kysely';
import { KyselyStore, searchHitOf, type SearchRow } from './kysely-store.js';
import { migrationProvider } from './migrations.js';
import type { SearchHit } from './store.js';
import type { Database } from './tables.js';

export const DEFAULT_DB_PATH = './dossier.db';
/** Wait this long for another process's write lock before failing, instead of failing at once. */
const BUSY_TIMEOUT_MS = 10_000;

export class SqliteStore extends KyselyStore {
  readonly dialect = 'sqlite' as const;

  private constructor(db: Kysely<Database>) {
    super(db);
  }

  /** Opens (creating if needed) and migrates a store; `:memory:` gives a throwaway in-memory store. */
  static async open(path: string = DEFAULT_DB_PATH): Promise<SqliteStore> {
    const database = new BetterSqlite3(path);
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // WAL: readers never block the writer, and a killed process loses nothing it committed.
    database.pragma('journal_mode = WAL');
    // NORMAL is durable against process crashes in WAL mode; FULL only adds power-loss safety at a large cost.
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
    const { error } = await new Migrator({ db, provider: migrationProvider('sqlite') }).migrateToLatest();
    if (error) {
      await db.destroy();
      throw new Error(`cannot migrate the store at ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return new SqliteStore(db);
  }

  protected async indexText(trx: Transaction<Database>, documentId: string, title: string, text: string): Promise<void> {
    await sql`DELETE FROM documents_fts WHERE document_id = ${documentId}`.execute(trx);
    await sql`INSERT INTO documents_fts (document_id, title, text) VALUES (${documentId}, ${title}, ${text})`.execute(trx);
  }

  protected async searchIndex(query: string, limit: number): Promise<Omit<SearchHit, 'storyIds'>[]> {
    const match = toFtsQuery(query);
    if (!match) return [];
    const result = await sql<SearchRow>`
      SELECT f.document_id, a.title, a.publisher, a.published,
             snippet(documents_fts, 2, '[', ']', '…', 16) AS snippet,
             bm25(documents_fts, 0.0, 4.0, 1.0) AS score
      FROM documents_fts f JOIN document_analysis a ON a.document_id = f.document_id
      WHERE documents_fts MATCH ${match}
      ORDER BY score
      LIMIT ${limit}`.execute(this.db);
    // bm25() is lower-is-better; report higher-is-better.
    return result.rows.map((r) => searchHitOf(r, -r.score));
  }
}

/** Turns free text into an FTS5 query: every word must occur; FTS syntax in user input is never interpreted. */
export function toFtsQuery(query: string): string | null {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"`).join(' ');
}
