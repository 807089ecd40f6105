// The HTTP app over a real store holding the demo corpus: the JSON API, the pages, and their error handling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, Entity, Quote, Story } from '../../src/contract/analysis.js';
import { createApp } from '../../src/server/app.js';
import type { Store } from '../../src/store/store.js';
import { demoStore, type TempStore } from './fixture.js';

let demo: TempStore;
let app: ReturnType<typeof createApp>;
const logged: string[] = [];

beforeAll(async () => {
  demo = await demoStore();
  app = createApp({ store: demo.store, log: (m) => logged.push(m) });
});
afterAll(async () => {
  await demo?.close();
});

const getJson = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as any, res };
};
const getText = async (path: string, init?: RequestInit) => {
  const res = await app.request(path, init);
  return { status: res.status, text: await res.text(), res };
};

/** The story of the demo corpus with the most documents. */
async function biggestStory() {
  const { body } = await getJson('/api/stories?limit=50');
  return [...body.stories].sort((a: any, b: any) => b.documents - a.documents)[0];
}

describe('JSON API', () => {
  it('lists stories newest first with outlets, and pages with limit/offset or a cursor', async () => {
    const all = await getJson('/api/stories');
    expect(all.status).toBe(200);
    expect(all.body.total).toBeGreaterThanOrEqual(4);
    expect(all.body.stories).toHaveLength(all.body.total);
    const last = all.body.stories.map((s: any) => s.lastDate);
    expect(last).toEqual([...last].sort().reverse());
    expect(all.body.stories[0].outlets.length).toBeGreaterThan(0);

    const first = await getJson('/api/stories?limit=2');
    expect(first.body).toMatchObject({ total: all.body.total, limit: 2, offset: 0 });
    expect(first.body.stories.map((s: any) => s.id)).toEqual(all.body.stories.slice(0, 2).map((s: any) => s.id));
    const second = await getJson(`/api/stories?limit=2&cursor=${first.body.next}`);
    expect(second.body.offset).toBe(2);
    expect(second.body.stories.map((s: any) => s.id)).toEqual(all.body.stories.slice(2, 4).map((s: any) => s.id));
    const byOffset = await getJson('/api/stories?limit=2&offset=2');
    expect(byOffset.body.stories).toEqual(second.body.stories);
    const end = await getJson(`/api/stories?limit=${all.body.total}`);
    expect(end.body.next).toBeNull();
  });

  it('filters stories by outlet, entity, dates and words', async () => {
    const all = (await getJson('/api/stories')).body.stories as any[];
    const outlet = all[0].outlets[0] as string;
    const byOutlet = await getJson(`/api/stories?outlet=${encodeURIComponent(outlet.toUpperCase())}`);
    expect(byOutlet.body.total).toBeGreaterThan(0);
    for (const s of byOutlet.body.stories) expect(s.outlets).toContain(outlet);

    const kettler = await getJson('/api/stories?entity=Kettler');
    expect(kettler.body.total).toBeGreaterThan(0);
    expect(kettler.body.total).toBeLessThan(all.length);
    for (const s of kettler.body.stories) {
      const dossier = (await getJson(`/api/stories/${s.id}`)).body;
      expect(dossier.entities.some((e: any) => /kettler/i.test([e.name, ...e.aliases].join(' ')))).toBe(true);
    }

    const from = '2026-09-01';
    const late = await getJson(`/api/stories?from=${from}`);
    expect(late.body.total).toBeGreaterThan(0);
    for (const s of late.body.stories) expect(s.lastDate.slice(0, 10) >= from).toBe(true);
    const early = await getJson('/api/stories?to=2026-04-30');
    for (const s of early.body.stories) expect(s.firstDate.slice(0, 10) <= '2026-04-30').toBe(true);

    const words = await getJson('/api/stories?q=dockworkers');
    expect(words.body.stories.length).toBeGreaterThan(0);
    expect(words.body.stories.some((s: any) => /dockworkers/i.test(s.title))).toBe(true);
    expect(words.body.total).toBeLessThan(all.length);
    expect((await getJson('/api/stories?q=zzyzzyxq')).body.total).toBe(0);
  });

  it('refuses bad queries with a 400 JSON error naming the field', async () => {
    for (const [path, field] of [
      ['/api/stories?limit=0', 'limit'],
      ['/api/stories?limit=100000', 'limit'],
      ['/api/stories?from=March', 'from'],
      ['/api/stories?to=2026-02-31', 'to'],
      ['/api/stories?colour=red', 'colour'],
      ['/api/stories?cursor=bm9wZQ', 'cursor'],
      ['/api/search', 'q'],
      ['/api/entities?type=animal', 'type'],
    ] as const) {
      const { status, body, res } = await getJson(path);
      expect(status, path).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message, path).toContain(field);
    }
  });

  it('gives the whole dossier of a story, in the contract shapes', async () => {
    const biggest = await biggestStory();
    const { status, body } = await getJson(`/api/stories/${biggest.id}`);
    expect(status).toBe(200);
    expect(() => Story.parse(body.story)).not.toThrow();
    for (const d of body.documents) expect(() => Document.parse(d)).not.toThrow();
    for (const q of body.quotes) expect(() => Quote.parse(q)).not.toThrow();
    for (const e of body.entities) expect(() => Entity.parse(e)).not.toThrow();
    expect(body.story.summary.length).toBeGreaterThan(0);
    const ids = new Set(body.documents.map((d: any) => d.id));
    for (const s of body.story.summary) for (const c of s.citations) expect(ids.has(c)).toBe(true);
    // A unique prefix finds it too; an unknown id is a JSON 404.
    expect((await getJson(`/api/stories/${biggest.id.slice(0, 8)}`)).body.story.id).toBe(biggest.id);
    const missing = await getJson('/api/stories/s_nothing');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
  });

  it('gives documents, entities, quotes and search hits', async () => {
    const hits = await getJson('/api/search?q=grain&limit=3');
    expect(hits.status).toBe(200);
    expect(hits.body.hits.length).toBeGreaterThan(0);
    expect(hits.body.hits.length).toBeLessThanOrEqual(3);
    const doc = await getJson(`/api/documents/${hits.body.hits[0].documentId}`);
    expect(doc.status).toBe(200);
    expect(() => Document.parse(doc.body)).not.toThrow();
    expect(doc.body.text.toLowerCase()).toContain('grain');
    expect((await getJson('/api/documents/d_000000000000')).status).toBe(404);
    expect((await getJson('/api/documents/..%2F..%2Fetc')).status).toBe(400);

    const people = await getJson('/api/entities?type=person&limit=5');
    expect(people.body.entities.length).toBeGreaterThan(0);
    for (const e of people.body.entities) expect(e.type).toBe('person');
    const sarrow = await getJson('/api/entities?q=sarrow');
    expect(sarrow.body.entities.some((e: any) => e.name.includes('Sarrow'))).toBe(true);

    const biggest = await biggestStory();
    const quotes = await getJson(`/api/quotes?story=${biggest.id}&limit=200`);
    const dossier = (await getJson(`/api/stories/${biggest.id}`)).body;
    expect(quotes.body.total).toBe(dossier.story.quotes.length);
    const speakerId = quotes.body.quotes.find((q: any) => q.speaker.entityId)?.speaker.entityId;
    if (speakerId) {
      const bySpeaker = await getJson(`/api/quotes?entity=${speakerId}`);
      for (const q of bySpeaker.body.quotes) expect(q.speaker.entityId).toBe(speakerId);
    }
    expect((await getJson('/api/quotes?story=s_nothing')).status).toBe(404);
  });

  it('publishes an OpenAPI document of every route', async () => {
    const { status, body } = await getJson('/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual(
      ['/api/documents/{id}', '/api/entities', '/api/ingest', '/api/quotes', '/api/search', '/api/stories', '/api/stories/{id}'].sort(),
    );
    const params = body.paths['/api/stories'].get.parameters.map((p: any) => p.name);
    expect(params).toEqual(expect.arrayContaining(['from', 'to', 'entity', 'outlet', 'q', 'limit', 'offset', 'cursor']));
    expect(body.components.schemas.Story.properties.summary).toBeDefined();
  });

  it('answers unknown routes with 404: JSON under /api, HTML elsewhere', async () => {
    const api = await getJson('/api/nothing/here');
    expect(api.status).toBe(404);
    expect(api.body.error).toEqual({ code: 'not_found', message: 'no route GET /api/nothing/here' });
    const page = await getText('/nothing/here');
    expect(page.status).toBe(404);
    expect(page.res.headers.get('content-type')).toContain('text/html');
    expect(page.text).toContain('<h1>Not found</h1>');
  });

  it('reports an internal failure as a bare 500, with the stack only in the server log', async () => {
    const failing = new Proxy(demo.store, {
      get(target, key, receiver) {
        if (key === 'search') return () => Promise.reject(new Error('disk on fire at /var/secret/path'));
        return Reflect.get(target, key, receiver);
      },
    }) as Store;
    const log: string[] = [];
    const broken = createApp({ store: failing, log: (m) => log.push(m) });
    const res = await broken.request('/api/search?q=grain');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: 'internal error' } });
    expect(text).not.toContain('fire');
    const page = await broken.request('/?q=grain');
    expect(page.status).toBe(500);
    const html = await page.text();
    expect(html).not.toContain('fire');
    expect(html).not.toMatch(/at .*\.ts:\d+/);
    expect(log.join('\n')).toContain('disk on fire');
    expect(log.join('\n')).toMatch(/\n\s+at /);
  });
});

