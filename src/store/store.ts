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

export interface StoryListing {
  id: string;
  title: string;
  documents: number;
  events: number;
  firstDate: string | null;
  lastDate: string | null;
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

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';

  startRun(command: string, inputs: string[]): Promise<string>;
  finishRun(runId: string, counts: RunCounts): Promise<void>;
  recordFailure(runId: string, input: string, reason: string): Promise<void>;
  listRuns(): Promise<IngestRun[]>;
  listFailures(runId?: string): Promise<IngestFailureRow[]>;

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
  replaceCorpusAnalysis(corpus: CorpusAnalysis): Promise<void>;

  exportAnalysis(): Promise<AnalysisRecord>;
  /** Records in the analysis contract's shape; all of them when no ids are given. */
  getDocuments(ids?: string[]): Promise<DocumentRecord[]>;
  getEntities(ids?: string[]): Promise<EntityRecord[]>;
  getQuotes(ids?: string[]): Promise<QuoteRecord[]>;
  listStories(): Promise<StoryListing[]>;
  /** A story by id or unique id prefix; null when none or ambiguous. */
  getStory(idOrPrefix: string): Promise<StoryRecord | null>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  close(): Promise<void>;
}
