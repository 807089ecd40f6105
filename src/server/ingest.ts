// Ingest over HTTP: uploaded files and JSON records go through the same readers and store path as
// `dossier ingest`; URLs through `dossier fetch` (with its SSRF guard). The new documents are then analysed,
// so they appear in stories at once. One ingest runs at a time: analysis regroups the whole corpus.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { Readable } from 'node:stream';
import { maybeGunzip, readDocument, readWarc, resolveSettings, type IngestSettings } from '../ingest/index.js';
import { stripGzExtension } from '../ingest/detect-format.js';
import type { FetchSettings } from '../ingest/fetch/index.js';
import type { IngestResult } from '../core/records.js';
import { emptyTally, fetchIntoStore, storeResult, type RunTally } from '../pipeline/ingest.js';
import { analyzeStore, type AnalyzeReport } from '../pipeline/analyze.js';
import { documentIdForKey } from '../store/kysely-store.js';
import type { Store } from '../store/store.js';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface IngestRequest {
  files: UploadedFile[];
  records: unknown[];
  urls: string[];
}

export interface IngestResponse {
  ingest: Omit<RunTally, 'sameContent'> & { runIds: string[]; sameContent: RunTally['sameContent'] };
  analysis: AnalyzeReport;
  documents: { id: string; key: string; title: string | null; status: string }[];
  stories: { id: string; title: string }[];
}

/** Key prefix of uploaded files: an upload is not a path on this machine, and must not be mistaken for one. */
const UPLOAD_PREFIX = 'upload/';
/** Key prefix of records posted as JSON; the rest is the content hash, so posting the same records is idempotent. */
const RECORDS_PREFIX = 'api/records-';

/** The file name an upload is stored under: its base name, without control characters; never a path. */
export function uploadName(name: string): string {
  const base = path.posix.basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base === '' || base === '.' || base === '..' ? 'unnamed' : base;
}

async function* readUpload(file: UploadedFile, settings: IngestSettings, onSkipped: (reason: string) => void): AsyncGenerator<IngestResult> {
  const name = `${UPLOAD_PREFIX}${uploadName(file.name)}`;
  if (/\.warc(\.gz)?$/i.test(name)) {
    yield* readWarc(name, Readable.from([Buffer.from(file.bytes)]), settings, onSkipped);
    return;
  }
  const bytes = await maybeGunzip(Buffer.from(file.bytes), stripGzExtension(name).gzipped, settings);
  if (!bytes.ok) {
    yield { kind: 'failure', input: name, reason: bytes.reason };
    return;
  }
  yield* readDocument({ name, formatName: name, bytes: bytes.bytes, settings });
}

/** Serialises ingests: the second waits for the first. */
export class IngestQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

export async function ingestOverHttp(
  store: Store,
  request: IngestRequest,
  options: { fetchSettings?: Partial<FetchSettings>; ingestSettings?: Partial<IngestSettings> } = {},
): Promise<IngestResponse> {
  const settings = resolveSettings(options.ingestSettings);
  const tally = emptyTally();
  const runIds: string[] = [];
  const stored = new Map<string, { key: string; status: string }>();
  const remember = (id: string, key: string, status: string) => stored.set(id, { key, status });

  if (request.files.length > 0 || request.records.length > 0) {
    const inputs = [
      ...request.files.map((f) => `${UPLOAD_PREFIX}${uploadName(f.name)}`),
      ...(request.records.length ? [`${request.records.length} JSON records`] : []),
    ];
    const runId = await store.startRun('serve ingest', inputs);
    runIds.push(runId);
    const onSkipped = (reason: string) => {
      tally.skipped[reason] = (tally.skipped[reason] ?? 0) + 1;
    };
    const put = async (result: IngestResult) => {
      const done = await storeResult(store, runId, result, tally);
      if (done && result.kind === 'item') remember(done.id, result.key, done.status);
    };
    for (const file of request.files) for await (const result of readUpload(file, settings, onSkipped)) await put(result);
    if (request.records.length) {
      const bytes = new TextEncoder().encode(JSON.stringify(request.records));
      const name = `${RECORDS_PREFIX}${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.json`;
      for (const result of readDocument({ name, formatName: name, bytes, settings })) await put(result);
    }
    const { added, updated, unchanged, failed } = tally;
    await store.finishRun(runId, { added, updated, unchanged, failed });
  }

  if (request.urls.length > 0) {
    const fetched = await fetchIntoStore(
      store,
      request.urls,
      { settings: options.fetchSettings, ingestSettings: options.ingestSettings, command: 'serve fetch' },
      { onDocument: (key, status) => remember(documentIdForKey(key), key, status) },
    );
    runIds.push(fetched.runId);
    tally.added += fetched.added;
    tally.updated += fetched.updated;
    tally.unchanged += fetched.unchanged;
    tally.failed += fetched.failed;
    tally.failures.push(...fetched.failures);
    tally.sameContent.push(...fetched.sameContent);
    for (const [reason, n] of Object.entries(fetched.skipped)) tally.skipped[reason] = (tally.skipped[reason] ?? 0) + n;
  }

  const analysis = await analyzeStore(store);
  const records = await store.getDocuments([...stored.keys()]);
  const storyIds = [...new Set(records.flatMap((d) => d.segments.map((s) => s.storyId)).filter((id): id is string => id !== null))];
  const stories: IngestResponse['stories'] = [];
  for (const id of storyIds) {
    const story = await store.getStory(id);
    if (story) stories.push({ id: story.id, title: story.title });
  }
  return {
    ingest: { ...tally, runIds },
    analysis,
    documents: records.map((d) => ({ id: d.id, key: d.key, title: d.title, status: stored.get(d.id)?.status ?? 'stored' })),
    stories,
  };
}
