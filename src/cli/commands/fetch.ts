// `dossier fetch URL...`: pages and feeds over HTTP(S) into the store, through the same path as `ingest`.
import { parseSize } from '../../ingest/index.js';
import { parseDuration, type FetchSettings } from '../../ingest/fetch/index.js';
import { fetchIntoStore, type FetchSummary } from '../../pipeline/ingest.js';
import { withStore, writeLine, type Io } from '../context.js';

export interface FetchFlags {
  db?: string;
  json?: boolean;
  allowPrivate?: boolean;
  allowAddress?: string[];
  timeout?: string;
  maxSize?: string;
  retries?: string;
  hostDelay?: string;
}

/** Fetch settings from the flags every fetching command shares; throws a clear Error on a bad value. */
export function fetchSettingsFrom(flags: FetchFlags): Partial<FetchSettings> {
  const settings: Partial<FetchSettings> = {};
  if (flags.allowPrivate) settings.allowPrivate = true;
  if (flags.allowAddress?.length) settings.allowAddresses = flags.allowAddress;
  if (flags.timeout) {
    const ms = parseDuration(flags.timeout);
    settings.headersTimeoutMs = ms;
    settings.bodyIdleTimeoutMs = ms;
    // Headers plus a body that keeps trickling get three times as long in all before the request is given up.
    settings.totalTimeoutMs = 3 * ms;
  }
  if (flags.maxSize) settings.maxBodyBytes = parseSize(flags.maxSize);
  if (flags.retries !== undefined) {
    if (!/^\d+$/.test(flags.retries)) throw new Error(`invalid --retries "${flags.retries}": expected a whole number`);
    settings.retries = Number(flags.retries);
  }
  if (flags.hostDelay) settings.hostIntervalMs = parseDuration(flags.hostDelay);
  return settings;
}

export function plural(n: number, noun: string): string {
  if (n === 1) return `${n} ${noun}`;
  return `${n} ${noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;
}

/** "3 added, 0 updated, 1 unchanged, 2 failed; 1 feed, 1 not modified" */
export function describeFetch(summary: FetchSummary): string {
  const parts = [`${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed`];
  const extra = [
    summary.feeds > 0 ? plural(summary.feeds, 'feed') : '',
    summary.notModified > 0 ? `${summary.notModified} not modified` : '',
    summary.entriesKnown > 0 ? `${plural(summary.entriesKnown, 'entry')} seen before` : '',
  ].filter(Boolean);
  return extra.length > 0 ? `${parts[0]}; ${extra.join(', ')}` : parts[0]!;
}

export async function runFetch(urls: string[], flags: FetchFlags, io: Io): Promise<number> {
  const settings = fetchSettingsFrom(flags);
  return withStore(flags.db, async (store) => {
    const summary = await fetchIntoStore(
      store,
      urls,
      { settings, command: 'fetch' },
      { onFailure: (failure) => writeLine(io.stderr, `dossier: ${failure.input}: ${failure.reason}`) },
    );
    if (flags.json) {
      writeLine(io.stdout, JSON.stringify(summary, null, 2));
    } else {
      writeLine(io.stdout, `Fetched ${urls.length === 1 ? urls[0] : plural(urls.length, 'URL')}: ${describeFetch(summary)} (run ${summary.runId}).`);
      if (summary.added + summary.updated > 0) writeLine(io.stdout, 'Next: dossier analyze');
    }
    return summary.failed > 0 ? 1 : 0;
  });
}