describe('pages', () => {
  it('lists stories with filters labelled, and filters by outlet', async () => {
    const all = (await getJson('/api/stories')).body.stories as any[];
    const { status, text } = await getText('/');
    expect(status).toBe(200);
    for (const s of all) expect(text).toContain(`href="/stories/${s.id}"`);
    for (const name of ['from', 'to', 'entity', 'outlet', 'q']) expect(text).toMatch(new RegExp(`<label for="f-${name}">[^<]+</label><(input|select) id="f-${name}"[^>]*name="${name}"`));
    // A submitted form sends its blank fields: they are no filter, not an error.
    expect((await getText('/?from=&to=&entity=&outlet=&q=')).status).toBe(200);
    const outlet = all.at(-1).outlets.at(-1) as string;
    const filtered = await getText(`/?outlet=${encodeURIComponent(outlet)}`);
    const matching = (await getJson(`/api/stories?outlet=${encodeURIComponent(outlet)}`)).body.stories as any[];
    for (const s of all) {
      if (matching.some((m) => m.id === s.id)) expect(filtered.text).toContain(`href="/stories/${s.id}"`);
      else expect(filtered.text).not.toContain(`href="/stories/${s.id}"`);
    }
  });

  it('shows matching articles with marked words when searching', async () => {
    const { text } = await getText('/?q=grain');
    expect(text).toContain('Articles matching');
    expect(text).toMatch(/<mark>grain<\/mark>/i);
  });

  it('renders a story with cited summary, timeline chart, quotes, matrix and entities', async () => {
    const biggest = await biggestStory();
    const dossier = (await getJson(`/api/stories/${biggest.id}`)).body;
    const { status, text, res } = await getText(`/stories/${biggest.id}`);
    expect(status).toBe(200);
    expect(res.headers.get('server-timing')).toMatch(/render;dur=\d/);
    for (const id of ['summary', 'timeline', 'quotes', 'entities', 'sources']) expect(text).toContain(`<section id="${id}"`);
    if (dossier.story.sourceMatrix.outlets.length) expect(text).toContain('<section id="sources-matrix"');
    expect(text).toMatch(/<svg[^>]*role="group"/);
    // Every citation links to a document of the dossier; those with a source sentence carry one the document holds.
    const texts = new Map<string, string>(dossier.documents.map((d: any) => [d.id, d.text]));
    const cites = [...text.matchAll(/<a class="cite" href="\/documents\/([^"?#]+)[^"]*" data-sentence="([^"]*)" title="[^"]+"/g)];
    expect(cites.length).toBeGreaterThan(dossier.story.summary.length);
    let withSentence = 0;
    for (const [, id, sentence] of cites) {
      expect(texts.has(id!)).toBe(true);
      if (!sentence) continue;
      withSentence++;
      const decoded = sentence.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#96;/g, '`').replace(/&amp;/g, '&');
      expect(texts.get(id!)).toContain(decoded);
    }
    expect(withSentence).toBeGreaterThan(cites.length / 2);
    // Quotes grouped under their speakers.
    const speaker = dossier.story.speakers[0];
    if (speaker) expect(text).toContain(speaker.quotes[0].text.replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    expect((await getText('/stories/s_nothing')).status).toBe(404);
  });

  it('shows a document with its removed parts and reasons on demand, and marks a cited sentence', async () => {
    const docs = (await getJson(`/api/stories/${(await biggestStory()).id}`)).body.documents as any[];
    const doc = docs.find((d) => d.removed.length > 0)!;
    const { text } = await getText(`/documents/${doc.id}?hl=0.0#p-0`);
    expect(text).toMatch(/<details class="removed"><summary>Removed while cleaning/);
    for (const r of doc.removed.slice(0, 5)) expect(text).toContain(`<td class="reason">${r.reason}</td>`);
    expect(text).toContain('<p id="p-0">');
    expect(text).toMatch(/<p id="p-0">[^]*?<mark id="cited">/);
    // A malformed highlight is ignored, not an error.
    expect((await getText(`/documents/${doc.id}?hl=<script>`)).status).toBe(200);
  });

  it('serves its script and stylesheet as files, and nothing else under /static', async () => {
    const js = await app.request('/static/app.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('text/javascript');
    const css = await app.request('/static/app.css');
    expect(css.headers.get('content-type')).toContain('text/css');
    for (const path of ['/static/../package.json', '/static/%2e%2e/package.json', '/static/..%2Fpackage.json', '/static/%2e%2e%2fsrc%2fserver%2fapp.ts', '/static/constructor', '/static/__proto__', '/static/']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('"name": "dossier"');
    }
  });

  it('sets the security headers on pages, API answers and errors', async () => {
    for (const path of ['/', '/api/stories', '/nothing', '/api/nothing', '/static/app.js']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });
});
