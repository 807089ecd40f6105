// `dossier fetch` against a local site on 127.0.0.1: pages, feeds, conditional GET, robots.txt, retries,
// and every hostile answer recorded as one failure naming its URL while the rest is stored.
import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach } from 'vitest';
import { fetchIntoStore } from '../../src/pipeline/ingest.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { extractDocument } from '../../src/extract/index.js';
import type { LocalSite } from './local-server.js';
import { startLedgerSite, TEST_SETTINGS, type SiteState } from './site-fixture.js';

let site: LocalSite;
let state: SiteState;
let store: Store;

beforeAll(async () => {
  ({ site, state } = await startLedgerSite());
});
afterAll(async () => {
  await site.close();
});
beforeEach(async () => {
  store = await SqliteStore.open(':memory:');
  site.hits.clear();
  site.conditional.clear();
});
afterEach(async () => {
  await store.close();
});

async function documents() {
  const docs = await store.listDocumentsToAnalyze('fetch-test');
  return new Map(docs.map((d) => [d.key, d]));
}

describe('dossier fetch: pages', () => {
  it('stores a page under its URL with the URL and HTTP date as hints, and re-fetches it conditionally', async () => {
    const url = site.url('/news/velmora-flood.html');
    const first = await fetchIntoStore(store, [url], { settings: TEST_SETTINGS });
    expect(first).toMatchObject({ added: 1, failed: 0, notModified: 0 });
    const doc = (await documents()).get(url)!;
    expect(doc).toMatchObject({ format: 'html', bodyType: 'html', source: url });
    expect(doc.hints).toEqual({ url, servedDate: '2026-03-12T08:30:00.000Z' });
    expect(doc.body).toContain('Mayor Ilse Varga');
    expect(await store.getFetchState(url)).toMatchObject({ etag: '"flood-v1"', documentKey: url });
    // The page's own date wins over the HTTP date.
    expect(extractDocument(doc).published).toBe('2026-03-12T08:30:00Z');

    const again = await fetchIntoStore(store, [url], { settings: TEST_SETTINGS });
    expect(again).toMatchObject({ added: 0, updated: 0, failed: 0, notModified: 1 });
    expect(site.conditional.get('/news/velmora-flood.html')).toBe(1);
  });

  it('falls back to the HTTP Last-Modified date only when the page has none', async () => {
    const url = site.url('/news/ferry.html');
    await fetchIntoStore(store, [url], { settings: TEST_SETTINGS });
    const doc = (await documents()).get(url)!;
    expect(extractDocument(doc).published).toBe('2026-03-13T05:45:00.000Z');
  });

  it('follows a redirect and keys the page by the URL asked for', async () => {
    const url = site.url('/moved');
    const summary = await fetchIntoStore(store, [url], { settings: TEST_SETTINGS });
    expect(summary.added).toBe(1);
    const doc = (await documents()).get(url)!;
    expect(doc.source).toBe(site.url('/news/barrier.html'));
    expect(doc.hints.url).toBe(site.url('/news/barrier.html'));
  });

  it('retries a 429 after its Retry-After and a 503 with backoff, then stores the page', async () => {
    const summary = await fetchIntoStore(store, [site.url('/busy'), site.url('/flaky')], { settings: TEST_SETTINGS });
    expect(summary).toMatchObject({ added: 2, failed: 0 });
    expect(site.hits.get('/busy')).toBe(2);
    expect(site.hits.get('/flaky')).toBe(3);
  });
});

describe('dossier fetch: feeds', () => {
  it('stores one document per entry from its page, with the entry metadata as hints', async () => {
    const feed = site.url('/feeds/ledger.rss');
    const summary = await fetchIntoStore(store, [feed], { settings: TEST_SETTINGS });
    expect(summary).toMatchObject({ feeds: 1, added: 3, failed: 1 });
    const docs = await documents();
    const flood = docs.get(site.url('/news/velmora-flood.html'))!;
    // The page was fetched: the whole article, not the feed's one-line teaser.
    expect(flood.body).toContain('shelters had been opened in three schools');
    expect(flood.hints).toMatchObject({
      url: site.url('/news/velmora-flood.html'),
      title: 'Velmora orders evacuation',
      publisher: 'Harbor Ledger',
      authors: ['Ana Reyes'],
      published: '2026-03-12T08:30:00.000Z',
      language: 'en',
    });
    // A title-and-link entry works: its page is its content.
    expect(docs.get(site.url('/news/ferry.html'))!.body).toContain('leave at seven instead of six');
    // The gone page is a failure naming its URL; the feed's own text for it is kept.
    expect(summary.failures).toEqual([{ input: site.url('/news/gone.html'), reason: `HTTP 404 (entry 3 of ${feed})` }]);
    expect(docs.get(site.url('/news/gone.html'))!.body).toContain('council archive moved');
    expect(await store.listFailures(summary.runId)).toHaveLength(1);
  });

  it('reports a truncated feed, a mislabelled page and a feed with entities, one line each', async () => {
    const urls = ['/feeds/truncated.rss', '/feeds/not-a-feed.rss', '/feeds/entities.rss'].map((p) => site.url(p));
    const summary = await fetchIntoStore(store, urls, { settings: TEST_SETTINGS });
    expect(summary.added).toBe(0);
    const reasons = new Map(summary.failures.map((f) => [f.input, f.reason]));
    expect(reasons.get(urls[0]!)).toBe('entry 1 has no link and no content');
    expect(reasons.get(urls[1]!)).toBe('labelled application/rss+xml but not an RSS, Atom or JSON Feed document');
    expect(reasons.get(urls[2]!)).toMatch(/declares XML entities/);
  });
});

