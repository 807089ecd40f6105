// The corpus job: the embedded analyzeStore's corpus half, over what the workers stored. Under the corpus lock it
// reads the complete stored corpus, finds each outlet's boilerplate exactly as the embedded run does, finalises the
// first passes (relabelled where the outlet has no boilerplate, refined by workers where it has), and regroups.
// Everything it computes follows from the stored corpus alone, so a repeated or duplicated corpus job is harmless.
import { performance } from 'node:perf_hooks';
import { boilerplateSet } from '../extract/corpus-boilerplate.js';
import {
  ANALYZER_VERSION,
  PARAGRAPH_SEPARATOR,
  outletBoilerplateOf,
  regroupAndReport,
  type AnalyzeReport,
} from '../pipeline/analyze.js';
import type { Store } from '../store/store.js';
import { analyzeCorpusOffThread } from './corpus-thread.js';
import { acquireCorpusLock, type CorpusLock } from './corpus-lock.js';
import { FIRST_PASS_VERSION } from './document-jobs.js';
import { enqueueRefines, unfinished, type CorpusJobResult, type Queues, type RefineJob } from './jobs.js';
import { retryOnConnectionError, sleep } from './retry.js';
import { POLL_MS } from './settings.js';

export interface CorpusJobContext {
  store: Store;
  storeLocation: string;
  queues: Queues;
  jobId: string;
  force: boolean;
  /** True once the worker is shutting down: a waiting corpus job then hands itself back to the queue. */
  closing: () => boolean;
  log: (message: string) => void;
}

export class CorpusJobInterrupted extends Error {}

export async function runCorpusJob(ctx: CorpusJobContext): Promise<CorpusJobResult> {
  const started = performance.now();
  const lock = await retryOnConnectionError('taking the corpus lock', () => acquireCorpusLock(ctx.storeLocation), ctx.log);
  try {
    const result = await underLock(ctx, lock);
    return { ...result, corpusMs: performance.now() - started };
  } finally {
    await lock.release();
  }
}

async function underLock(ctx: CorpusJobContext, lock: CorpusLock): Promise<Omit<CorpusJobResult, 'corpusMs'>> {
  const { store } = ctx;
  const t0 = performance.now();
  const read = <T>(what: string, run: () => Promise<T>) => retryOnConnectionError(what, run, ctx.log);

  // Documents not final yet, and among them those whose first pass a worker has stored: this run's "fresh" ones.
  const pending = await read('listing pending documents', () => store.listDocumentsToAnalyze(ANALYZER_VERSION));
  const notFirstPassed = new Set((await read('listing first passes', () => store.listDocumentsToAnalyze(FIRST_PASS_VERSION))).map((d) => d.id));
  const pendingIds = new Set(pending.map((d) => d.id));
  const firstPassed = new Map(pending.filter((d) => !notFirstPassed.has(d.id)).map((d) => [d.id, d]));

  const existingStories = await read('listing stories', () => store.listStories());
  const regroupWanted = ctx.force || existingStories.length === 0;
  const stored = firstPassed.size > 0 || regroupWanted ? await read('reading the corpus', () => store.listAnalyzedDocuments()) : [];
  // The same evidence as the embedded run: this run's first passes, and every other document's final analysis.
  const fresh = stored.filter((d) => firstPassed.has(d.id));
  const repeated = outletBoilerplateOf(
    fresh.map((d) => ({ publisher: d.publisher, paragraphs: d.text.split(PARAGRAPH_SEPARATOR) })),
    stored.filter((d) => !pendingIds.has(d.id)),
  );
  const promote: string[] = [];
  const refine: RefineJob[] = [];
  for (const d of fresh) {
    const lines = boilerplateSet(repeated, d.publisher);
    if (lines.size === 0) promote.push(d.id);
    else refine.push({ documentId: d.id, key: firstPassed.get(d.id)?.key ?? d.id, lines: [...lines].sort() });
  }
  // With no boilerplate for its outlet, the second pass would repeat the first: its result is final as it is.
  const promoted = await read('finalising first passes', () => store.relabelAnalyses(promote, FIRST_PASS_VERSION, ANALYZER_VERSION));
  const t1 = performance.now();
  await enqueueRefines(ctx.queues, ctx.jobId, refine);
  await waitForRefines(ctx, lock);
  const t2 = performance.now();

  const stillPending = new Set((await read('listing pending documents', () => store.listDocumentsToAnalyze(ANALYZER_VERSION))).map((d) => d.id));
  const analyzed = [...firstPassed.keys()].filter((id) => !stillPending.has(id)).length;
  const failed = await failuresOf(store, stillPending, read);
  // Writing the corpus is the one step that must not interleave with another corpus job: re-check the lock first.
  const guarded = guardCorpusWrite(store, lock);
  const report: AnalyzeReport = await read('regrouping', () =>
    regroupAndReport(guarded, { analyzed, failed, regroupWanted, existingStories, current: () => store.listAnalyzedDocuments() }, analyzeCorpusOffThread),
  );
  const phases = { evidenceMs: t1 - t0, secondPassMs: t2 - t1, regroupMs: performance.now() - t2 };
  return { ...report, promoted, refined: analyzed - promoted, phases };
}

async function waitForRefines(ctx: CorpusJobContext, lock: CorpusLock): Promise<void> {
  // Only corpus jobs fill the refine queue, and only one runs at a time: an empty queue means this job's are done.
  while ((await unfinished(ctx.queues.refine)) > 0) {
    if (ctx.closing()) throw new CorpusJobInterrupted('worker shutting down while the corpus job waited for second passes');
    await lock.assertHeld();
    await sleep(POLL_MS);
  }
}

/** Pending documents that have a dead letter: the run's failures, with the last error of each. */
async function failuresOf(
  store: Store,
  pending: Set<string>,
  read: <T>(what: string, run: () => Promise<T>) => Promise<T>,
): Promise<AnalyzeReport['failed']> {
  const letters = await read('listing dead letters', () => store.listDeadLetters());
  const last = new Map<string, AnalyzeReport['failed'][number]>();
  for (const l of letters) {
    if (pending.has(l.documentId)) last.set(l.documentId, { documentId: l.documentId, key: l.key ?? l.documentId, reason: l.error });
  }
  return [...last.values()].sort((a, b) => (a.documentId < b.documentId ? -1 : 1));
}

function guardCorpusWrite(store: Store, lock: CorpusLock): Store {
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'replaceCorpusAnalysis') {
        return async (corpus: Parameters<Store['replaceCorpusAnalysis']>[0]) => {
          await lock.assertHeld();
          await target.replaceCorpusAnalysis(corpus);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
