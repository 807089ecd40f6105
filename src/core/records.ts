// Typed records passed between stages: ingest -> extract -> language -> group -> synthesize -> store.
// Every stage is a pure function over these; orchestration lives in src/pipeline/analyze.ts.
import type { ConflictInput, EntityType, RemovalRecord, StorySectionsRecord, SummarySentenceInput } from '../contract/analysis.js';

export type InputFormat = 'html' | 'text' | 'markdown' | 'json' | 'jsonl' | 'rss' | 'atom' | 'jsonfeed' | 'warc';
export type BodyType = 'html' | 'text' | 'markdown';

/** Metadata the caller (a JSON record, a feed, front matter) supplied; extraction may fill the gaps. */
export interface MetadataHints {
  url?: string;
  title?: string;
  publisher?: string;
  authors?: string[];
  published?: string;
  language?: string;
  /** When the page was served or captured (HTTP Last-Modified, else Date; a WARC record's date): used only when the document declares no date. */
  servedDate?: string;
}

/** One document read from an input, before anything is stored. */
export interface IngestItem {
  kind: 'item';
  key: string;
  source: string;
  format: InputFormat;
  /** Bytes as they came (after gunzip): the whole file, or the record / feed entry text. */
  raw: Uint8Array;
  charset: string;
  bodyType: BodyType;
  /** Decoded body: HTML markup, plain text or Markdown. */
  body: string;
  hints: MetadataHints;
  /** Problems that did not stop the item, e.g. a few invalid UTF-8 bytes replaced. */
  warnings?: string[];
}

/** One input (file, record, line, entry) that could not be read. */
export interface IngestFailure {
  kind: 'failure';
  input: string;
  reason: string;
}

export type IngestResult = IngestItem | IngestFailure;

/** A stored document as the analysis stages see it. */
export interface SourceDocument {
  id: string;
  key: string;
  source: string;
  format: InputFormat;
  bodyType: BodyType;
  body: string;
  hints: MetadataHints;
  ingestedAt: string;
}

/** Output of the extract stage for one document. */
export interface ExtractedDocument {
  title: string | null;
  publisher: string | null;
  authors: string[];
  published: string | null;
  /** Last update the document states apart from its publication (never stands in for `published`); null when none. */
  modified: string | null;
  /** Language the document declares (ISO 639-1); templates often declare one for every page, so detection comes first. */
  declaredLanguage: string | null;
  url: string | null;
  /** Paragraphs of the clean main text, in order. */
  paragraphs: string[];
  removed: RemovalRecord[];
  /** Topic segments; a single-topic article is one segment holding every paragraph. */
  segments: { paragraphs: string[] }[];
}

export interface Mention {
  text: string;
  /** Character offsets into the document's clean text. */
  start: number;
  end: number;
  type: EntityType;
}

export interface QuoteFinding {
  text: string;
  /** Speaker as written in the text ("Ms. Ostrova", "a senior official"), null when none was found. */
  speaker: string | null;
  start: number;
  end: number;
  /** What the speaker is; 'pronoun' when a he/she/it could not be resolved to a name. */
  speakerKind?: 'person' | 'organization' | 'unnamed' | 'pronoun';
  /** A role written with the speaker's name ("presidential spokesman"), kept as evidence. */
  role?: string;
  /** The pronoun or nominal written in the text when the speaker was resolved from it ("he", "the judge"). */
  speakerAs?: string;
  /** A fragment quoted inside a running sentence. */
  partial?: boolean;
  /** The quote runs over several paragraphs. */
  multiParagraph?: boolean;
  /** The outlet whose reporting carried the quote, when the text credits one. */
  borrowedFrom?: string;
}

/** Everything the per-document stages produce; stored per document, recomputed only when the document changes. */
export interface DocumentAnalysis {
  extracted: ExtractedDocument;
  language: string | null;
  mentions: Mention[];
  quotes: QuoteFinding[];
  /** Other outlets this document credits for its reporting ("according to Meridian Wire"). */
  borrowed: BorrowedReportingFinding[];
  /** 1 when the date was declared (metadata, dateline); the estimate's confidence when read from the text; null when none. */
  publishedConfidence: number | null;
  /** Date expressions of the clean text, resolved against the published (or estimated) date. */
  timeExpressions: TimeExpressionFinding[];
}

/** A date expression found in a document's clean text and resolved against its published date. */
export interface TimeExpressionFinding {
  text: string;
  /** Character offsets into the document's clean text. */
  start: number;
  end: number;
  /** TIMEX3-style value: '2026-03-13', '2026-W11', '2026-03', '2026-Q1', '2026-SP', 'P3D', 'PRESENT_REF'. */
  value: string;
  /** First and last ISO day the expression covers; null for durations and present/past/future references. */
  date: string | null;
  dateEnd: string | null;
  precision: 'time' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'range' | 'duration' | 'reference';
  /** Uncertain: "about", "early March", a season, or counted from an estimated published date. */
  approximate?: boolean;
  /** TIMEX3 modifier: START ("early"), MID ("mid-"), END ("late", "the end of"), APPROX ("about", "around"). */
  mod?: 'START' | 'MID' | 'END' | 'APPROX';
  /** Index of the sentence holding it, in the sentences of the clean text. */
  sentence: number;
  /** Which way its clause points: "will meet on Friday" is future, "announced Wednesday" past. */
  tense: 'past' | 'future' | 'unknown';
  confidence: number;
}

export interface BorrowedReportingFinding {
  outlet: string;
  /** The phrase that credits the outlet, as written. */
  cue: string;
}

/** A document with its analysis, as the corpus-level stages (group, synthesize) see it. */
export interface AnalyzedDocument {
  id: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  ingestedAt: string;
  text: string;
  segments: { id: string; text: string }[];
  mentions: Mention[];
  quotes: QuoteFinding[];
  /** What extraction removed, when the stage needs it (corpus boilerplate counts removed lines too). */
  removed?: RemovalRecord[];
  /** Resolved date expressions, offsets into `text` as analysed (a story-scoped text may no longer match them). */
  timeExpressions?: TimeExpressionFinding[];
  /** Outlets the document credits for its reporting, for the story's borrowing graph. */
  borrowed?: BorrowedReportingFinding[];
}

// ---- corpus-level stages (group, synthesize) ----

export interface DuplicateLink {
  documentId: string;
  duplicateOf: string;
  /** Why they were linked, e.g. "exact-text" or "near-duplicate: shingle Jaccard 0.91". */
  reason: string;
}

export interface EventGroup {
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) of the event, null when unknown. */
  date: string | null;
  segmentIds: string[];
  documentIds: string[];
}

export interface StoryGroup {
  id: string;
  title: string;
  segmentIds: string[];
  documentIds: string[];
  events: EventGroup[];
}

export interface Grouping {
  duplicates: DuplicateLink[];
  stories: StoryGroup[];
}

/** An entity resolved across the corpus; every alias merge keeps its reason. */
export interface ResolvedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  documentIds: string[];
  merges: { alias: string; reason: string }[];
}

/** A quote resolved across the corpus: one per distinct quote, copies listed in alsoIn. */
export interface ResolvedQuote {
  id: string;
  text: string;
  speakerName: string | null;
  speakerEntityId: string | null;
  documentId: string;
  alsoIn: string[];
}

export interface StorySynthesis {
  summary: SummarySentenceInput[];
  timeline: { date: string; text: string; citations: string[] }[];
  conflicts: ConflictInput[];
  /** Quotes by speaker, borrowing graph, source matrix, abstractive summary (stored as one JSON column). */
  sections?: StorySectionsRecord;
}
