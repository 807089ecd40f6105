// The HTTP app of `dossier serve`: JSON API under /api, server-rendered pages elsewhere. Pure: it takes an open
// store and limits, holds no listener, and is tested with app.request.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { createRequire } from 'node:module';
import { z } from 'zod';
import type { FetchSettings } from '../ingest/fetch/index.js';
import { loadDossier } from '../render/dossier.js';
import type { Store } from '../store/store.js';
import { CLIENT_JS } from '../ui/assets/client.js';
import { STYLES_CSS } from '../ui/assets/styles.js';
import { documentPage } from '../ui/document-page.js';
import type { Html } from '../ui/html.js';
import { ingestPage, type IngestOutcome } from '../ui/ingest-page.js';
import { errorPage, notFoundPage } from '../ui/layout.js';
import { storyListPage, type StoryFilters } from '../ui/story-list.js';
import { storyPage, storySourcesPage } from '../ui/story-page.js';
import { ApiError, badRequest, describeZodError, errorBody, notFound } from './errors.js';
import { ingestOverHttp, IngestQueue, type IngestRequest, type UploadedFile } from './ingest.js';
import { openApiDocument } from './openapi.js';
import { ResponseCache, responseCache } from './response-cache.js';
import {
  decodeCursor,
  encodeCursor,
  entitiesQuery,
  httpUrl,
  idParam,
  ingestJsonBody,
  quotesQuery,
  searchQuery,
  storiesQuery,
} from './schemas.js';
import { hostCheck, sameOriginWrites, securityHeaders } from './security.js';
import { RESPONSE_CACHE_BYTES, resolveLimits, UI_ENTITY_SUGGESTIONS, UI_PAGE_SIZE, type ServerLimits } from './settings.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

export interface AppOptions {
  store: Store;
  limits?: Partial<ServerLimits>;
  /** Settings of URL fetches from /api/ingest; by default private addresses are refused (SSRF guard). */
  fetchSettings?: Partial<FetchSettings>;
  /** Host names the server answers for (Host header); omitted: any. `dossier serve` on loopback passes loopback names. */
  allowedHosts?: readonly string[];
  /** Where unexpected errors are reported, with their stack; clients only ever see "internal error". */
  log?: (message: string) => void;
  /** Memory for rendered answers of the current store version; 0 turns the cache off. */
  responseCacheBytes?: number;
}

const STATIC_ASSETS: Readonly<Record<string, { body: string; type: string }>> = {
  'app.js': { body: CLIENT_JS, type: 'text/javascript; charset=utf-8' },
  'app.css': { body: STYLES_CSS, type: 'text/css; charset=utf-8' },
};

/** GET routes whose answer depends only on the URL and the store's contents: kept per store version. */
const CACHEABLE = /^\/(?:$|stories\/|documents\/|api\/(?:stories|documents\/|entities$|quotes$|search$))/;

const isApi = (path: string) => path === '/api' || path.startsWith('/api/') || path === '/openapi.json';

function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw badRequest(describeZodError(result.error));
  return result.data;
}

/** The query parameters with empty ones dropped: a form submits its blank fields as "name=". */
function queryOf(c: Context): Record<string, string> {
  return Object.fromEntries(Object.entries(c.req.query()).filter(([, value]) => value.trim() !== ''));
}

function pageHtml(c: Context, page: Html, status: 200 | 400 | 404 | 413 | 500 = 200): Response {
  return c.html(page.value, status);
}

