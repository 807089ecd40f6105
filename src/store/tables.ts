// Row types of the store's tables, shared by every dialect. JSON columns hold text so that
// SQLite and PostgreSQL read and write them the same way.
import type { Generated } from 'kysely';

export interface DocumentsTable {
  id: string;
  key: string;
  source: string;
  format: string;
  body_type: string;
  content_hash: string;
  raw: Uint8Array;
  charset: string;
  body: string;
  hints: string;
  warnings: string;
  ingested_at: string;
  updated_at: string;
  run_id: string;
}

export interface DocumentAnalysisTable {
  document_id: string;
  analyzed_hash: string;
  title: string | null;
  publisher: string | null;
  authors: string;
  published: string | null;
  /** Added by migration 0009; null in rows analysed before it. */
  modified: string | null;
  language: string | null;
  url: string | null;
  text: string;
  removed: string;
  mentions: string;
  quotes: string;
  borrowed: string;
  published_confidence: number | null;
  time_expressions: string;
  analyzed_at: string;
}

export interface SegmentsTable {
  id: string;
  document_id: string;
  ordinal: number;
  text: string;
  story_id: string | null;
  event_id: string | null;
}

export interface DuplicatesTable {
  document_id: string;
  duplicate_of: string;
  reason: string;
}

export interface EntitiesTable {
  id: string;
  name: string;
  type: string;
  aliases: string;
  merges: string;
}

export interface MentionsTable {
  id: Generated<number>;
  entity_id: string;
  document_id: string;
}

export interface QuotesTable {
  id: string;
  text: string;
  speaker_name: string | null;
  speaker_entity_id: string | null;
  document_id: string;
  also_in: string;
}

export interface StoriesTable {
  id: string;
  title: string;
  document_ids: string;
  entity_ids: string;
  quote_ids: string;
  summary: string;
  timeline: string;
  conflicts: string;
  /** Quotes by speaker, borrowing graph, source matrix, abstractive summary (JSON object). */
  synthesis: string;
  first_date: string | null;
  last_date: string | null;
}

export interface EventsTable {
  id: string;
  story_id: string;
  ordinal: number;
  title: string;
  date: string | null;
  document_ids: string;
}

export interface IngestRunsTable {
  id: string;
  command: string;
  inputs: string;
  started_at: string;
  finished_at: string | null;
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface IngestFailuresTable {
  id: Generated<number>;
  run_id: string;
  input: string;
  reason: string;
  at: string;
}

export interface FetchStateTable {
  url: string;
  etag: string | null;
  last_modified: string | null;
  fetched_at: string;
  document_key: string | null;
}

/** Queue jobs that failed every attempt (distributed analysis), with their last error. */
export interface DeadLettersTable {
  job_id: string;
  document_id: string;
  key: string | null;
  stage: string;
  error: string;
  attempts: number;
  at: string;
}

/** One row (id 1): a counter bumped by every write that changes served records, so readers can cache by it. */
export interface StoreVersionTable {
  id: number;
  version: number;
}

export interface Database {
  documents: DocumentsTable;
  document_analysis: DocumentAnalysisTable;
  segments: SegmentsTable;
  duplicates: DuplicatesTable;
  entities: EntitiesTable;
  entity_documents: MentionsTable;
  quotes: QuotesTable;
  stories: StoriesTable;
  events: EventsTable;
  ingest_runs: IngestRunsTable;
  ingest_failures: IngestFailuresTable;
  fetch_state: FetchStateTable;
  dead_letters: DeadLettersTable;
  store_version: StoreVersionTable;
}
