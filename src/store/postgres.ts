// Scale-out store: PostgreSQL through pg and Kysely. Same tables and migrations as SQLite; full-text search is
// PostgreSQL's own (a generated tsvector column with a GIN index, created by the initial migration).
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, sql, type Transaction } from 'kysely';
import { KyselyStore, searchHitOf, type SearchRow } from './kysely-store.js';
import { migrationProvider } from './migrations.js';
import type { SearchHit } from './store.js';
import type { Database } from './tables.js';

/** Connections per process: a CLI command or a worker needs few, and a server's pool sits behind PostgreSQL's own limit. */
const POOL_SIZE = 8;
/** Give up connecting after this long, so a wrong host fails with a message instead of hanging. */
const CONNECT_TIMEOUT_MS = 10_000;
/** A schema name goes into SQL text (search_path, CREATE SCHEMA), so only plain identifiers are accepted. */
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export interface PostgresLocation {
  /** The connection string without Dossier's own `schema` parameter. */
  connectionString: string;
  schema: string;
}

/** Splits `postgres://user@host:port/db?schema=NAME` into what pg takes and the schema Dossier works in. */
export function parsePostgresUrl(location: string): PostgresLocation {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new Error(`not a PostgreSQL URL: ${redact(location)}`);
  }
  const schema = url.searchParams.get('schema') ?? 'public';
  if (!SCHEMA_NAME.test(schema)) throw new Error(`schema name must be a plain identifier (letters, digits, _): ${schema}`);
  url.searchParams.delete('schema');
  return { connectionString: url.toString(), schema };
}

/** The URL with any password hidden, for messages. */
export function redact(location: string): string {
  return location.replace(/(\/\/[^:/@]+:)[^@/]*@/, '$1***@');
}

export class PgStore extends KyselyStore {
  readonly dialect = 'postgres' as const;

  private constructor(db: Kysely<Database>) {
    super(db);
  }

  /** Connects, creates the schema if missing, and migrates it; processes opening the same schema at once take turns. */
  static async open(location: string): Promise<PgStore> {
    const { connectionString, schema } = parsePostgresUrl(location);
    const pool = new pg.Pool({
      connectionString,
      max: POOL_SIZE,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      // Every connection works inside the chosen schema, so the shared queries need no qualification.
      options: `-c search_path=${schema}`,
    });
    // An idle client losing its server (a PostgreSQL restart) must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    // A client in use when the server goes away emits 'error' too (pg-pool only listens on idle ones): the failed
    // query reports it to its caller, so the event itself must not crash the process.
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    try {
      await withSetupLock(pool, schema, async () => {
        await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(schema)}`.execute(db);
        const { error } = await new Migrator({ db, provider: migrationProvider('postgres'), migrationTableSchema: schema }).migrateToLatest();
        if (error) throw error;
      });
    } catch (error) {
      await db.destroy();
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`cannot open the PostgreSQL store ${redact(location)}: ${reason}`);
    }
    return new PgStore(db);
  }

  // The tsvector is a generated column of document_analysis: writing the row indexes it.
  protected async indexText(_trx: Transaction<Database>, _documentId: string, _title: string, _text: string): Promise<void> {}

  protected async searchIndex(query: string, limit: number): Promise<Omit<SearchHit, 'storyIds'>[]> {
    const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return [];
    // plainto_tsquery ANDs the words and interprets no operators, like the SQLite store's quoted terms.
    const tsQuery = sql`plainto_tsquery('simple', ${words.join(' ')})`;
    const result = await sql<SearchRow>`
      SELECT a.document_id, a.title, a.publisher, a.published,
             ts_headline('simple', a.text, ${tsQuery}, 'StartSel=[, StopSel=], MaxWords=16, MinWords=6, ShortWord=2, FragmentDelimiter=…, MaxFragments=1') AS snippet,
             ts_rank_cd(a.search, ${tsQuery}) AS score
      FROM document_analysis a
      WHERE a.search @@ ${tsQuery}
      ORDER BY score DESC, a.document_id
      LIMIT ${limit}`.execute(this.db);
    // ts_rank_cd is a float4, which pg returns as a number; Number() keeps that true for any driver setting.
    return result.rows.map((r) => searchHitOf(r, Number(r.score)));
  }
}

/**
 * CREATE SCHEMA IF NOT EXISTS and the first migration race between processes (both see "missing", one fails on the
 * unique name), so setup runs under a session advisory lock keyed by the schema name, held on one dedicated client.
 */
async function withSetupLock(pool: pg.Pool, schema: string, setup: () => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('dossier-setup:' || $1))", [schema]);
    try {
      await setup();
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext('dossier-setup:' || $1))", [schema]);
    }
  } finally {
    client.release();
  }
}
