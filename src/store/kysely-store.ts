// The store over Kysely, shared by every dialect. A dialect supplies only what SQL cannot say
// portably: full-text indexing and search.
import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import {
  SCHEMA_ID,
  Story,
  type AnalysisRecord,
  type DocumentRecord,
  type EntityRecord,
  type QuoteRecord,
  type RemovalRecord,
  type StoryRecord,
  type StorySectionsRecord,
} from '../contract/analysis.js';
import type {
  AnalyzedDocument,
  BodyType,
  DocumentAnalysis,
  IngestItem,
  InputFormat,
  Mention,
  MetadataHints,
  QuoteFinding,
  SourceDocument,
  TimeExpressionFinding,
} from '../core/records.js';
import type { Database } from './tables.js';
import type {
  CorpusAnalysis,
  DeadLetter,
  DocumentToAnalyze,
  FetchState,
  IngestFailureRow,
  IngestRun,
  PutResult,
  RunCounts,
  SearchHit,
  Store,
  StoredSegment,
  StoryListing,
  StoryPage,
  StoryQuery,
} from './store.js';

/** Search hits consulted for a story query's words: enough to find every story a reader would expect. */
const STORY_QUERY_HITS = 500;

/** Rows per INSERT statement: keeps SQLite under its bound-parameter limit. */
const INSERT_CHUNK = 200;

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Stable document id: derived from the caller's key, so a changed document keeps its id. */
export function documentIdForKey(key: string): string {
  return `d_${sha256Hex(key).slice(0, 12)}`;
}

const now = () => new Date().toISOString();
const json = (value: unknown) => JSON.stringify(value);
function parse<T>(text: string | null | undefined, fallback: T): T {
  if (text == null || text === '') return fallback;
  return JSON.parse(text) as T;
}

