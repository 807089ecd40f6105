// The response cache of `dossier serve`: answers are built once per store version, sent gzipped and revalidated
// by ETag, and never outlive a write to the store, even one made by another process on the same file.
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeStore } from '../../src/pipeline/analyze.js';
import { ingestInputs } from '../../src/pipeline/ingest.js';
import { createApp } from '../../src/server/app.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { demoStore, type TempStore } from './fixture.js';

let demo: TempStore;
let storyId: string;

beforeAll(async () => {
  demo = await demoStore();
  storyId = (await demo.store.listStories()).sort((a, b) => b.documents - a.documents)[0]!.id;
});
afterAll(async () => {
  await demo?.close();
});

/** The store with its story reads counted: what the cache saves is store work. */
function counting(store: Store): { store: Store; reads: () => number } {
  let reads = 0;
  const counted = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key === 'getStory' && typeof value === 'function') {
        return (...args: unknown[]) => {
          reads++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as Store;
  return { store: counted, reads: () => reads };
}

describe('response cache', () => {
  it('builds a story page once for many concurrent readers, and answers later ones from memory', async () => {
    const { store, reads } = counting(demo.store);
    const app = createApp({ store });
    const answers = await Promise.all(Array.from({ length: 12 }, () => app.request(`/stories/${storyId}`)));
    const bodies = await Promise.all(answers.map((r) => r.text()));
    expect(answers.every((r) => r.status === 200)).toBe(true);
    expect(new Set(bodies).size).toBe(1);
    expect(reads()).toBe(1);
    const again = await app.request(`/stories/${storyId}`);
    expect(again.headers.get('server-timing')).toContain('cache');
    expect(await again.text()).toBe(bodies[0]);
    expect(reads()).toBe(1);
    // Security headers are on cached answers too.
    expect(again.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('sends the cached page gzipped when asked, and 304 when the reader has it', async () => {
    const app = createApp({ store: demo.store });
    const plain = await app.request(`/stories/${storyId}`);
    const text = await plain.text();
    const etag = plain.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const zipped = await app.request(`/stories/${storyId}`, { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8')).toBe(text);
    const notModified = await app.request(`/stories/${storyId}`, { headers: { 'If-None-Match': etag! } });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
    // A forced reload builds the page again.
    const fresh = await app.request(`/stories/${storyId}`, { headers: { 'Cache-Control': 'no-cache' } });
    expect(fresh.headers.get('server-timing')).toMatch(/render;dur=/);
  });

  it('never serves an answer older than the store, when another process ingests and analyses', async () => {
    const app = createApp({ store: demo.store });
    const word = 'Quillmarsh';
    const before = (await (await app.request(`/api/search?q=${word}`)).json()) as { hits: unknown[] };
    expect(before.hits).toEqual([]);
    const listBefore = await (await app.request(`/?q=${word}`)).text();
    expect(listBefore).not.toContain('Quillmarsh ferry');

    // A second connection to the same file, as `dossier ingest` run beside the server would open.
    const dir = fs.mkdtempSync(path.join(demo.dir, 'more-'));
    fs.writeFileSync(
      path.join(dir, 'quillmarsh-ferry.txt'),
      'Quillmarsh ferry service halted after hull crack\n\nThe Quillmarsh ferry was taken out of service on Tuesday after inspectors found a crack in its hull, the Orrin Bay port authority said.\n\nHarbour master Teodor Lask said repairs would take at least three weeks.\n',
    );
    const other = await SqliteStore.open(demo.dbPath);
    try {
      await ingestInputs(other, [dir]);
      await analyzeStore(other);
    } finally {
      await other.close();
    }

    const after = (await (await app.request(`/api/search?q=${word}`)).json()) as { hits: { documentId: string }[] };
    expect(after.hits.length).toBeGreaterThan(0);
    expect(await (await app.request(`/?q=${word}`)).text()).toContain('Quillmarsh');
    const doc = await (await app.request(`/documents/${after.hits[0]!.documentId}`)).text();
    expect(doc).toContain('three weeks');
  });

  it('can be turned off', async () => {
    const { store, reads } = counting(demo.store);
    const app = createApp({ store, responseCacheBytes: 0 });
    await (await app.request(`/stories/${storyId}`)).text();
    await (await app.request(`/stories/${storyId}`)).text();
    expect(reads()).toBe(2);
  });
});

describe('story sources page', () => {
  it('lists every source of the story, and every source of one statement, numbered as on the story page', async () => {
    const app = createApp({ store: demo.store });
    const dossier = (await (await app.request(`/api/stories/${storyId}`)).json()) as { story: { documents: string[]; events: { documents: string[] }[] } };
    const all = await (await app.request(`/stories/${storyId}/sources`)).text();
    for (const id of dossier.story.documents) expect(all).toContain(`/documents/${id}`);
    const event = await app.request(`/stories/${storyId}/sources?for=event-0`);
    expect(event.status).toBe(200);
    const eventPage = await event.text();
    for (const id of dossier.story.events[0]!.documents) expect(eventPage).toContain(`/documents/${id}`);
    expect((await app.request(`/stories/${storyId}/sources?for=event-999`)).status).toBe(404);
    expect((await app.request(`/stories/${storyId}/sources?for=%3Cscript%3E`)).status).toBe(404);
  });
});
