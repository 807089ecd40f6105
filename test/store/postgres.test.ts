// The store contract against the local PostgreSQL, plus what only the PostgreSQL store does (schemas, URLs).
// CI starts PostgreSQL and sets DOSSIER_REQUIRE_PG=1, so there an unreachable server fails instead of skipping.
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { PgStore, parsePostgresUrl, redact } from '../../src/store/postgres.js';
import { describeStoreContract, item } from './store-contract.js';
import { PG_URL, pgReachable } from '../support/postgres.js';

const SCHEMA_PREFIX = `dossier_t${process.pid}_`;

const available = await pgReachable();
if (!available && process.env.DOSSIER_REQUIRE_PG === '1') throw new Error(`PostgreSQL is required but unreachable at ${PG_URL}`);

let schemas = 0;
const freshSchemaUrl = () => `${PG_URL}?schema=${SCHEMA_PREFIX}${++schemas}`;

afterAll(async () => {
  if (!available) return;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  const { rows } = await client.query<{ nspname: string }>('SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1)', [SCHEMA_PREFIX]);
  for (const { nspname } of rows) await client.query(`DROP SCHEMA "${nspname}" CASCADE`);
  await client.end();
});

describe('postgres URLs', () => {
  it('takes the schema out of the connection string and refuses unsafe schema names', () => {
    expect(parsePostgresUrl('postgres://app@db.internal:5433/news?schema=desk_a&sslmode=disable')).toEqual({
      connectionString: 'postgres://app@db.internal:5433/news?sslmode=disable',
      schema: 'desk_a',
    });
    expect(parsePostgresUrl('postgresql://app@db.internal/news').schema).toBe('public');
    expect(() => parsePostgresUrl('postgres://app@db/news?schema=x;DROP TABLE documents')).toThrow(/plain identifier/);
  });

  it('never prints a password', () => {
    expect(redact('postgres://app:s3cret@db.internal:5432/news')).toBe('postgres://app:***@db.internal:5432/news');
  });
});

describe.skipIf(!available)('postgres store', () => {
  describeStoreContract('postgres', () => PgStore.open(freshSchemaUrl()));

  it('keeps schemas apart, and reopening a schema finds its documents', async () => {
    const urlA = freshSchemaUrl();
    const a = await PgStore.open(urlA);
    const b = await PgStore.open(freshSchemaUrl());
    const run = await a.startRun('ingest', ['desk-a']);
    await a.putDocument(item('harbor.txt', 'The Velmora harbor reopened on Tuesday.'), run);
    expect(await a.countDocuments()).toBe(1);
    expect(await b.countDocuments()).toBe(0);
    await a.close();
    await b.close();
    const again = await PgStore.open(urlA);
    expect(await again.countDocuments()).toBe(1);
    await again.close();
  });

  it('lets two processes open and migrate the same new schema at once', async () => {
    const url = freshSchemaUrl();
    const stores = await Promise.all([PgStore.open(url), PgStore.open(url), PgStore.open(url)]);
    for (const store of stores) expect(await store.countDocuments()).toBe(0);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('names the server in the error when it cannot connect', async () => {
    await expect(PgStore.open('postgres://nobody:pw@127.0.0.1:1/none')).rejects.toThrow(/cannot open the PostgreSQL store postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/);
  });
});
