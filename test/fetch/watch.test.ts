// `dossier watch FEEDS.txt --once`: each poll fetches only entries not seen before; a 304 feed costs one request.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runWatch } from '../../src/cli/commands/watch.js';
import type { Io } from '../../src/cli/context.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { readFeedList } from '../../src/ingest/fetch/index.js';
import type { LocalSite } from './local-server.js';
import { startLedgerSite, type SiteState } from './site-fixture.js';

function fakeIo(): { io: Io; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  return {
    io: { stdout: stdout as unknown as NodeJS.WriteStream, stderr: stderr as unknown as NodeJS.WriteStream, stdin: new PassThrough() },
    out: () => out,
    err: () => err,
  };
}

describe('dossier watch', () => {
  let site: LocalSite;
  let state: SiteState;
  let dir: string;
  beforeAll(async () => {
    ({ site, state } = await startLedgerSite());
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-watch-'));
  });
  afterAll(async () => {
    await site.close();
  });

  it('reads a feed list with comments and reports lines that are not URLs', () => {
    const list = readFeedList('# Velmora outlets\nhttps://www.harbor-ledger.example/feed.rss  # main\n\nftp://old.example/feed\nnot a url\nhttps://www.harbor-ledger.example/feed.rss\n');
    expect(list.urls).toEqual(['https://www.harbor-ledger.example/feed.rss']);
    expect(list.problems).toEqual(['line 4: "ftp://old.example/feed" is not an http(s) URL', 'line 5: "not a url" is not an http(s) URL']);
  });

  it('fetches every entry once, then only new entries, with conditional GETs of the feed', async () => {
    const db = path.join(dir, 'watch.db');
    const feeds = path.join(dir, 'feeds.txt');
    fs.writeFileSync(feeds, `# Harbor Ledger\n${site.url('/feeds/ledger.rss')}\n`);
    const flags = { db, once: true, allowPrivate: true, hostDelay: '0s', retries: '0' };

    const first = fakeIo();
    expect(await runWatch(feeds, flags, first.io)).toBe(1);
    expect(first.out()).toMatch(/poll 1 of 1 feed: 3 added, 0 updated, 0 unchanged, 1 failed; 1 feed/);
    expect(first.err()).toBe(`dossier: ${site.url('/news/gone.html')}: HTTP 404 (entry 3 of ${site.url('/feeds/ledger.rss')})\n`);

    // Nothing new: the feed answers 304 and no page is requested.
    site.hits.clear();
    const second = fakeIo();
    expect(await runWatch(feeds, flags, second.io)).toBe(0);
    expect(second.out()).toMatch(/0 added, 0 updated, 0 unchanged, 0 failed; 1 not modified/);
    // (Each --once run is a new process, so robots.txt is read again; a running watch keeps it for a day.)
    const pages = () => [...site.hits.keys()].filter((p) => p !== '/robots.txt').sort();
    expect(pages()).toEqual(['/feeds/ledger.rss']);

    // A new entry is published: only its page is fetched.
    state.feedItems.unshift({ title: 'Engineers reinforce the barrier', link: '/news/barrier.html', pubDate: 'Sat, 14 Mar 2026 09:00:00 GMT' });
    state.feedVersion++;
    site.hits.clear();
    const third = fakeIo();
    expect(await runWatch(feeds, flags, third.io)).toBe(0);
    expect(third.out()).toMatch(/1 added, 0 updated, 0 unchanged, 0 failed; 1 feed, 3 entries seen before/);
    expect(pages()).toEqual(['/feeds/ledger.rss', '/news/barrier.html']);

    const store = await SqliteStore.open(db);
    try {
      expect(await store.countDocuments()).toBe(4);
      expect((await store.listRuns()).map((r) => r.command)).toEqual(['watch', 'watch', 'watch']);
    } finally {
      await store.close();
    }
  });

  it('refuses a missing feed list and a list without URLs with a clear error', async () => {
    await expect(runWatch(path.join(dir, 'missing.txt'), { once: true }, fakeIo().io)).rejects.toThrow(/cannot read the feed list .*missing\.txt: no such file/);
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '# nothing yet\n');
    await expect(runWatch(empty, { once: true }, fakeIo().io)).rejects.toThrow(`the feed list ${empty} has no http(s) URLs`);
    await expect(runWatch(empty, { every: '10s' }, fakeIo().io)).rejects.toThrow('--every 10s is too often: poll at most once a minute');
  });
});
