// Hostile input through the real pipeline, and the server's walls: escaping, CSP, body limits, cross-site writes,
// path traversal and host checks, over app.request and over a real socket.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { startServer, type RunningServer } from '../../src/server/listen.js';
import { escapeHtml, html, safeExternalUrl } from '../../src/ui/html.js';
import { executableMarkup, HOSTILE_HTML, HOSTILE_RECORD, HOSTILE_TITLE, NO_PROBLEMS, tempStore, type TempStore } from './fixture.js';

describe('the escaping helper', () => {
  it('escapes every interpolation, joins arrays, and passes only Html through', () => {
    const title = '<script>alert(1)</script>" onmouseover="x\'`';
    expect(escapeHtml(title)).toBe('&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x&#39;&#96;');
    const inner = html`<b>${title}</b>`;
    const page = html`<p title="${title}">${inner}${[title, null, undefined, false, 3]}</p>`;
    expect(page.value).toBe(
      `<p title="${escapeHtml(title)}"><b>${escapeHtml(title)}</b>${escapeHtml(title)}3</p>`,
    );
    expect(page.value).not.toContain('<script>');
  });

  it('lets only http(s) and mailto links through', () => {
    expect(safeExternalUrl('https://news.example/a?b=1')).toBe('https://news.example/a?b=1');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', '//evil.example', '/relative', 'https://a.example/\u0000x']) {
      expect(safeExternalUrl(bad), bad).toBeNull();
    }
  });
});

describe('hostile articles ingested through the real pipeline', () => {
  let temp: TempStore;
  let app: ReturnType<typeof createApp>;
  let ingest: any;

  beforeAll(async () => {
    temp = await tempStore();
    app = createApp({ store: temp.store, log: () => {} });
    const form = new FormData();
    form.append('files', new File([HOSTILE_HTML], 'brinemouth-<img onerror=alert(1)>toll.html', { type: 'text/html' }));
    form.append('records', JSON.stringify([HOSTILE_RECORD]));
    const res = await app.request('/api/ingest', { method: 'POST', body: form });
    expect(res.status).toBe(200);
    ingest = await res.json();
  });
  afterAll(async () => {
    await temp?.close();
  });

  it('stores and analyses them, so they have pages', () => {
    expect(ingest.ingest).toMatchObject({ added: 2, failed: 0 });
    expect(ingest.documents).toHaveLength(2);
    expect(ingest.analysis.analyzed).toBe(2);
    expect(ingest.stories.length).toBeGreaterThan(0);
    // The upload's name is its base name only, under upload/, never a path of this machine.
    expect(ingest.documents.map((d: any) => d.key)).toContain('upload/brinemouth-<img onerror=alert(1)>toll.html');
  });

  it('serves no executable markup on any page that shows them', async () => {
    const pages = [
      '/',
      '/?q=toll',
      '/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      `/?entity=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
      `/?outlet=${encodeURIComponent('<img src=x onerror=alert(17)>Brinemouth Shipping News')}`,
      ...ingest.stories.map((s: any) => `/stories/${s.id}`),
      ...ingest.documents.map((d: any) => `/documents/${d.id}`),
      ...ingest.documents.map((d: any) => `/documents/${d.id}?hl=0.0`),
      '/ingest',
    ];
    for (const path of pages) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      const text = await res.text();
      expect(executableMarkup(text), path).toEqual(NO_PROBLEMS);
      expect(text, path).not.toMatch(/<script>alert|<img src=x|<svg onload/i);
    }
  });

  it('shows the hostile strings as text, escaped', async () => {
    const doc = ingest.documents.find((d: any) => d.key.startsWith('upload/'));
    const page = await (await app.request(`/documents/${doc.id}`)).text();
    expect(page).toContain('&lt;script&gt;');
    expect(page).not.toContain('<script>alert');
    const record = ingest.documents.find((d: any) => d.key === HOSTILE_RECORD.id);
    const recordPage = await (await app.request(`/documents/${record.id}`)).text();
    // The javascript: URL is shown as text, never as a link.
    expect(recordPage).toContain('<code>javascript:alert(15)</code>');
    expect(recordPage).not.toMatch(/href="\s*javascript:/i);
    expect(recordPage).toContain(escapeHtml(HOSTILE_RECORD.title));
    expect(HOSTILE_TITLE).toContain('<script>');
  });

  it('returns the hostile strings verbatim, as JSON, from the API', async () => {
    const record = ingest.documents.find((d: any) => d.key === HOSTILE_RECORD.id);
    const res = await app.request(`/api/documents/${record.id}`);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect((await res.json()).title).toBe(HOSTILE_RECORD.title);
  });
});

