// `dossier watch FEEDS.txt --every 15m`: polls a list of feeds and stores only new entries, until SIGINT/SIGTERM
// (or after one poll with --once). Each poll is one run in the store; a signal stops cleanly between writes.
import { promises as fs } from 'node:fs';
import { Fetcher, parseDuration, readFeedList, resolveFetchSettings } from '../../ingest/fetch/index.js';
import { fetchIntoStore } from '../../pipeline/ingest.js';
import { withStore, writeLine, type Io } from '../context.js';
import { describeFetch, fetchSettingsFrom, type FetchFlags } from './fetch.js';

export interface WatchFlags extends FetchFlags {
  every?: string;
  once?: boolean;
}

// Polling a news feed more often than this is impolite and rarely finds anything new.
const MIN_INTERVAL_MS = 60_000;
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

export async function runWatch(feedsFile: string, flags: WatchFlags, io: Io): Promise<number> {
  const every = parseDuration(flags.every ?? '15m');
  if (every < MIN_INTERVAL_MS && !flags.once) throw new Error(`--every ${flags.every} is too often: poll at most once a minute`);
  let text: string;
  try {
    text = await fs.readFile(feedsFile, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the feed list ${feedsFile}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`);
  }
  const list = readFeedList(text);
  for (const problem of list.problems) writeLine(io.stderr, `dossier: ${feedsFile}: ${problem} (skipped)`);
  if (list.urls.length === 0) throw new Error(`the feed list ${feedsFile} has no http(s) URLs`);
  const fetcher = new Fetcher(resolveFetchSettings(fetchSettingsFrom(flags)));
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) return;
    writeLine(io.stderr, `dossier: ${signal}: stopping after the current write`);
    stop.abort();
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  let failedLastPoll = false;
  try {
    return await withStore(flags.db, async (store) => {
      for (let poll = 1; !stop.signal.aborted; poll++) {
        const summary = await fetchIntoStore(
          store,
          list.urls,
          { fetcher, onlyNewEntries: true, signal: stop.signal, command: 'watch' },
          { onFailure: (failure) => writeLine(io.stderr, `dossier: ${failure.input}: ${failure.reason}`) },
        );
        failedLastPoll = summary.failed > 0;
        const at = new Date().toISOString();
        if (flags.json) writeLine(io.stdout, JSON.stringify({ at, poll, ...summary }));
        else writeLine(io.stdout, `${at} poll ${poll} of ${list.urls.length} feed${list.urls.length === 1 ? '' : 's'}: ${describeFetch(summary)} (run ${summary.runId}).`);
        if (flags.once) break;
        await wait(every, stop.signal);
      }
      if (stop.signal.aborted && !flags.json) writeLine(io.stdout, 'Stopped.');
      // --once reports failures like fetch does; a long-running watch stopped by a signal ends normally.
      return flags.once && failedLastPoll ? 1 : 0;
    });
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
    await fetcher.close();
  }
}