export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const limits = resolveLimits(options.limits);
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const queue = new IngestQueue();
  const schemas = {
    stories: storiesQuery(limits.pageSize),
    entities: entitiesQuery(limits.pageSize),
    quotes: quotesQuery(limits.pageSize),
    search: searchQuery(limits.searchHits),
    ingest: ingestJsonBody(limits),
  };
  const openapi = openApiDocument(limits, version);

  // Filter choices of the story list, kept while the store's version stays: they change only when it is written.
  let facets: { version: number; outlets: { outlet: string; documents: number }[]; entityNames: string[] } | null = null;
  const loadFacets = async () => {
    const current = await store.version();
    if (facets && facets.version === current) return facets;
    const entities = await store.getEntities();
    const entityNames = entities
      .sort((a, b) => b.documents.length - a.documents.length || a.name.localeCompare(b.name))
      .slice(0, UI_ENTITY_SUGGESTIONS)
      .map((e) => e.name);
    facets = { version: current, outlets: await store.listOutlets(), entityNames };
    return facets;
  };

  const app = new Hono();
  app.use('*', securityHeaders());
  // A 500-document story page is under 1 MB of HTML and gzips about tenfold.
  app.use('*', compress());
  if (options.allowedHosts) app.use('*', hostCheck(options.allowedHosts));
  app.use('*', sameOriginWrites());
  const tooLarge = (max: number) => () => {
    throw new ApiError(413, 'too_large', `request body over the ${max} byte limit`);
  };
  app.use('*', async (c, next) => {
    const max = c.req.path === '/api/ingest' || c.req.path === '/ingest' ? limits.ingestBodyBytes : limits.bodyBytes;
    return bodyLimit({ maxSize: max, onError: tooLarge(max) })(c, next);
  });
  const cacheBytes = options.responseCacheBytes ?? RESPONSE_CACHE_BYTES;
  if (cacheBytes > 0) {
    // Inside compress: cached answers go out already gzipped, which compress leaves alone.
    app.use('*', responseCache({ cache: new ResponseCache(cacheBytes), version: () => store.version(), cacheable: (p) => CACHEABLE.test(p) }));
  }

  app.onError((error, c) => {
    let status: number;
    let code: string;
    let message: string;
    if (error instanceof ApiError) ({ status, code, message } = error);
    else if (error instanceof HTTPException && error.status < 500) {
      status = error.status;
      code = status === 413 ? 'too_large' : 'bad_request';
      message = error.message || 'bad request';
    } else {
      log(`dossier serve: ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      status = 500;
      code = 'internal';
      message = 'internal error';
    }
    if (isApi(c.req.path) || c.req.header('accept')?.includes('application/json')) {
      return c.json(errorBody(code as never, message), status as 400);
    }
    const page = status === 404 ? notFoundPage(message) : errorPage(message);
    return c.html(page.value, status as 400);
  });

  app.notFound((c) => {
    if (isApi(c.req.path)) return c.json(errorBody('not_found', `no route ${c.req.method} ${c.req.path}`), 404);
    return pageHtml(c, notFoundPage('There is no page at this address.'), 404);
  });

  // Static files: a fixed map, so no request path ever reaches the file system.
  app.get('/static/:name', (c) => {
    const asset = Object.hasOwn(STATIC_ASSETS, c.req.param('name')) ? STATIC_ASSETS[c.req.param('name')] : undefined;
    if (!asset) return pageHtml(c, notFoundPage('There is no such file.'), 404);
    return c.body(asset.body, 200, { 'Content-Type': asset.type, 'Cache-Control': 'public, max-age=300' });
  });

  // ---- JSON API ----
  const offsetOf = (query: { offset: number; cursor?: string | undefined }) => {
    if (query.cursor === undefined) return query.offset;
    const offset = decodeCursor(query.cursor);
    if (offset === null) throw badRequest('cursor: not a cursor of this server');
    return offset;
  };
  const paged = <T>(items: T[], offset: number, limit: number, total = items.length) => ({
    total,
    limit,
    offset,
    next: offset + limit < total ? encodeCursor(offset + limit) : null,
  });

  app.get('/openapi.json', (c) => c.json(openapi));

  app.get('/api/stories', async (c) => {
    const query = parseWith(schemas.stories, queryOf(c));
    const offset = offsetOf(query);
    const { cursor: _cursor, offset: _offset, ...filters } = query;
    const page = await store.queryStories({ ...filters, offset });
    return c.json({ ...paged(page.stories, offset, query.limit, page.total), stories: page.stories });
  });

  app.get('/api/stories/:id', async (c) => {
    const id = parseWith(idParam, c.req.param('id'));
    const dossier = await loadDossier(store, id);
    if (!dossier) throw notFound(`no story ${id}`);
    return c.json(dossier);
  });

  app.get('/api/documents/:id', async (c) => {
    const id = parseWith(idParam, c.req.param('id'));
    const [document] = await store.getDocuments([id]);
    if (!document) throw notFound(`no document ${id}`);
    return c.json(document);
  });

  const storyOrThrow = async (id: string | undefined) => {
    if (id === undefined) return null;
    const story = await store.getStory(parseWith(idParam, id));
    if (!story) throw notFound(`no story ${id}`);
    return story;
  };

  app.get('/api/entities', async (c) => {
    const query = parseWith(schemas.entities, queryOf(c));
    const offset = offsetOf(query);
    const story = await storyOrThrow(query.story);
    const words = query.q?.toLowerCase();
    const all = (await store.getEntities(story ? story.entities : undefined)).filter(
      (e) => (!query.type || e.type === query.type) && (!words || [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(words))),
    );
    const entities = all.slice(offset, offset + query.limit);
    return c.json({ ...paged(all, offset, query.limit), entities });
  });

  app.get('/api/quotes', async (c) => {
    const query = parseWith(schemas.quotes, queryOf(c));
    const offset = offsetOf(query);
    const story = await storyOrThrow(query.story);
    const speaker = query.speaker?.toLowerCase();
    const all = (await store.getQuotes(story ? story.quotes : undefined)).filter(
      (q) =>
        (!query.entity || q.speaker.entityId === query.entity) &&
        (!speaker || (q.speaker.name ?? '').toLowerCase().includes(speaker)) &&
        (!query.document || q.documentId === query.document || q.alsoIn.includes(query.document)),
    );
    const quotes = all.slice(offset, offset + query.limit);
    return c.json({ ...paged(all, offset, query.limit), quotes });
  });

  app.get('/api/search', async (c) => {
    const query = parseWith(schemas.search, queryOf(c));
    return c.json({ q: query.q, hits: await store.search(query.q, query.limit) });
  });

  const readIngestRequest = async (c: Context): Promise<IngestRequest> => {
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
      let form: FormData;
      try {
        form = await c.req.raw.formData();
      } catch {
        throw badRequest('the form data could not be read');
      }
      const files: UploadedFile[] = [];
      for (const part of form.getAll('files')) {
        if (typeof part === 'string' || (part.size === 0 && part.name === '')) continue;
        files.push({ name: part.name, bytes: new Uint8Array(await part.arrayBuffer()) });
      }
      if (files.length > limits.files) throw new ApiError(413, 'too_large', `${files.length} files, over the limit of ${limits.files}`);
      const urlText = form.get('urls');
      const urls = typeof urlText === 'string' ? urlText.split(/\r?\n/).map((u) => u.trim()).filter((u) => u !== '' && !u.startsWith('#')) : [];
      if (urls.length > limits.urls) throw new ApiError(413, 'too_large', `${urls.length} URLs, over the limit of ${limits.urls}`);
      urls.forEach((u, i) => parseWith(httpUrl.describe(`urls line ${i + 1}`), u));
      const recordText = form.get('records');
      let records: unknown[] = [];
      if (typeof recordText === 'string' && recordText.trim() !== '') {
        let parsed: unknown;
        try {
          parsed = JSON.parse(recordText);
        } catch {
          throw badRequest('records: not valid JSON');
        }
        records = parseWith(schemas.ingest, { records: Array.isArray(parsed) ? parsed : [parsed] }).records;
      }
      return { files, urls, records };
    }
    if (type.startsWith('application/json')) {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        throw badRequest('the body is not valid JSON');
      }
      const parsed = parseWith(schemas.ingest, body);
      return { files: [], records: parsed.records, urls: parsed.urls };
    }
    throw new ApiError(415, 'unsupported_media_type', 'send multipart/form-data (files, urls) or application/json ({records, urls})');
  };

  const runIngest = async (request: IngestRequest) => {
    if (request.files.length + request.records.length + request.urls.length === 0) throw badRequest('nothing to ingest: give files, records or urls');
    return queue.run(() => ingestOverHttp(store, request, { fetchSettings: options.fetchSettings }));
  };

  app.post('/api/ingest', async (c) => c.json(await runIngest(await readIngestRequest(c))));

  // ---- Pages ----
  app.get('/', async (c) => {
    const query = parseWith(schemas.stories, { ...queryOf(c), limit: String(UI_PAGE_SIZE) });
    const filters: StoryFilters = { from: query.from, to: query.to, entity: query.entity, outlet: query.outlet, q: query.q };
    const offset = offsetOf(query);
    const [page, choice, hits] = await Promise.all([
      store.queryStories({ ...filters, limit: UI_PAGE_SIZE, offset }),
      loadFacets(),
      query.q ? store.search(query.q, limits.searchHits) : Promise.resolve([]),
    ]);
    return pageHtml(c, storyListPage({ filters, page, offset, pageSize: UI_PAGE_SIZE, outlets: choice.outlets, entityNames: choice.entityNames, hits }));
  });

  app.get('/stories/:id', async (c) => {
    const id = parseWith(idParam, c.req.param('id'));
    const started = performance.now();
    const dossier = await loadDossier(store, id);
    if (!dossier) return pageHtml(c, notFoundPage(`There is no story ${id}.`), 404);
    const loaded = performance.now();
    const page = storyPage(dossier);
    const rendered = performance.now();
    c.header('Server-Timing', `load;dur=${(loaded - started).toFixed(1)}, render;dur=${(rendered - loaded).toFixed(1)}`);
    return pageHtml(c, page);
  });

  app.get('/stories/:id/sources', async (c) => {
    const id = parseWith(idParam, c.req.param('id'));
    const dossier = await loadDossier(store, id);
    if (!dossier) return pageHtml(c, notFoundPage(`There is no story ${id}.`), 404);
    const page = storySourcesPage(dossier, c.req.query('for'));
    if (!page) return pageHtml(c, notFoundPage('The story has no such statement.'), 404);
    return pageHtml(c, page);
  });

  app.get('/documents/:id', async (c) => {
    const id = parseWith(idParam, c.req.param('id'));
    const [document] = await store.getDocuments([id]);
    if (!document) return pageHtml(c, notFoundPage(`There is no document ${id}.`), 404);
    const stories: { id: string; title: string }[] = [];
    for (const storyId of new Set(document.segments.map((s) => s.storyId).filter((s): s is string => s !== null))) {
      const story = await store.getStory(storyId);
      if (story) stories.push({ id: story.id, title: story.title });
    }
    const [original] = document.duplicateOf ? await store.getDocuments([document.duplicateOf]) : [];
    return pageHtml(
      c,
      documentPage({
        document,
        stories,
        original: original ? { id: original.id, title: original.title } : null,
        highlight: c.req.query('hl'),
      }),
    );
  });

  const ingestView = () => ({
    maxMegabytes: Math.floor(limits.ingestBodyBytes / (1024 * 1024)),
    maxFiles: limits.files,
    maxUrls: limits.urls,
  });
  app.get('/ingest', (c) => pageHtml(c, ingestPage(ingestView())));
  app.post('/ingest', async (c) => {
    try {
      const outcome: IngestOutcome = await runIngest(await readIngestRequest(c));
      return pageHtml(c, ingestPage({ ...ingestView(), outcome }));
    } catch (error) {
      if (!(error instanceof ApiError) || error.status >= 500) throw error;
      return pageHtml(c, ingestPage({ ...ingestView(), error: error.message }), error.status === 413 ? 413 : 400);
    }
  });

  return app;
}
