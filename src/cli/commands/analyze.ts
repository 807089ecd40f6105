import { analyzeStore, type AnalyzeReport } from '../../pipeline/analyze.js';
import { SqliteStore } from '../../store/sqlite.js';
import type { Store } from '../../store/store.js';
import { createProgress } from '../progress.js';
import { withStore, writeLine, type Io } from '../context.js';
import { ingestWithReport, type IngestFlags } from './ingest.js';

export interface AnalyzeFlags extends IngestFlags {
  force?: boolean;
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

function describe(report: AnalyzeReport): string {
  return (
    `Analysed ${report.analyzed} new or changed document${report.analyzed === 1 ? '' : 's'} of ${report.documents}` +
    `${report.failed.length ? ` (${report.failed.length} failed)` : ''}; ` +
    `${report.stories} stories, ${report.events} events, ${report.entities} entities, ${report.quotes} quotes, ${report.duplicates} duplicates.`
  );
}

/** `dossier analyze` over the store, or one-shot over INPUTs in an in-memory store. */
export async function runAnalyze(inputs: string[], flags: AnalyzeFlags, io: Io): Promise<number> {
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
