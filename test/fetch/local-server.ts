// A local news site on 127.0.0.1 for fetch tests: pages, feeds, and hostile answers (slow, broken, huge,
// wrongly typed, redirect loops, redirects to private addresses, 429s). Counts every request per path.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, hits: number) => void;

export interface LocalSite {
  origin: string;
  url(path: string): string;
  /** Requests seen per path (query included). */
  hits: Map<string, number>;
  /** Conditional requests (If-None-Match / If-Modified-Since) seen per path. */
  conditional: Map<string, number>;
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export function html(title: string, paragraphs: string[], extraHead = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${extraHead}</head>
<body><nav><a href="/">Home</a> <a href="/region">Region</a></nav>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>© Harbor Ledger</footer></body></html>`;
}

export function send(res: http.ServerResponse, status: number, type: string | null, body: string | Buffer, headers: Record<string, string> = {}): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...(type ? { 'content-type': type } : {}), 'content-length': String(bytes.length), ...headers });
  res.end(bytes);
}

/** A page with validators that answers 304 to a matching conditional request. */
export function cacheablePage(body: string, etag: string, lastModified = 'Thu, 12 Mar 2026 08:30:00 GMT'): Handler {
  return (req, res) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag, 'last-modified': lastModified });
      res.end();
      return;
    }
    send(res, 200, 'text/html; charset=utf-8', body, { etag, 'last-modified': lastModified });
  };
}

export async function startSite(): Promise<LocalSite> {
  const routes = new Map<string, Handler>();
  const hits = new Map<string, number>();
  const conditional = new Map<string, number>();
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    if (req.headers['if-none-match'] || req.headers['if-modified-since']) conditional.set(path, (conditional.get(path) ?? 0) + 1);
    const handler = routes.get(path) ?? routes.get(path.split('?')[0]!);
    if (handler) handler(req, res, n);
    else send(res, 404, 'text/html', '<html><body>Not found</body></html>');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    hits,
    conditional,
    route: (path, handler) => routes.set(path, handler),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
