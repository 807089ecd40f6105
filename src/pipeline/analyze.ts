// The one place where stages are composed: extract -> language per document, then
// group -> resolve -> synthesize over the corpus. Stages themselves stay pure.
import type {
  AnalyzedDocument,
  DocumentAnalysis,
  ResolvedEntity,
  ResolvedQuote,
  SourceDocument,
  StoryGroup,
  StorySynthesis,
} from '../core/records.js';
import { extractDocument } from '../extract/index.js';
import {
  boilerplateSet,
  findOutletBoilerplate,
  REPEATED_ACROSS_OUTLET,
  type BoilerplateLine,
} from '../extract/corpus-boilerplate.js';
import { detectLanguage, findMentions, findQuotes } from '../language/index.js';
import { findBorrowedReporting } from '../language/borrowed-reporting.js';
import { estimatePublishedDate, findTimeExpressions } from '../language/time/index.js';
import { resolveEntities } from '../language/resolve-entities.js';
import { resolveQuotes } from '../language/resolve-quotes.js';
import { groupCorpus } from '../group/index.js';
import { synthesizeStory } from '../synthesize/index.js';
import { eventHappeningDate } from '../synthesize/timeline.js';
import { abstractiveSummary, llmSettingsFromEnv, type LlmSettings } from '../synthesize/abstractive.js';
import type { CorpusAnalysis, Store, StoredSegment, StoryListing } from '../store/store.js';

/**
 * Version of the per-document stages' output. Bump it when extract or language change what they
 * produce, so that `dossier analyze` recomputes every stored document once.
 */
export const ANALYZER_VERSION = '5';

export interface AnalyzeProgress {
  done: number;
  total: number;
  documentId: string;
}

export interface AnalyzeReport {
  analyzed: number;
  failed: { documentId: string; key: string; reason: string }[];
  regrouped: boolean;
  documents: number;
  stories: number;
  events: number;
  entities: number;
  quotes: number;
  duplicates: number;
}

/** Clean text as stored and exported: paragraphs separated by blank lines. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/** Per-document stages; pure. `boilerplateLines` are lines the document's outlet repeats across its documents. */
export function analyzeDocument(doc: SourceDocument, boilerplateLines?: ReadonlySet<string>): DocumentAnalysis {
  const declared = extractDocument(doc, boilerplateLines && boilerplateLines.size > 0 ? { boilerplateLines } : {});
  const text = declared.paragraphs.join(PARAGRAPH_SEPARATOR);
  // Without a declared date, estimate one from the clean text (removed boilerplate's dates do not count).
  const estimate = declared.published ? null : estimatePublishedDate(text);
  const extracted = estimate ? { ...declared, published: estimate.date } : declared;
  const publishedConfidence = declared.published ? 1 : (estimate?.confidence ?? null);
  // The text is better evidence than a declared lang (templates declare one for every page); it fills in for short texts.
  const language = doc.hints.language ?? detectLanguage(text) ?? declared.declaredLanguage;
  const mentions = findMentions(text);
  const quotes = findQuotes(text, mentions);
  // An outlet crediting itself ("told the Ledger" in the Ledger) or its own wire byline is not borrowing.
  const selfNames = [extracted.publisher, ...extracted.authors].filter((n): n is string => Boolean(n));
  const borrowed = findBorrowedReporting(text, mentions, selfNames).map(({ outlet, cue }) => ({ outlet, cue }));
  // Over the clean text only, so dates in removed boilerplate (footers, related links) never reach the timeline.
  const timeExpressions = findTimeExpressions(text, extracted.published);
  return { extracted, language, mentions, quotes, borrowed, publishedConfidence, timeExpressions };
}

/**
 * Corpus evidence for boilerplate: lines an outlet repeats across its documents (stored ones and this run's).
 * Applied to the documents analysed in this run; stored documents keep their earlier analysis until they change.
 */
