import { parseSize } from '../../ingest/index.js';
import { ingestInputs, type IngestSummary } from '../../pipeline/ingest.js';
import { createProgress } from '../progress.js';
import { withStore, writeLine, type Io } from '../context.js';
import type { Store } from '../../store/store.js';

export interface IngestFlags {
  db?: string;
  json?: boolean;
  maxFileSize?: string;
  progress?: boolean;
}

export function ingestSettings(flags: IngestFlags) {
  return flags.maxFileSize ? { maxFileBytes: parseSize(flags.maxFileSize) } : {};
}

/** Ingests into an open store, reporting failures on stderr as they happen. */
export async function ingestWithReport(store: Store, inputs: string[], flags: IngestFlags, io: Io): Promise<IngestSummary> {
  const settings = ingestSettings(flags);
  const progress = createProgress(io.stderr, flags.progress !== false && !flags.json, 'documents');
  let seen = 0;
  try {
    return await ingestInputs(
      store,
      inputs,
      { settings, stdin: io.stdin, command: 'ingest' },
      {
        onFailure(failure) {
          progress.stop();
          writeLine(io.stderr, `dossier: ${failure.input}: ${failure.reason}`);
        },
        onDocument(key) {
          seen += 1;
          progress.update(seen, null, key);
        },
      },
    );
  } finally {
    progress.stop();
  }
}

export async function runIngest(inputs: string[], flags: IngestFlags, io: Io): Promise<number> {
  return withStore(flags.db, async (store) => {
    const summary = await ingestWithReport(store, inputs, flags, io);
    if (flags.json) {
      writeLine(io.stdout, JSON.stringify(summary, null, 2));
    } else {
      const total = summary.added + summary.updated + summary.unchanged;
      writeLine(
        io.stdout,
        `Ingested ${total} document${total === 1 ? '' : 's'}: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed (run ${summary.runId}).`,
      );
      if (summary.added + summary.updated > 0) writeLine(io.stdout, 'Next: dossier analyze');
    }
    return summary.failed > 0 ? 1 : 0;
  });
}
