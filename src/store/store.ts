// The one store interface. SQLite (embedded, default) and PostgreSQL (scale-out) implement it
// and run the same contract test suite (test/store/store-contract.ts).
import type { AnalysisRecord, DocumentRecord, EntityRecord, QuoteRecord, StoryRecord } from '../contract/analysis.js';
import type {
  AnalyzedDocument,
  DocumentAnalysis,
  Grouping,
  IngestItem,
  ResolvedEntity,
  ResolvedQuote,
  SourceDocument,
  StorySynthesis,
} from '../core/records.js';

export type PutStatus = 'added' | 'updated' | 'unchanged';

export interface PutResult {
  id: string;
  status: PutStatus;
  /** Set when the content was already stored under another key: the item adds nothing. */
  sameContentAs?: string;
}

export interface RunCounts {
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface IngestRun extends RunCounts {
  id: string;
  command: string;
  inputs: string[];
  startedAt: string;
  finishedAt: string | null;
}

export interface IngestFailureRow {
  runId: string;
  input: string;
  reason: string;
  at: string;
}

/** What the last fetch of a URL left: validators for a conditional GET, and the document it became. */
export interface FetchState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: string;
  /** Key of the document stored from this URL; null when nothing was stored (a feed, whose entries are the documents). */
  documentKey: string | null;
}

export interface StoryListing {
  id: string;
  title: string;
  documents: number;
  events: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Outlets covering the story, most documents first (filled by queryStories). */
  outlets?: string[];
}

/** Filters and paging of queryStories; every filter is optional and they combine with AND. */
export interface StoryQuery {
  /** ISO day: stories still running on or after it (last date >= from). Undated stories never match a date filter. */
  from?: string;
  /** ISO day: stories that began on or before it (first date <= to). */
  to?: string;
  /** Entity id, or words of an entity's name or alias (case-insensitive). */
  entity?: string;
  /** Outlet (publisher) of at least one document of the story, case-insensitive. */
  outlet?: string;
  /** Words in the story title or in the clean text of one of its documents. */
  q?: string;
  limit: number;
  offset: number;
}

export interface StoryPage {
  /** Stories matching the filters, before paging. */
  total: number;
  /** Newest first (last date, then first date), then biggest. */
  stories: StoryListing[];
}

export interface SearchHit {
  documentId: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  storyIds: string[];
  snippet: string;
  score: number;
}

/** Everything the corpus-level stages produce; replaced as a whole on each regrouping. */
export interface CorpusAnalysis {
  grouping: Grouping;
  entities: ResolvedEntity[];
  quotes: ResolvedQuote[];
  syntheses: Map<string, StorySynthesis>;
  /**
   * Quotes and entities of each story. When absent, a story holds every quote and entity of its documents; the
   * pipeline narrows that to the story's own segments, so a newsletter's other topics stay out.
   */
  membership?: Map<string, { quoteIds: string[]; entityIds: string[] }>;
}

export interface StoredSegment {
  id: string;
  text: string;
}

/** One document as a queue worker analyses it: its source, content hash, and the label of its stored analysis. */
export interface DocumentToAnalyze {
  document: SourceDocument;
  contentHash: string;
  /** `contentHash:analyzerVersion` of the stored analysis; null when never analysed. */
  analyzedHash: string | null;
}

/** A queue job that failed every attempt, with its last error. */
export interface DeadLetter {
  jobId: string;
  documentId: string;
  key: string | null;
  stage: string;
  error: string;
  attempts: number;
  at: string;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';

  startRun(command: string, inputs: string[]): Promise<string>;
  finishRun(runId: string, counts: RunCounts): Promise<void>;
  recordFailure(runId: string, input: string, reason: string): Promise<void>;
  listRuns(): Promise<IngestRun[]>;
  listFailures(runId?: string): Promise<IngestFailureRow[]>;
  /** The last fetch of a URL, or null when it was never fetched. */
  getFetchState(url: string): Promise<FetchState | null>;
  /** Records (replaces) the last fetch of a URL. */
  putFetchState(state: FetchState): Promise<void>;

  /** Atomic and idempotent: the same content is one document; a key seen before with new content is updated. */
  putDocument(item: IngestItem, runId: string): Promise<PutResult>;
  getRaw(documentId: string): Promise<Uint8Array | null>;
  countDocuments(): Promise<number>;
  /** Sizes of the last corpus-level analysis, without loading it. */
  countCorpus(): Promise<{ entities: number; quotes: number; duplicates: number }>;
  /** Documents whose stored analysis was not made from their current content by this analyzer version. */
  listDocumentsToAnalyze(analyzerVersion: string): Promise<SourceDocument[]>;
  saveDocumentAnalysis(
    documentId: string,
    analyzerVersion: string,
    analysis: DocumentAnalysis,
    segments: StoredSegment[],
  ): Promise<void>;
  listAnalyzedDocuments(): Promise<AnalyzedDocument[]>;
  getDocumentToAnalyze(documentId: string): Promise<DocumentToAnalyze | null>;
  /** Relabels analyses made by `fromVersion` of the documents' current content as `toVersion`; returns how many. */
  relabelAnalyses(documentIds: string[], fromVersion: string, toVersion: string): Promise<number>;
  /** Idempotent per job id: a job failing again replaces its letter. */
  recordDeadLetter(letter: Omit<DeadLetter, 'at'>): Promise<void>;
  listDeadLetters(): Promise<DeadLetter[]>;
  replaceCorpusAnalysis(corpus: CorpusAnalysis): Promise<void>;

  exportAnalysis(): Promise<AnalysisRecord>;
  /** Records in the analysis contract's shape; all of them when no ids are given. */
  getDocuments(ids?: string[]): Promise<DocumentRecord[]>;
  getEntities(ids?: string[]): Promise<EntityRecord[]>;
  getQuotes(ids?: string[]): Promise<QuoteRecord[]>;
  listStories(): Promise<StoryListing[]>;
  /** Stories matching the filters, newest first, one page of them. */
  queryStories(query: StoryQuery): Promise<StoryPage>;
  /** Outlets with their number of analysed documents, most first. */
  listOutlets(): Promise<{ outlet: string; documents: number }[]>;
  /** A story by id or unique id prefix; null when none or ambiguous. */
  getStory(idOrPrefix: string): Promise<StoryRecord | null>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  /**
   * A number that changes (grows) whenever a write changes what the record getters, listings or search return
   * (ingest, document analysis, corpus analysis), committed with that write; one cheap read, so caches key on it.
   */
  version(): Promise<number>;
  close(): Promise<void>;
}