describe('request limits and cross-site writes', () => {
  let temp: TempStore;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    temp = await tempStore();
    app = createApp({ store: temp.store, limits: { ingestBodyBytes: 4096, files: 2, urls: 1 }, log: () => {} });
  });
  afterAll(async () => {
    await temp?.close();
  });

  const post = (body: BodyInit, headers: Record<string, string> = {}) => app.request('/api/ingest', { method: 'POST', body, headers });

  it('refuses an upload over the size limit with 413 and stores nothing', async () => {
    const form = new FormData();
    form.append('files', new File(['x'.repeat(10_000)], 'big.txt'));
    const res = await post(form);
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('too_large');
    expect(await temp.store.countDocuments()).toBe(0);
    // The HTML form gets a page, with the same status.
    const page = await app.request('/ingest', { method: 'POST', body: (() => { const f = new FormData(); f.append('files', new File(['x'.repeat(10_000)], 'big.txt')); return f; })() });
    expect(page.status).toBe(413);
    expect(page.headers.get('content-type')).toContain('text/html');
  });

  it('refuses too many files or URLs, unknown bodies, bad JSON and empty requests', async () => {
    const form = new FormData();
    for (const n of [1, 2, 3]) form.append('files', new File([`Article ${n}.`], `a${n}.txt`));
    expect((await post(form)).status).toBe(413);
    expect((await post(JSON.stringify({ urls: ['https://a.example/1', 'https://a.example/2'] }), { 'content-type': 'application/json' })).status).toBe(400);
    expect((await post(JSON.stringify({ urls: ['file:///etc/passwd'] }), { 'content-type': 'application/json' })).status).toBe(400);
    expect((await post('{"records": [', { 'content-type': 'application/json' })).status).toBe(400);
    expect((await post('{}', { 'content-type': 'application/json' })).status).toBe(400);
    expect((await post('hello', { 'content-type': 'application/octet-stream' })).status).toBe(415);
    expect((await post(new FormData())).status).toBe(400);
    expect(await temp.store.countDocuments()).toBe(0);
  });

  it('refuses writes from another site', async () => {
    const form = new FormData();
    form.append('files', new File(['The council met.'], 'a.txt'));
    const cross = await post(form, { origin: 'https://evil.example' });
    expect(cross.status).toBe(403);
    expect((await cross.json()).error.code).toBe('forbidden');
    expect((await post(form, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect(await temp.store.countDocuments()).toBe(0);
    const same = await post(form, { origin: 'http://localhost' });
    expect(same.status).toBe(200);
    expect(await temp.store.countDocuments()).toBe(1);
  });
});

describe('over a real socket', () => {
  let temp: TempStore;
  let server: RunningServer;
  let article: http.Server;
  let articleUrl: string;

  beforeAll(async () => {
    temp = await tempStore();
    server = await startServer({ store: temp.store, host: '127.0.0.1', port: 0, limits: { ingestBodyBytes: 64 * 1024 }, log: () => {} });
    article = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        '<html><head><title>Lighthouse keeper retires</title></head><body><article>' +
          '<p>The last keeper of the Brinemouth light retired on Friday after 31 years, handing the keys of the tower to the harbour council.</p>' +
          '<p>Oswin Tarrant, 64, climbed the 112 steps of the lighthouse twice a day since 1995. The light has been automatic since March, when the council installed a new lamp.</p>' +
          '<p>"The lamp does not need me any more, but the gulls will miss their breakfast," Tarrant said at a small ceremony on the pier.</p>' +
          '<p>The council plans to open the tower to visitors next summer, with Tarrant as its first guide.</p>' +
          '</article></body></html>',
      );
    });
    await new Promise<void>((resolve) => article.listen(0, '127.0.0.1', resolve));
    articleUrl = `http://127.0.0.1:${(article.address() as AddressInfo).port}/keeper.html`;
  });
  afterAll(async () => {
    await server?.close(100);
    await new Promise((resolve) => article?.close(resolve));
    await temp?.close();
  });

  /** A request with the path exactly as written: fetch() would normalise "..". */
  function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
    const { port } = new URL(server.url);
    return new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: Number(port), path, headers }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('listens on 127.0.0.1 and refuses path traversal on every static route', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    for (const path of ['/static/../package.json', '/static/../../etc/passwd', '/static/..%2f..%2fpackage.json', '/static/%2e%2e/%2e%2e/package.json', '/static//etc/passwd', '/static/app.js/../../package.json', '/../package.json']) {
      const res = await raw(path);
      expect([400, 404], path).toContain(res.status);
      expect(res.body, path).not.toContain('"dependencies"');
      expect(res.body, path).not.toContain('root:');
    }
    expect((await raw('/static/app.js')).status).toBe(200);
  });

  it('answers only for loopback host names (no DNS rebinding)', async () => {
    expect((await raw('/api/stories', { host: 'evil.example' })).status).toBe(421);
    expect((await raw('/api/stories', { host: `localhost:${new URL(server.url).port}` })).status).toBe(200);
  });

  it('refuses an oversized upload with 413', async () => {
    const form = new FormData();
    form.append('files', new File(['y'.repeat(200 * 1024)], 'big.html'));
    const res = await fetch(`${server.url}/api/ingest`, { method: 'POST', body: form });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('too_large');
  });

  it('fetches URLs through the SSRF guard: a private address is refused and recorded', async () => {
    const res = await fetch(`${server.url}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ urls: [articleUrl] }),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.ingest.added).toBe(0);
    expect(body.ingest.failed).toBe(1);
    expect(body.ingest.failures[0].reason).toMatch(/private|loopback|refused/i);
  });

  it('fetches and analyses a URL when the operator allows private addresses', async () => {
    const open = createApp({ store: temp.store, fetchSettings: { allowPrivate: true, retries: 0 }, log: () => {} });
    const res = await open.request('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ urls: [articleUrl] }),
    });
    const body = await res.json();
    expect(body.ingest).toMatchObject({ added: 1, failed: 0 });
    expect(body.documents[0].title).toBe('Lighthouse keeper retires');
    const doc = await (await open.request(`/api/documents/${body.documents[0].id}`)).json();
    expect(doc.text).toContain('retired on Friday');
  });
});