export function outletBoilerplate(
  fresh: { analysis: DocumentAnalysis }[],
  stored: AnalyzedDocument[],
): BoilerplateLine[] {
  return outletBoilerplateOf(
    fresh.map(({ analysis }) => ({ publisher: analysis.extracted.publisher, paragraphs: analysis.extracted.paragraphs })),
    stored,
  );
}

/** The same evidence from the fresh documents' outlet and paragraphs (the distributed corpus job reads them stored). */
export function outletBoilerplateOf(
  fresh: { publisher: string | null; paragraphs: readonly string[] }[],
  stored: AnalyzedDocument[],
): BoilerplateLine[] {
  return findOutletBoilerplate([
    // Stored documents count the lines they already lost to this rule, or the evidence would fade as it is used.
    ...stored.map((d) => ({
      outlet: d.publisher,
      lines: [...d.text.split(PARAGRAPH_SEPARATOR), ...(d.removed ?? []).filter((r) => r.reason === REPEATED_ACROSS_OUTLET).map((r) => r.text)],
    })),
    ...fresh.map((d) => ({ outlet: d.publisher, lines: d.paragraphs })),
  ]);
}

/** A document as the corpus-level stages see it, built from its analysis exactly as the store returns it. */
export function asAnalyzed(doc: SourceDocument, analysis: DocumentAnalysis, segments: StoredSegment[]): AnalyzedDocument {
  const { extracted } = analysis;
  return {
    id: doc.id,
    title: extracted.title,
    publisher: extracted.publisher,
    published: extracted.published,
    ingestedAt: doc.ingestedAt,
    text: extracted.paragraphs.join(PARAGRAPH_SEPARATOR),
    segments,
    mentions: analysis.mentions,
    quotes: analysis.quotes,
    removed: extracted.removed,
    timeExpressions: analysis.timeExpressions,
    borrowed: analysis.borrowed,
  };
}

export function segmentsOf(documentId: string, analysis: DocumentAnalysis): StoredSegment[] {
  return analysis.extracted.segments
    .map((segment) => segment.paragraphs.join(PARAGRAPH_SEPARATOR))
    .filter((text) => text.trim() !== '')
    .map((text, i) => ({ id: `${documentId}:${i + 1}`, text }));
}

/**
 * The story's view of its documents: a multi-topic document (a newsletter) shows only the segments grouped
 * into this story, so its other topics never reach this story's summary, quotes or entities.
 */
export function scopeDocumentsToStory(story: StoryGroup, docs: Map<string, AnalyzedDocument>): Map<string, AnalyzedDocument> {
  const inStory = new Set(story.segmentIds);
  const scoped = new Map<string, AnalyzedDocument>();
  for (const id of story.documentIds) {
    const doc = docs.get(id);
    if (!doc) continue;
    const own = doc.segments.filter((s) => inStory.has(s.id));
    if (doc.segments.length <= 1 || own.length === 0 || own.length === doc.segments.length) {
      scoped.set(id, doc);
      continue;
    }
    scoped.set(id, { ...doc, segments: own, text: own.map((s) => s.text).join(PARAGRAPH_SEPARATOR) });
  }
  return scoped;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();

/** `form` occurs in `text` as whole words ("us" must not match inside "because"). */
function containsWords(text: string, form: string): boolean {
  if (form === '') return false;
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + form.length])) return true;
  }
  return false;
}
/** Enough of a quote's opening words to find it in a segment; joined halves may not appear whole. */
const QUOTE_PROBE_CHARS = 40;

