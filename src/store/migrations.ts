// Schema migrations, in order. Each takes the dialect so that SQLite and PostgreSQL get the
// same tables; only full-text search differs (FTS5 vs tsvector).
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

function initialSchema(dialect: Dialect): Migration {
  const bytes = dialect === 'sqlite' ? 'blob' : 'bytea';
  const serial = dialect === 'sqlite' ? 'integer' : 'serial';
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('ingest_runs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('command', 'text', (c) => c.notNull())
        .addColumn('inputs', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .addColumn('added', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('updated', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('unchanged', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('failed', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('ingest_failures')
        .addColumn('id', serial, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('run_id', 'text', (c) => c.notNull().references('ingest_runs.id'))
        .addColumn('input', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('body_type', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('raw', bytes, (c) => c.notNull())
        .addColumn('charset', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('hints', 'text', (c) => c.notNull())
        .addColumn('warnings', 'text', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('run_id', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('document_analysis')
        .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
        .addColumn('analyzed_hash', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('publisher', 'text')
        .addColumn('authors', 'text', (c) => c.notNull())
        .addColumn('published', 'text')
        .addColumn('language', 'text')
        .addColumn('url', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('removed', 'text', (c) => c.notNull())
        .addColumn('mentions', 'text', (c) => c.notNull())
        .addColumn('quotes', 'text', (c) => c.notNull())
        .addColumn('analyzed_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('segments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('story_id', 'text')
        .addColumn('event_id', 'text')
        .execute();
      await db.schema.createIndex('segments_document').on('segments').column('document_id').execute();
      await db.schema.createIndex('segments_story').on('segments').column('story_id').execute();
      await db.schema
        .createTable('duplicates')
        .addColumn('document_id', 'text', (c) => c.primaryKey())
        .addColumn('duplicate_of', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('entities')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('aliases', 'text', (c) => c.notNull())
        .addColumn('merges', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('entity_documents')
        .addColumn('id', serial, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('document_id', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('entity_documents_entity').on('entity_documents').column('entity_id').execute();
      await db.schema
        .createTable('quotes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('speaker_name', 'text')
        .addColumn('speaker_entity_id', 'text')
        .addColumn('document_id', 'text', (c) => c.notNull())
        .addColumn('also_in', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('stories')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('document_ids', 'text', (c) => c.notNull())
        .addColumn('entity_ids', 'text', (c) => c.notNull())
        .addColumn('quote_ids', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('timeline', 'text', (c) => c.notNull())
        .addColumn('conflicts', 'text', (c) => c.notNull())
        .addColumn('first_date', 'text')
        .addColumn('last_date', 'text')
        .execute();
      await db.schema
        .createTable('events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('story_id', 'text', (c) => c.notNull())
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('document_ids', 'text', (c) => c.notNull())
        .execute();
      if (dialect === 'sqlite') {
        // Full-text index over clean text; rows are replaced whenever a document is re-analysed.
        await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(document_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
      } else {
        await sql`ALTER TABLE document_analysis ADD COLUMN search tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(title, '')), 'A') || to_tsvector('simple', text)) STORED`.execute(db);
        await sql`CREATE INDEX document_analysis_search ON document_analysis USING gin (search)`.execute(db);
      }
    },
  };
}

// Borrowed reporting ("according to Meridian Wire") found per document.
const borrowedReporting: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('document_analysis').addColumn('borrowed', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  },
};

// How sure the published date is: declared by the source, or estimated from the text.
const publishedConfidence: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('document_analysis').addColumn('published_confidence', 'real').execute();
  },
};

// Date expressions resolved per document (text, offsets, value, days covered, precision, tense), as JSON.
const timeExpressions: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('document_analysis').addColumn('time_expressions', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  },
};

// Story sections beyond summary, timeline and conflicts (quotes by speaker, borrowing graph, source matrix,
// abstractive summary), as one JSON object.
const storySynthesis: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('stories').addColumn('synthesis', 'text', (c) => c.notNull().defaultTo('{}')).execute();
  },
};

// What the last fetch of each URL returned (validators for conditional GET, the document it became).
const fetchState: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('fetch_state')
      .addColumn('url', 'text', (c) => c.primaryKey())
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('fetched_at', 'text', (c) => c.notNull())
      .addColumn('document_key', 'text')
      .execute();
  },
};

// Distributed analysis: queue jobs that failed every attempt (poison documents), kept with their last error.
const deadLetters: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('dead_letters')
      .addColumn('job_id', 'text', (c) => c.primaryKey())
      .addColumn('document_id', 'text', (c) => c.notNull())
      .addColumn('key', 'text')
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('error', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
  },
};

// A counter bumped in the same transaction as every write that changes served records: a cheap version readers
// (the page cache of `dossier serve`) key on, correct across processes sharing the store.
const storeVersion: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('store_version')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
    await db.insertInto('store_version').values({ id: 1, version: 0 }).execute();
  },
};

// The last update a document states apart from its publication (article:modified_time, dateModified).
const documentModified: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('document_analysis').addColumn('modified', 'text').execute();
  },
};

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    async getMigrations() {
      return {
        '0001-initial-schema': initialSchema(dialect),
        '0002-borrowed-reporting': borrowedReporting,
        '0003-published-confidence': publishedConfidence,
        '0004-time-expressions': timeExpressions,
        '0005-story-synthesis': storySynthesis,
        '0006-fetch-state': fetchState,
        '0007-dead-letters': deadLetters,
        '0008-store-version': storeVersion,
        '0009-document-modified': documentModified,
      };
    },
  };
}