function chunks<T>(items: T[], size = INSERT_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A full-text match as each dialect's search query returns it. */
export interface SearchRow {
  document_id: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  snippet: string;
  score: number;
}

/** A search row as a hit; `score` is already higher-is-better. */
interface DocumentRow {
  id: string;
  key: string;
  source: string;
  format: string;
  body_type: string;
  body: string;
  hints: string | null;
  ingested_at: string;
}

/** A stored document row as the pipeline's input record. */
function sourceDocumentOf(r: DocumentRow): SourceDocument {
  return {
    id: r.id,
    key: r.key,
    source: r.source,
    format: r.format as InputFormat,
    bodyType: r.body_type as BodyType,
    body: r.body,
    hints: parse<MetadataHints>(r.hints, {}),
    ingestedAt: r.ingested_at,
  };
}

export function searchHitOf(row: SearchRow, score: number): Omit<SearchHit, 'storyIds'> {
  return { documentId: row.document_id, title: row.title, publisher: row.publisher, published: row.published, snippet: row.snippet, score };
}

export abstract class KyselyStore implements Store {
  abstract readonly dialect: 'sqlite' | 'postgres';
  private runSequence = 0;

  protected constructor(protected readonly db: Kysely<Database>) {}

  /** Replace the full-text entry of one document (inside the analysis transaction). */
  protected abstract indexText(trx: Transaction<Database>, documentId: string, title: string, text: string): Promise<void>;
  protected abstract searchIndex(query: string, limit: number): Promise<Omit<SearchHit, 'storyIds'>[]>;

  /** Bumps the store version inside a write's transaction, so the new version and the new records commit together. */
  private async bumpVersion(trx: Transaction<Database>): Promise<void> {
    await trx.updateTable('store_version').set({ version: sql<number>`version + 1` }).where('id', '=', 1).execute();
  }

  async version(): Promise<number> {
    const row = await this.db.selectFrom('store_version').select('version').where('id', '=', 1).executeTakeFirst();
    return Number(row?.version ?? 0);
  }

  async startRun(command: string, inputs: string[]): Promise<string> {
    const startedAt = now();
    this.runSequence += 1;
    const id = `r_${startedAt.replace(/[-:.TZ]/g, '')}_${process.pid}_${this.runSequence}`;
    await this.db
      .insertInto('ingest_runs')
      .values({ id, command, inputs: json(inputs), started_at: startedAt, finished_at: null, added: 0, updated: 0, unchanged: 0, failed: 0 })
      .execute();
    return id;
  }

  async finishRun(runId: string, counts: RunCounts): Promise<void> {
    await this.db
      .updateTable('ingest_runs')
      .set({ finished_at: now(), ...counts })
      .where('id', '=', runId)
      .execute();
  }

  async recordFailure(runId: string, input: string, reason: string): Promise<void> {
    await this.db.insertInto('ingest_failures').values({ run_id: runId, input, reason, at: now() }).execute();
  }

  async listRuns(): Promise<IngestRun[]> {
    const rows = await this.db.selectFrom('ingest_runs').selectAll().orderBy('started_at').orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      command: r.command,
      inputs: parse<string[]>(r.inputs, []),
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      added: Number(r.added),
      updated: Number(r.updated),
      unchanged: Number(r.unchanged),
      failed: Number(r.failed),
    }));
  }

  async listFailures(runId?: string): Promise<IngestFailureRow[]> {
    let query = this.db.selectFrom('ingest_failures').selectAll().orderBy('id');
    if (runId) query = query.where('run_id', '=', runId);
    const rows = await query.execute();
    return rows.map((r) => ({ runId: r.run_id, input: r.input, reason: r.reason, at: r.at }));
  }

  async getFetchState(url: string): Promise<FetchState | null> {
    const row = await this.db.selectFrom('fetch_state').selectAll().where('url', '=', url).executeTakeFirst();
    return row
      ? { url: row.url, etag: row.etag, lastModified: row.last_modified, fetchedAt: row.fetched_at, documentKey: row.document_key }
      : null;
  }

  async putFetchState(state: FetchState): Promise<void> {
    const row = { etag: state.etag, last_modified: state.lastModified, fetched_at: state.fetchedAt, document_key: state.documentKey };
    await this.db
      .insertInto('fetch_state')
      .values({ url: state.url, ...row })
      .onConflict((oc) => oc.column('url').doUpdateSet(row))
      .execute();
  }

  async putDocument(item: IngestItem, runId: string): Promise<PutResult> {
    const contentHash = sha256Hex(item.raw);
    return this.db.transaction().execute(async (trx) => {
      const sameContent = await trx
        .selectFrom('documents')
        .select(['id', 'key'])
        .where('content_hash', '=', contentHash)
        .executeTakeFirst();
      if (sameContent) {
        return sameContent.key === item.key
          ? { id: sameContent.id, status: 'unchanged' as const }
          : { id: sameContent.id, status: 'unchanged' as const, sameContentAs: sameContent.key };
      }
      const id = documentIdForKey(item.key);
      const at = now();
      const columns = {
        source: item.source,
        format: item.format,
        body_type: item.bodyType,
        content_hash: contentHash,
        raw: Buffer.from(item.raw.buffer, item.raw.byteOffset, item.raw.byteLength),
        charset: item.charset,
        body: item.body,
        hints: json(item.hints),
        warnings: json(item.warnings ?? []),
        updated_at: at,
        run_id: runId,
      };
      const sameKey = await trx.selectFrom('documents').select('id').where('key', '=', item.key).executeTakeFirst();
      if (sameKey) {
        await trx.updateTable('documents').set(columns).where('id', '=', sameKey.id).execute();
        await this.bumpVersion(trx);
        return { id: sameKey.id, status: 'updated' as const };
      }
      await trx
        .insertInto('documents')
        .values({ id, key: item.key, ingested_at: at, ...columns })
        .execute();
      await this.bumpVersion(trx);
      return { id, status: 'added' as const };
    });
  }

  async getRaw(documentId: string): Promise<Uint8Array | null> {
    const row = await this.db.selectFrom('documents').select('raw').where('id', '=', documentId).executeTakeFirst();
    return row ? new Uint8Array(row.raw) : null;
  }

  async countDocuments(): Promise<number> {
    const row = await this.db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async countCorpus(): Promise<{ entities: number; quotes: number; duplicates: number }> {
    const count = async (table: 'entities' | 'quotes' | 'duplicates') =>
      Number(
        (await this.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
      );
    return { entities: await count('entities'), quotes: await count('quotes'), duplicates: await count('duplicates') };
  }

  async listDocumentsToAnalyze(analyzerVersion: string): Promise<SourceDocument[]> {
    const rows = await this.db
      .selectFrom('documents as d')
      .leftJoin('document_analysis as a', 'a.document_id', 'd.id')
      .select(['d.id', 'd.key', 'd.source', 'd.format', 'd.body_type', 'd.body', 'd.hints', 'd.ingested_at'])
      .where((eb) =>
        eb.or([
          eb('a.analyzed_hash', 'is', null),
          eb('a.analyzed_hash', '!=', sql<string>`d.content_hash || ${':' + analyzerVersion}`),
        ]),
      )
      .orderBy('d.ingested_at')
      .orderBy('d.id')
      .execute();
    return rows.map(sourceDocumentOf);
  }

  async saveDocumentAnalysis(
    documentId: string,
    analyzerVersion: string,
    analysis: DocumentAnalysis,
    segments: StoredSegment[],
  ): Promise<void> {
    const { extracted } = analysis;
    const text = extracted.paragraphs.join('\n\n');
    await this.db.transaction().execute(async (trx) => {
      const doc = await trx.selectFrom('documents').select('content_hash').where('id', '=', documentId).executeTakeFirstOrThrow();
      const row = {
        analyzed_hash: `${doc.content_hash}:${analyzerVersion}`,
        title: extracted.title,
        publisher: extracted.publisher,
        authors: json(extracted.authors),
        published: extracted.published,
        modified: extracted.modified,
        language: analysis.language,
        url: extracted.url,
        text,
        removed: json(extracted.removed),
        mentions: json(analysis.mentions),
        quotes: json(analysis.quotes),
        borrowed: json(analysis.borrowed),
        published_confidence: analysis.publishedConfidence,
        time_expressions: json(analysis.timeExpressions),
        analyzed_at: now(),
      };
      await trx
        .insertInto('document_analysis')
        .values({ document_id: documentId, ...row })
        .onConflict((oc) => oc.column('document_id').doUpdateSet(row))
        .execute();
      await trx.deleteFrom('segments').where('document_id', '=', documentId).execute();
      for (const part of chunks(segments)) {
        await trx
          .insertInto('segments')
          .values(part.map((s, i) => ({ id: s.id, document_id: documentId, ordinal: i, text: s.text, story_id: null, event_id: null })))
          .execute();
      }
      await this.indexText(trx, documentId, extracted.title ?? '', text);
      await this.bumpVersion(trx);
    });
  }

  async listAnalyzedDocuments(): Promise<AnalyzedDocument[]> {
    const rows = await this.db
      .selectFrom('documents as d')
      .innerJoin('document_analysis as a', 'a.document_id', 'd.id')
      .select(['d.id', 'd.ingested_at', 'a.title', 'a.publisher', 'a.published', 'a.text', 'a.mentions', 'a.quotes', 'a.removed', 'a.time_expressions', 'a.borrowed'])
      .orderBy('d.id')
      .execute();
    const segments = await this.db.selectFrom('segments').select(['id', 'document_id', 'text']).orderBy('document_id').orderBy('ordinal').execute();
    const byDoc = new Map<string, { id: string; text: string }[]>();
    for (const s of segments) {
      const list = byDoc.get(s.document_id) ?? [];
      list.push({ id: s.id, text: s.text });
      byDoc.set(s.document_id, list);
    }
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      publisher: r.publisher,
      published: r.published,
      ingestedAt: r.ingested_at,
      text: r.text,
      segments: byDoc.get(r.id) ?? [],
      mentions: parse<Mention[]>(r.mentions, []),
      quotes: parse<QuoteFinding[]>(r.quotes, []),
      removed: parse<RemovalRecord[]>(r.removed, []),
      timeExpressions: parse<TimeExpressionFinding[]>(r.time_expressions, []),
      borrowed: parse<{ outlet: string; cue: string }[]>(r.borrowed, []),
    }));
  }

  async getDocumentToAnalyze(documentId: string): Promise<DocumentToAnalyze | null> {
    const r = await this.db
      .selectFrom('documents as d')
      .leftJoin('document_analysis as a', 'a.document_id', 'd.id')
      .select(['d.id', 'd.key', 'd.source', 'd.format', 'd.body_type', 'd.body', 'd.hints', 'd.ingested_at', 'd.content_hash', 'a.analyzed_hash'])
      .where('d.id', '=', documentId)
      .executeTakeFirst();
    if (!r) return null;
    return {
      document: sourceDocumentOf(r),
      contentHash: r.content_hash,
      analyzedHash: r.analyzed_hash ?? null,
    };
  }

  async relabelAnalyses(documentIds: string[], fromVersion: string, toVersion: string): Promise<number> {
    let changed = 0;
    const contentHash = sql<string>`(select d.content_hash from documents d where d.id = document_analysis.document_id)`;
    for (const part of chunks(documentIds)) {
      const result = await this.db
        .updateTable('document_analysis')
        .set({ analyzed_hash: sql<string>`${contentHash} || ${':' + toVersion}` })
        .where('document_id', 'in', part)
        .where('analyzed_hash', '=', sql<string>`${contentHash} || ${':' + fromVersion}`)
        .executeTakeFirst();
      changed += Number(result.numUpdatedRows);
    }
    return changed;
  }

  async recordDeadLetter(letter: Omit<DeadLetter, 'at'>): Promise<void> {
    const row = { document_id: letter.documentId, key: letter.key, stage: letter.stage, error: letter.error, attempts: letter.attempts, at: now() };
    await this.db
      .insertInto('dead_letters')
      .values({ job_id: letter.jobId, ...row })
      .onConflict((oc) => oc.column('job_id').doUpdateSet(row))
      .execute();
  }

  async listDeadLetters(): Promise<DeadLetter[]> {
    const rows = await this.db.selectFrom('dead_letters').selectAll().orderBy('at').orderBy('job_id').execute();
    return rows.map((r) => ({
      jobId: r.job_id,
      documentId: r.document_id,
      key: r.key,
      stage: r.stage,
      error: r.error,
      attempts: Number(r.attempts),
      at: r.at,
    }));
  }

  async replaceCorpusAnalysis(corpus: CorpusAnalysis): Promise<void> {
    const { grouping, entities, quotes, syntheses, membership } = corpus;
    await this.db.transaction().execute(async (trx) => {
      await this.bumpVersion(trx);
      for (const table of ['duplicates', 'entities', 'entity_documents', 'quotes', 'stories', 'events'] as const) {
        await trx.deleteFrom(table).execute();
      }
      await trx.updateTable('segments').set({ story_id: null, event_id: null }).execute();

      for (const part of chunks(grouping.duplicates)) {
        await trx
          .insertInto('duplicates')
          .values(part.map((d) => ({ document_id: d.documentId, duplicate_of: d.duplicateOf, reason: d.reason })))
          .execute();
      }
      for (const part of chunks(entities)) {
        await trx
          .insertInto('entities')
          .values(part.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: json(e.aliases), merges: json(e.merges) })))
          .execute();
      }
      const links = entities.flatMap((e) => e.documentIds.map((documentId) => ({ entity_id: e.id, document_id: documentId })));
      for (const part of chunks(links)) await trx.insertInto('entity_documents').values(part).execute();
      for (const part of chunks(quotes)) {
        await trx
          .insertInto('quotes')
          .values(
            part.map((q) => ({
              id: q.id,
              text: q.text,
              speaker_name: q.speakerName,
              speaker_entity_id: q.speakerEntityId,
              document_id: q.documentId,
              also_in: json(q.alsoIn),
            })),
          )
          .execute();
      }

      for (const story of grouping.stories) {
        const docs = new Set(story.documentIds);
        const synthesis = syntheses.get(story.id) ?? { summary: [], timeline: [], conflicts: [] };
        const dates = story.events.map((e) => e.date).filter((d): d is string => d !== null).sort();
        await trx
          .insertInto('stories')
          .values({
            id: story.id,
            title: story.title,
            document_ids: json(story.documentIds),
            entity_ids: json(
              membership?.get(story.id)?.entityIds ?? entities.filter((e) => e.documentIds.some((d) => docs.has(d))).map((e) => e.id),
            ),
            quote_ids: json(
              membership?.get(story.id)?.quoteIds ??
                quotes.filter((q) => docs.has(q.documentId) || q.alsoIn.some((d) => docs.has(d))).map((q) => q.id),
            ),
            summary: json(synthesis.summary),
            timeline: json(synthesis.timeline),
            conflicts: json(synthesis.conflicts),
            synthesis: json(synthesis.sections ?? {}),
            first_date: dates[0] ?? null,
            last_date: dates[dates.length - 1] ?? null,
          })
          .execute();
        for (const [ordinal, event] of story.events.entries()) {
          await trx
            .insertInto('events')
            .values({ id: event.id, story_id: story.id, ordinal, title: event.title, date: event.date, document_ids: json(event.documentIds) })
            .execute();
          for (const part of chunks(event.segmentIds, 500)) {
            await trx.updateTable('segments').set({ story_id: story.id, event_id: event.id }).where('id', 'in', part).execute();
          }
        }
      }
    });
  }

  async exportAnalysis(): Promise<AnalysisRecord> {
    const storyRows = await this.db.selectFrom('stories').select('id').orderBy('first_date').orderBy('id').execute();
    const stories: StoryRecord[] = [];
    for (const row of storyRows) {
      const story = await this.getStory(row.id);
      if (story) stories.push(story);
    }
    return {
      schema: SCHEMA_ID,
      documents: await this.getDocuments(),
      entities: await this.getEntities(),
      quotes: await this.getQuotes(),
      stories,
    };
  }

  async getDocuments(ids?: string[]): Promise<DocumentRecord[]> {
    if (ids && ids.length === 0) return [];
    let query = this.db
      .selectFrom('documents as d')
      .leftJoin('document_analysis as a', 'a.document_id', 'd.id')
      .leftJoin('duplicates as dup', 'dup.document_id', 'd.id')
      .select([
        'd.id', 'd.key', 'd.source', 'd.format', 'd.hints',
        'a.title', 'a.publisher', 'a.authors', 'a.published', 'a.modified', 'a.language', 'a.url', 'a.text', 'a.removed', 'a.borrowed', 'a.published_confidence', 'a.time_expressions',
        'dup.duplicate_of',
      ])
      .orderBy('d.id');
    if (ids) query = query.where('d.id', 'in', ids);
    const docs = await query.execute();
    let segmentQuery = this.db.selectFrom('segments').selectAll().orderBy('document_id').orderBy('ordinal');
    if (ids) segmentQuery = segmentQuery.where('document_id', 'in', ids);
    const segmentsByDoc = new Map<string, DocumentRecord['segments']>();
    for (const s of await segmentQuery.execute()) {
      const list = segmentsByDoc.get(s.document_id) ?? [];
      list.push({ id: s.id, text: s.text, storyId: s.story_id, eventId: s.event_id });
      segmentsByDoc.set(s.document_id, list);
    }
    return docs.map((d) => {
      const hints = parse<MetadataHints>(d.hints, {});
      return {
        id: d.id,
        key: d.key,
        source: d.source,
        format: d.format,
        title: d.title ?? hints.title ?? null,
        publisher: d.publisher ?? hints.publisher ?? null,
        authors: parse<string[]>(d.authors, hints.authors ?? []),
        published: d.published ?? hints.published ?? null,
        publishedConfidence: d.published_confidence ?? (d.published ?? hints.published ? 1 : null),
        modified: d.modified ?? null,
        language: d.language ?? hints.language ?? null,
        url: d.url ?? hints.url ?? null,
        text: d.text ?? '',
        removed: parse(d.removed, []),
        segments: segmentsByDoc.get(d.id) ?? [],
        duplicateOf: d.duplicate_of ?? null,
        borrowedFrom: parse<{ outlet: string; cue: string }[]>(d.borrowed, []),
        timeExpressions: parse<TimeExpressionFinding[]>(d.time_expressions, []),
      };
    });
  }

  async getEntities(ids?: string[]): Promise<EntityRecord[]> {
    if (ids && ids.length === 0) return [];
    let query = this.db.selectFrom('entities').selectAll().orderBy('id');
    if (ids) query = query.where('id', 'in', ids);
    const rows = await query.execute();
    let linkQuery = this.db.selectFrom('entity_documents').select(['entity_id', 'document_id']).orderBy('id');
    if (ids) linkQuery = linkQuery.where('entity_id', 'in', ids);
    const docsByEntity = new Map<string, string[]>();
    for (const link of await linkQuery.execute()) {
      const list = docsByEntity.get(link.entity_id) ?? [];
      list.push(link.document_id);
      docsByEntity.set(link.entity_id, list);
    }
    return rows.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type as EntityRecord['type'],
      aliases: parse<string[]>(e.aliases, []),
      documents: docsByEntity.get(e.id) ?? [],
    }));
  }

  async getQuotes(ids?: string[]): Promise<QuoteRecord[]> {
    if (ids && ids.length === 0) return [];
    let query = this.db.selectFrom('quotes').selectAll().orderBy('id');
    if (ids) query = query.where('id', 'in', ids);
    const rows = await query.execute();
    return rows.map((q) => ({
      id: q.id,
      text: q.text,
      speaker: { entityId: q.speaker_entity_id, name: q.speaker_name },
      documentId: q.document_id,
      alsoIn: parse<string[]>(q.also_in, []),
    }));
  }

  async listStories(): Promise<StoryListing[]> {
    const rows = await this.db.selectFrom('stories').selectAll().orderBy('first_date').orderBy('id').execute();
    const eventCounts = await this.db
      .selectFrom('events')
      .select(['story_id', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('story_id')
      .execute();
    const events = new Map(eventCounts.map((r) => [r.story_id, Number(r.n)]));
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      documents: parse<string[]>(r.document_ids, []).length,
      events: events.get(r.id) ?? 0,
      firstDate: r.first_date,
      lastDate: r.last_date,
    }));
  }

  async queryStories(query: StoryQuery): Promise<StoryPage> {
    const rows = await this.db
      .selectFrom('stories')
      .select(['id', 'title', 'document_ids', 'entity_ids', 'first_date', 'last_date'])
      .execute();
    const eventCounts = await this.db
      .selectFrom('events')
      .select(['story_id', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('story_id')
      .execute();
    const events = new Map(eventCounts.map((r) => [r.story_id, Number(r.n)]));
    const publishers = new Map(
      (await this.db.selectFrom('document_analysis').select(['document_id', 'publisher']).execute()).map((r) => [r.document_id, r.publisher]),
    );
    const entityIds = query.entity ? await this.entitiesMatching(query.entity) : null;
    const words = query.q?.trim().toLowerCase() ?? '';
    const searched = words ? new Set((await this.search(words, STORY_QUERY_HITS)).flatMap((h) => h.storyIds)) : null;
    const outlet = query.outlet?.trim().toLowerCase();
    const day = (d: string | null) => (d ? d.slice(0, 10) : null);
    const matches: StoryListing[] = [];
    for (const r of rows) {
      const first = day(r.first_date);
      const last = day(r.last_date);
      if (query.from && (last === null || last < query.from)) continue;
      if (query.to && (first === null || first > query.to)) continue;
      if (entityIds && !parse<string[]>(r.entity_ids, []).some((id) => entityIds.has(id))) continue;
      if (searched && !searched.has(r.id) && !r.title.toLowerCase().includes(words)) continue;
      const documentIds = parse<string[]>(r.document_ids, []);
      const perOutlet = new Map<string, number>();
      for (const id of documentIds) {
        const name = publishers.get(id);
        if (name) perOutlet.set(name, (perOutlet.get(name) ?? 0) + 1);
      }
      if (outlet && ![...perOutlet.keys()].some((name) => name.toLowerCase() === outlet)) continue;
      matches.push({
        id: r.id,
        title: r.title,
        documents: documentIds.length,
        events: events.get(r.id) ?? 0,
        firstDate: r.first_date,
        lastDate: r.last_date,
        outlets: [...perOutlet].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name),
      });
    }
    const newestFirst = (a: StoryListing, b: StoryListing) =>
      (b.lastDate ?? '').localeCompare(a.lastDate ?? '') ||
      (b.firstDate ?? '').localeCompare(a.firstDate ?? '') ||
      b.documents - a.documents ||
      a.id.localeCompare(b.id);
    matches.sort(newestFirst);
    return { total: matches.length, stories: matches.slice(query.offset, query.offset + query.limit) };
  }

  /** Entities named by id, or whose name or an alias contains the words (case-insensitive). */
  private async entitiesMatching(entity: string): Promise<Set<string>> {
    const wanted = entity.trim().toLowerCase();
    const rows = await this.db.selectFrom('entities').select(['id', 'name', 'aliases']).execute();
    return new Set(
      rows
        .filter((e) => e.id === entity.trim() || [e.name, ...parse<string[]>(e.aliases, [])].some((n) => n.toLowerCase().includes(wanted)))
        .map((e) => e.id),
    );
  }

  async listOutlets(): Promise<{ outlet: string; documents: number }[]> {
    const rows = await this.db
      .selectFrom('document_analysis')
      .select(['publisher', (eb) => eb.fn.countAll<number>().as('n')])
      .where('publisher', 'is not', null)
      .groupBy('publisher')
      .execute();
    return rows
      .map((r) => ({ outlet: r.publisher as string, documents: Number(r.n) }))
      .sort((a, b) => b.documents - a.documents || a.outlet.localeCompare(b.outlet));
  }

  async getStory(idOrPrefix: string): Promise<StoryRecord | null> {
    const rows = await this.db
      .selectFrom('stories')
      .selectAll()
      .where(sql<string>`substr(id, 1, ${idOrPrefix.length})`, '=', idOrPrefix)
      .limit(2)
      .execute();
    const exact = rows.find((r) => r.id === idOrPrefix);
    const row = exact ?? (rows.length === 1 ? rows[0] : undefined);
    if (!row) return null;
    const events = await this.db.selectFrom('events').selectAll().where('story_id', '=', row.id).orderBy('ordinal').execute();
    const documentIds = parse<string[]>(row.document_ids, []);
    const credits =
      documentIds.length === 0
        ? []
        : await this.db
            .selectFrom('document_analysis')
            .select(['document_id', 'publisher', 'borrowed'])
            .where('document_id', 'in', documentIds)
            .orderBy('document_id')
            .execute();
    const borrowing = credits.flatMap((c) =>
      parse<{ outlet: string; cue: string }[]>(c.borrowed, []).map((b) => ({
        from: b.outlet,
        to: c.publisher ?? 'unknown outlet',
        documentId: c.document_id,
        cue: b.cue,
      })),
    );
    const record = {
      id: row.id,
      title: row.title,
      documents: parse<string[]>(row.document_ids, []),
      events: events.map((e) => ({ id: e.id, title: e.title, date: e.date, documents: parse<string[]>(e.document_ids, []) })),
      summary: parse(row.summary, []),
      timeline: parse(row.timeline, []),
      quotes: parse<string[]>(row.quote_ids, []),
      entities: parse<string[]>(row.entity_ids, []),
      conflicts: parse(row.conflicts, []),
      borrowing,
      ...parse<Partial<StorySectionsRecord>>(row.synthesis, {}),
    };
    // Rows written before a field existed get its default from the contract.
    const read = Story.safeParse(record);
    return read.success ? read.data : (record as StoryRecord);
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    if (query.trim() === '') return [];
    const hits = await this.searchIndex(query, limit);
    if (hits.length === 0) return [];
    const segments = await this.db
      .selectFrom('segments')
      .select(['document_id', 'story_id'])
      .where('document_id', 'in', hits.map((h) => h.documentId))
      .where('story_id', 'is not', null)
      .execute();
    return hits.map((h) => ({
      ...h,
      storyIds: [...new Set(segments.filter((s) => s.document_id === h.documentId).map((s) => s.story_id as string))],
    }));
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
