import { analyzeStore, type AnalyzeReport } from '../../pipeline/analyze.js';
import { SqliteStore } from '../../store/sqlite.js';
import type { Store } from '../../store/store.js';
import { createProgress } from '../progress.js';
import { UsageError, withStore, writeLine, type Io } from '../context.js';
import { enqueueMissing, queuesFor, scheduleCorpus, waitForCorpus, waitForDocuments } from '../../queue/client.js';
import { ingestWithReport, type IngestFlags } from './ingest.js';

export interface AnalyzeFlags extends IngestFlags {
  force?: boolean;
  /** Distributed mode: wait for the workers' document jobs, then wait for the corpus job (else only schedule it). */
  wait?: boolean;
}

async function analyzeWithReport(store: Store, flags: AnalyzeFlags, io: Io): Promise<AnalyzeReport> {
  const progress = createProgress(io.stderr, flags.progress !== false && !flags.json, 'documents analysed');
  try {
    const report = await analyzeStore(store, {
      force: flags.force,
      onProgress: (p) => progress.update(p.done, p.total, p.documentId),
    });
    progress.stop();
    for (const f of report.failed) writeLine(io.stderr, `dossier: ${f.key}: analysis failed: ${f.reason}`);
    return report;
  } finally {
    progress.stop();
  }
}

/** `dossier analyze --queue`: the same analysis by the workers; with --wait, the same summary as the embedded run. */
async function analyzeDistributed(flags: AnalyzeFlags, io: Io): Promise<number> {
  const queues = queuesFor(flags.db, flags.queue as string);
  try {
    // Documents whose job was lost (a Redis that restarted empty) or never enqueued are enqueued again first.
    const missing = await withStore(flags.db, (store) => enqueueMissing(store, queues), { create: false });
    if (missing > 0) writeLine(io.stderr, `dossier: enqueued ${missing} stored document${missing === 1 ? '' : 's'} that had no job`);
    if (!flags.wait) {
      const id = await scheduleCorpus(queues, flags.force === true);
      writeLine(io.stdout, `Scheduled corpus job ${id}; the workers regroup once it runs (add --wait to wait for it).`);
      return 0;
    }
    const progress = createProgress(io.stderr, flags.progress !== false && !flags.json, 'documents left in the queue');
    try {
      await waitForDocuments(queues, (left) => progress.update(left, null, ''));
    } finally {
      progress.stop();
    }
    const report = await waitForCorpus(queues, await scheduleCorpus(queues, flags.force === true));
    for (const f of report.failed) writeLine(io.stderr, `dossier: ${f.key}: analysis failed: ${f.reason}`);
    if (flags.json) writeLine(io.stdout, JSON.stringify(report, null, 2));
    else {
      writeLine(io.stdout, describe(report));
      if (report.stories > 0) writeLine(io.stdout, 'Next: dossier stories');
    }
    return report.failed.length > 0 ? 1 : 0;
  } finally {
    await queues.close();
  }
}

function describe(report: AnalyzeReport): string {
  return (
    `Analysed ${report.analyzed} new or changed document${report.analyzed === 1 ? '' : 's'} of ${report.documents}` +
    `${report.failed.length ? ` (${report.failed.length} failed)` : ''}; ` +
    `${report.stories} stories, ${report.events} events, ${report.entities} entities, ${report.quotes} quotes, ${report.duplicates} duplicates.`
  );
}

/** `dossier analyze` over the store, or one-shot over INPUTs in an in-memory store. */
export async function runAnalyze(inputs: string[], flags: AnalyzeFlags, io: Io): Promise<number> {
  if (flags.queue) {
    if (inputs.length > 0) throw new UsageError('--queue analyses the stored corpus: ingest INPUTs with `dossier ingest --queue` first');
    return analyzeDistributed(flags, io);
  }
  if (inputs.length > 0) {
    const store = await SqliteStore.open(':memory:');
    try {
      const ingest = await ingestWithReport(store, inputs, flags, io);
      const report = await analyzeWithReport(store, flags, io);
      if (flags.json) {
        writeLine(io.stdout, JSON.stringify(await store.exportAnalysis(), null, 2));
      } else {
        writeLine(io.stdout, describe(report));
        for (const s of await store.listStories()) writeLine(io.stdout, `  ${s.id}  ${s.firstDate ?? '          '}  ${s.title}`);
      }
      return ingest.failed > 0 || report.failed.length > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  }
  return withStore(flags.db, async (store) => {
    const report = await analyzeWithReport(store, flags, io);
    if (flags.json) writeLine(io.stdout, JSON.stringify(report, null, 2));
    else {
      writeLine(io.stdout, describe(report));
      if (report.stories > 0) writeLine(io.stdout, 'Next: dossier stories');
    }
    return report.failed.length > 0 ? 1 : 0;
  }, { create: false });
}