describe('dossier fetch: hostile servers', () => {
  it('records one failure per bad URL, naming it, and still stores the good page', async () => {
    const paths = [
      '/slow',
      '/slow-body',
      '/reset',
      '/huge',
      '/huge-declared',
      '/logo.png',
      '/download',
      '/loop-a',
      '/chain/0',
      '/to-ftp',
      '/private/memo.html',
      '/down',
      '/too-busy',
      '/news/velmora-flood.html',
    ];
    // Timeouts short enough for the stalling routes, long enough for the good page on a busy machine.
    const settings = { ...TEST_SETTINGS, retries: 1, headersTimeoutMs: 1500, bodyIdleTimeoutMs: 1500 };
    const summary = await fetchIntoStore(store, paths.map((p) => site.url(p)), { settings });
    expect(summary.added).toBe(1);
    expect((await documents()).has(site.url('/news/velmora-flood.html'))).toBe(true);
    const reasons = new Map(summary.failures.map((f) => [f.input.replace(site.origin, ''), f.reason]));
    expect([...reasons.keys()].sort()).toEqual(paths.filter((p) => p !== '/news/velmora-flood.html').sort());
    for (const reason of reasons.values()) expect(reason).not.toContain('\n');
    expect(reasons.get('/slow')).toBe('no response within 1.5 s (gave up after 2 attempts)');
    expect(reasons.get('/slow-body')).toBe('body stalled for 1.5 s (gave up after 2 attempts)');
    expect(reasons.get('/reset')).toMatch(/^connection (reset by the server|closed before the whole body)/);
    expect(reasons.get('/huge')).toBe('body is over the 256.0 KB limit; transfer aborted');
    expect(reasons.get('/huge-declared')).toBe('body is 40.0 MB, over the 256.0 KB limit; not downloaded');
    expect(reasons.get('/logo.png')).toMatch(/^content type image\/png refused \(Dossier reads text\/html, /);
    expect(reasons.get('/download')).toMatch(/^content type application\/octet-stream refused/);
    expect(reasons.get('/loop-a')).toBe(`redirect loop: ${site.url('/loop-a')} -> ${site.url('/loop-b')} -> ${site.url('/loop-a')}`);
    expect(reasons.get('/chain/0')).toBe(`more than 5 redirects (last to ${site.url('/chain/6')})`);
    expect(reasons.get('/to-ftp')).toBe('refused (redirected to ftp://files.harbor-ledger.example/archive): scheme ftp: refused (only http and https are fetched)');
    expect(reasons.get('/private/memo.html')).toBe(`disallowed by ${site.origin}/robots.txt for user agent Dossier`);
    expect(reasons.get('/down')).toBe('HTTP 503 (gave up after 2 attempts)');
    expect(reasons.get('/too-busy')).toBe('HTTP 429; Retry-After asks for 86400 s, over the 3 s limit');
    // The huge body was cut off, not downloaded: the server could not push its 8 MB.
    expect(state.hugeSent).toBeLessThan(4 * 1024 * 1024);
    const stored = await store.listFailures(summary.runId);
    expect(stored).toHaveLength(13);
  });

  it('treats a robots.txt that answers 5xx as disallowing everything on that host', async () => {
    const { site: other } = await startLedgerSite();
    try {
      other.route('/robots.txt', (_req, res) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('oops');
      });
      const summary = await fetchIntoStore(store, [other.url('/news/velmora-flood.html')], { settings: { ...TEST_SETTINGS, retries: 0 } });
      expect(summary.failures[0]!.reason).toBe(`robots.txt of ${other.origin} could not be read (HTTP 500); nothing is fetched from it until it can`);
      expect(other.hits.get('/news/velmora-flood.html')).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});
