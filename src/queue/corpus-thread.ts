// The corpus job's CPU-bound part (group, resolve, synthesize) in a worker thread: a regroup of thousands of
// documents takes longer than a queue lock lasts, and a blocked event loop could not renew the locks of this
// process's running jobs (BullMQ would then take them for stalled and run them again elsewhere).
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { analyzeCorpus } from '../pipeline/analyze.js';
import type { AnalyzedDocument } from '../core/records.js';
import type { CorpusAnalysis } from '../store/store.js';

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.once('message', (docs: AnalyzedDocument[]) => {
    try {
      port.postMessage({ ok: true, corpus: analyzeCorpus(docs) });
    } catch (error) {
      port.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  });
}

/** analyzeCorpus in a worker thread (records cross as structured clones); in-process when run from TypeScript sources. */
export function analyzeCorpusOffThread(docs: AnalyzedDocument[]): Promise<CorpusAnalysis> {
  const file = fileURLToPath(import.meta.url);
  if (!file.endsWith('.js')) return Promise.resolve(analyzeCorpus(docs));
  return new Promise((resolve, reject) => {
    const thread = new Worker(file);
    thread.once('message', (reply: { ok: true; corpus: CorpusAnalysis } | { ok: false; error: string }) => {
      void thread.terminate();
      if (reply.ok) resolve(reply.corpus);
      else reject(new Error(reply.error));
    });
    thread.once('error', reject);
    thread.postMessage(docs);
  });
}
