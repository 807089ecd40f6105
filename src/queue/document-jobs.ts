// What a worker does with one document: the first pass (extract + language on its own), or the second pass with its
// outlet's boilerplate lines once the corpus job knows them. Both are idempotent: a job finding its work done, or its
// document changed since it was enqueued, ends without writing.
import { performance } from 'node:perf_hooks';
import { ANALYZER_VERSION, analyzeDocument, segmentsOf } from '../pipeline/analyze.js';
import type { Store } from '../store/store.js';
import type { DocumentJob, DocumentJobResult, RefineJob } from './jobs.js';
import { retryOnConnectionError, sleep } from './retry.js';
import { injectedDelayMs, injectedFailure } from './test-hooks.js';

/**
 * Label of a stored first pass. It differs from ANALYZER_VERSION, so the document stays "to analyse" for the embedded
 * path and for the corpus job until its second pass (or the finding that its outlet has no boilerplate) makes it final.
 */
export const FIRST_PASS_VERSION = `${ANALYZER_VERSION}.first-pass`;

export const labelOf = (contentHash: string, version: string) => `${contentHash}:${version}`;

type Log = (message: string) => void;

export async function runDocumentJob(store: Store, data: DocumentJob, log: Log): Promise<DocumentJobResult> {
  const t0 = performance.now();
  const found = await retryOnConnectionError('reading a document', () => store.getDocumentToAnalyze(data.documentId), log);
  const readMs = performance.now() - t0;
  const skip = (outcome: DocumentJobResult['outcome']): DocumentJobResult => ({ outcome, readMs, analyseMs: 0, writeMs: 0 });
  if (!found) return skip('gone');
  // A newer content has its own job; this one would label an old analysis with the new hash.
  if (found.contentHash !== data.contentHash) return skip('superseded');
  const done = [FIRST_PASS_VERSION, ANALYZER_VERSION].map((v) => labelOf(found.contentHash, v));
  if (found.analyzedHash && done.includes(found.analyzedHash)) return skip('already-analysed');

  const t1 = performance.now();
  injectedFailure(found.document.body);
  const analysis = analyzeDocument(found.document);
  const segments = segmentsOf(data.documentId, analysis);
  const analyseMs = performance.now() - t1;
  const delay = injectedDelayMs();
  if (delay > 0) await sleep(delay);

  const t2 = performance.now();
  await retryOnConnectionError('saving an analysis', () => store.saveDocumentAnalysis(data.documentId, FIRST_PASS_VERSION, analysis, segments), log);
  return { outcome: 'analysed', readMs, analyseMs, writeMs: performance.now() - t2 };
}

export async function runRefineJob(store: Store, data: RefineJob, log: Log): Promise<DocumentJobResult> {
  const t0 = performance.now();
  const found = await retryOnConnectionError('reading a document', () => store.getDocumentToAnalyze(data.documentId), log);
  const readMs = performance.now() - t0;
  const skip = (outcome: DocumentJobResult['outcome']): DocumentJobResult => ({ outcome, readMs, analyseMs: 0, writeMs: 0 });
  if (!found) return skip('gone');
  if (found.analyzedHash === labelOf(found.contentHash, ANALYZER_VERSION)) return skip('already-analysed');
  // Only a first pass of the current content is refined; anything else was changed or redone since.
  if (found.analyzedHash !== labelOf(found.contentHash, FIRST_PASS_VERSION)) return skip('superseded');

  const t1 = performance.now();
  injectedFailure(found.document.body);
  const analysis = analyzeDocument(found.document, new Set(data.lines));
  const segments = segmentsOf(data.documentId, analysis);
  const analyseMs = performance.now() - t1;

  const t2 = performance.now();
  await retryOnConnectionError('saving an analysis', () => store.saveDocumentAnalysis(data.documentId, ANALYZER_VERSION, analysis, segments), log);
  return { outcome: 'analysed', readMs, analyseMs, writeMs: performance.now() - t2 };
}
