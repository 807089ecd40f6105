// `dossier worker`: consumes one store's queues until SIGTERM/SIGINT; `dossier dead-letters`: the documents whose jobs
// failed every attempt.
import { openStore, withStore, writeLine, UsageError, type Io } from '../context.js';
import { queuesFor } from '../../queue/client.js';
import { retryOnConnectionError } from '../../queue/retry.js';
import { startWorkers } from '../../queue/worker.js';
import { redact } from '../../store/postgres.js';

export interface WorkerFlags {
  db?: string;
  queue: string;
  concurrency?: string;
}

/** Jobs one process runs at once by default: analysis is CPU-bound, so about one per core it may use. */
const DEFAULT_CONCURRENCY = 1;

export async function runWorker(flags: WorkerFlags, io: Io): Promise<number> {
  const concurrency = flags.concurrency === undefined ? DEFAULT_CONCURRENCY : Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency must be a whole number >= 1, got ${flags.concurrency}`);
  const location = flags.db ?? process.env.DOSSIER_DB;
  const queues = queuesFor(location, flags.queue);
  const log = (message: string) => writeLine(io.stderr, `dossier worker ${process.pid}: ${message}`);
  // A store still starting up (the compose file starts everything at once) is waited for, not a fatal error.
  const store = await retryOnConnectionError('opening the store', () => openStore(location), log);
  const workers = startWorkers({ store, storeLocation: location as string, queues, concurrency, log });
  log(`taking jobs of ${queues.prefix} from ${redact(flags.queue)} (concurrency ${concurrency})`);

  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        // A second signal abandons running jobs; their locks expire and other workers retry them.
        log(`${signal} again: abandoning running jobs`);
        void workers.close(true).then(resolve, resolve);
        return;
      }
      stopping = true;
      log(`${signal}: finishing running jobs, taking no new ones`);
      void workers.close().then(resolve, resolve);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  await Promise.all([queues.close(), store.close()]);
  log('stopped');
  return 0;
}

export async function runDeadLetters(flags: { db?: string; json?: boolean }, io: Io): Promise<number> {
  return withStore(flags.db, async (store) => {
    const letters = await store.listDeadLetters();
    if (flags.json) writeLine(io.stdout, JSON.stringify(letters, null, 2));
    else if (letters.length === 0) writeLine(io.stdout, 'No dead letters.');
    else for (const l of letters) writeLine(io.stdout, `${l.at}  ${l.stage}  ${l.key ?? l.documentId} (${l.documentId}) after ${l.attempts} attempts: ${l.error}`);
    return 0;
  }, { create: false });
}