/** Quotes and entities whose text occurs in the story's view of its documents. */
export function storyMembership(
  scoped: Map<string, AnalyzedDocument>,
  quotes: ResolvedQuote[],
  entities: ResolvedEntity[],
): { quoteIds: string[]; entityIds: string[] } {
  const texts = new Map([...scoped].map(([id, d]) => [id, squash(d.text)]));
  const quoteIds = quotes
    .filter((q) => {
      const probe = squash(q.text).slice(0, QUOTE_PROBE_CHARS);
      return [q.documentId, ...q.alsoIn].some((d) => texts.get(d)?.includes(probe));
    })
    .map((q) => q.id);
  const entityIds = entities
    .filter((e) => {
      const forms = [e.name, ...e.aliases].map(squash);
      return e.documentIds.some((d) => {
        const text = texts.get(d);
        return text !== undefined && forms.some((f) => containsWords(text, f));
      });
    })
    .map((e) => e.id);
  return { quoteIds, entityIds };
}

/**
 * An event is dated by the day its reports' leads name ("signed on Thursday"), not by when the first report came
 * out: coverage published the morning after still dates the signing. Without such a day the first publication
 * date stays. `scoped` is the story's view of its documents, so a newsletter's other items never date the event.
 * Grouping is untouched (it needs only publication order).
 */
// Coverage of a happening comes out within days of it; a lead naming a day weeks away looks back ("three weeks
// after the budget on May 20") or far ahead, and the piece is its own later event.
const MAX_HAPPENING_GAP_MS = 7 * 24 * 3600 * 1000;

function dateEventsByHappening(story: StoryGroup, scoped: ReadonlyMap<string, AnalyzedDocument>): void {
  for (const event of story.events) {
    const happening = eventHappeningDate(event.documentIds, scoped);
    if (!happening) continue;
    if (event.date === null || Math.abs(Date.parse(happening.date) - Date.parse(event.date)) <= MAX_HAPPENING_GAP_MS) event.date = happening.date;
  }
}

/** Corpus-level stages; pure. */
export function analyzeCorpus(docs: AnalyzedDocument[]): CorpusAnalysis {
  const grouping = groupCorpus(docs);
  const entities = resolveEntities(docs);
  const quotes = resolveQuotes(docs, entities, grouping.duplicates);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const syntheses = new Map<string, StorySynthesis>();
  const membership = new Map<string, { quoteIds: string[]; entityIds: string[] }>();
  for (const story of grouping.stories) {
    const scoped = scopeDocumentsToStory(story, byId);
    dateEventsByHappening(story, scoped);
    const members = storyMembership(scoped, quotes, entities);
    // Only the quotes found in the story's own segments are the story's speakers.
    const storyQuotes = new Set(members.quoteIds);
    syntheses.set(story.id, synthesizeStory(story, scoped, quotes.filter((q) => storyQuotes.has(q.id)), entities, grouping.duplicates));
    membership.set(story.id, members);
  }
  return { grouping, entities, quotes, syntheses, membership };
}

/**
 * The optional abstractive summary of every story (DOSSIER_LLM_URL), one request per story, over the story's
 * original documents; a failing endpoint leaves the error on the story and the rest of the analysis intact.
 */
export async function addAbstractiveSummaries(corpus: CorpusAnalysis, docs: AnalyzedDocument[], llm: LlmSettings): Promise<void> {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const copies = new Set(corpus.grouping.duplicates.map((d) => d.documentId));
  for (const story of corpus.grouping.stories) {
    const synthesis = corpus.syntheses.get(story.id);
    if (!synthesis?.sections) continue;
    const originals = [...scopeDocumentsToStory(story, byId).values()].filter((d) => !copies.has(d.id));
    synthesis.sections.abstract = await abstractiveSummary(story.title, originals, llm);
  }
}

/**
 * Incremental analysis of a store: only documents that are new or changed since their last
 * analysis go through the per-document stages; the corpus is then regrouped if anything changed.
 */
export async function analyzeStore(
  store: Store,
  options: { force?: boolean; onProgress?: (p: AnalyzeProgress) => void } = {},
): Promise<AnalyzeReport> {
  const pending = await store.listDocumentsToAnalyze(ANALYZER_VERSION);
  const failed: AnalyzeReport['failed'] = [];
  const fail = (doc: SourceDocument, error: unknown) =>
    failed.push({ documentId: doc.id, key: doc.key, reason: error instanceof Error ? error.message : String(error) });

  // First pass: every pending document on its own.
  const fresh: { doc: SourceDocument; analysis: DocumentAnalysis }[] = [];
  for (const doc of pending) {
    try {
      fresh.push({ doc, analysis: analyzeDocument(doc) });
    } catch (error) {
      fail(doc, error);
    }
  }
  // The stored corpus is read once: for boilerplate evidence now, and (with this run's results) for regrouping.
  const existingStories = await store.listStories();
  const regroupWanted = options.force === true || existingStories.length === 0;
  const stored = fresh.length > 0 || regroupWanted ? await store.listAnalyzedDocuments() : [];
  const pendingIds = new Set(pending.map((d) => d.id));
  // Second pass, only for documents carrying lines their outlet repeats elsewhere.
  const repeated = outletBoilerplate(fresh, stored.filter((d) => !pendingIds.has(d.id)));
  const saved = new Map<string, AnalyzedDocument>();
  for (const [i, item] of fresh.entries()) {
    try {
      const lines = boilerplateSet(repeated, item.analysis.extracted.publisher);
      const analysis = lines.size > 0 ? analyzeDocument(item.doc, lines) : item.analysis;
      const segments = segmentsOf(item.doc.id, analysis);
      await store.saveDocumentAnalysis(item.doc.id, ANALYZER_VERSION, analysis, segments);
      saved.set(item.doc.id, asAnalyzed(item.doc, analysis, segments));
    } catch (error) {
      fail(item.doc, error);
    }
    options.onProgress?.({ done: i + 1, total: fresh.length, documentId: item.doc.id });
  }
  const analyzed = saved.size;
  // What the store now holds: earlier analyses, replaced by this run's where a document was redone.
  const current = () => [...stored.filter((d) => !saved.has(d.id)), ...saved.values()];
  return regroupAndReport(store, { analyzed, failed, regroupWanted, existingStories, current });
}

/**
 * The corpus-level tail of an analysis run, shared by the embedded run and the distributed corpus job: regroups the
 * documents the store now holds (when wanted, or when any document was analysed) and reports the run.
 */
export async function regroupAndReport(
  store: Store,
  run: {
    analyzed: number;
    failed: AnalyzeReport['failed'];
    regroupWanted: boolean;
    existingStories: StoryListing[];
    current: () => AnalyzedDocument[] | Promise<AnalyzedDocument[]>;
  },
  // The distributed corpus job computes off its event loop (a worker thread), so its queue locks stay renewed.
  compute: (docs: AnalyzedDocument[]) => CorpusAnalysis | Promise<CorpusAnalysis> = analyzeCorpus,
): Promise<AnalyzeReport> {
  const { analyzed, failed, existingStories } = run;
  const regroup = run.regroupWanted || analyzed > 0;
  let corpus: CorpusAnalysis | null = null;
  if (regroup) {
    const docs = (await run.current()).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    corpus = await compute(docs);
    const llm = llmSettingsFromEnv();
    if (llm) await addAbstractiveSummaries(corpus, docs, llm);
    await store.replaceCorpusAnalysis(corpus);
  }
  const documents = await store.countDocuments();
  if (corpus) {
    const { stories } = corpus.grouping;
    return {
      analyzed, failed, regrouped: true, documents,
      stories: stories.length,
      events: stories.reduce((n, s) => n + s.events.length, 0),
      entities: corpus.entities.length,
      quotes: corpus.quotes.length,
      duplicates: corpus.grouping.duplicates.length,
    };
  }
  return {
    analyzed, failed, regrouped: false, documents,
    stories: existingStories.length,
    events: existingStories.reduce((n, s) => n + s.events, 0),
    ...(await store.countCorpus()),
  };
}
