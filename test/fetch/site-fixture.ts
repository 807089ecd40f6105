// The fictional Harbor Ledger site the fetch tests run against, with its hostile corners.
import type { FetchSettings } from '../../src/ingest/fetch/index.js';
import { cacheablePage, html, send, startSite, type LocalSite } from './local-server.js';

// Short backoff so retries finish quickly; timeouts long enough for a loaded machine; 127.0.0.1 allowed.
export const TEST_SETTINGS: Partial<FetchSettings> = {
  allowPrivate: true,
  headersTimeoutMs: 5000,
  bodyIdleTimeoutMs: 5000,
  totalTimeoutMs: 15000,
  maxBodyBytes: 256 * 1024,
  retries: 2,
  backoffBaseMs: 20,
  maxRetryWaitMs: 3000,
  hostIntervalMs: 0,
  hostConcurrency: 4,
};

export const floodPage = html(
  'Velmora orders evacuation as river crests',
  [
    'Authorities in Velmora ordered the evacuation of 1,200 residents on Thursday as the Serin river rose above its banks for the first time in forty years.',
    '"We are moving people now, before the water reaches the old town," said Mayor Ilse Varga, who toured the flood barriers at dawn.',
    'The regional emergency agency said shelters had been opened in three schools and that more rain was expected over the weekend.',
  ],
  '<meta property="article:published_time" content="2026-03-12T08:30:00Z"><meta property="og:site_name" content="Harbor Ledger">',
);

// No date in the page: the HTTP Last-Modified is the only date there is.
export const ferryPage = html('Caldera ferry moves its first crossing', [
  'The Caldera ferry will leave at seven instead of six from Monday, the operator said, citing staff shortages on the morning crossing.',
  'Commuters from the eastern islands said the change would cost them an hour of work every day.',
]);

export const barrierPage = html('Engineers reinforce the eastern barrier', [
  'Engineers from the national water board began reinforcing the eastern section of the Velmora flood barrier on Friday.',
]);

export function rssFeed(origin: string, items: { title: string; link: string; pubDate: string; description?: string }[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbor Ledger</title><link>${origin}/</link><language>en</language>
${items
  .map(
    (i) => `<item><title>${i.title}</title><link>${i.link}</link><guid>${i.link}</guid><pubDate>${i.pubDate}</pubDate>${
      i.description ? `<description>${i.description}</description>` : ''
    }<author>desk@harbor-ledger.example (Ana Reyes)</author></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

export interface SiteState {
  /** Items of the main feed; tests append to it to publish a new entry. */
  feedItems: { title: string; link: string; pubDate: string; description?: string }[];
  feedVersion: number;
  /** Bytes the endless /huge page managed to write before the client hung up. */
  hugeSent: number;
}

export async function startLedgerSite(): Promise<{ site: LocalSite; state: SiteState }> {
  const site = await startSite();
  const state: SiteState = {
    feedVersion: 1,
    hugeSent: 0,
    feedItems: [
      { title: 'Velmora orders evacuation', link: '/news/velmora-flood.html', pubDate: 'Thu, 12 Mar 2026 08:30:00 GMT', description: 'Residents leave as the Serin crests.' },
      // Title and link only: its page is the only content there is.
      { title: 'Ferry timetable changes', link: '/news/ferry.html', pubDate: 'Fri, 13 Mar 2026 06:00:00 GMT' },
      { title: 'Old page that is gone', link: '/news/gone.html', pubDate: 'Fri, 13 Mar 2026 07:00:00 GMT', description: 'The council archive moved to a new address; the old page now answers 404.' },
    ],
  };
  const stall: import('node:http').ServerResponse[] = [];
  site.route('/robots.txt', (_req, res) => send(res, 200, 'text/plain', 'User-agent: Dossier\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n'));
  site.route('/news/velmora-flood.html', cacheablePage(floodPage, '"flood-v1"'));
  site.route('/news/ferry.html', cacheablePage(ferryPage, '"ferry-v1"', 'Fri, 13 Mar 2026 05:45:00 GMT'));
  site.route('/news/barrier.html', cacheablePage(barrierPage, '"barrier-v1"'));
  site.route('/private/memo.html', (_req, res) => send(res, 200, 'text/html', html('Internal memo', ['Not for crawlers.'])));
  site.route('/feeds/ledger.rss', (req, res) => {
    const etag = `"feed-v${state.feedVersion}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    const items = state.feedItems.map((i) => ({ ...i, link: site.url(i.link) }));
    send(res, 200, 'application/rss+xml; charset=utf-8', rssFeed(site.origin, items), { etag });
  });
  site.route('/feeds/truncated.rss', (_req, res) => send(res, 200, 'application/rss+xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken Wire</title><item><title>Velmora'));
  site.route('/feeds/not-a-feed.rss', (_req, res) => send(res, 200, 'application/rss+xml', '<html><body><p>Our feed has moved.</p></body></html>'));
  site.route('/feeds/entities.rss', (_req, res) =>
    send(res, 200, 'application/rss+xml', '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">]><rss version="2.0"><channel><title>&lol;</title></channel></rss>'),
  );
  // Hostile answers.
  site.route('/slow', (_req, res) => stall.push(res));
  site.route('/slow-body', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000' });
    res.write('<!doctype html><html><body><p>Velmora');
    stall.push(res);
  });
  site.route('/reset', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '20000' });
    res.write(`<!doctype html><html><body><p>${'Flood waters rose in Velmora. '.repeat(30)}`);
    setTimeout(() => res.socket?.destroy(), 20);
  });
  site.route('/huge', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = `<p>${'Velmora flood update. '.repeat(700)}</p>\n`;
    let sent = 0;
    // Stops by itself after 8 MB even if nobody hangs up.
    const pump = () => {
      while (sent < 8 * 1024 * 1024 && !res.destroyed) {
        sent += chunk.length;
        state.hugeSent = sent;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    pump();
  });
  site.route('/huge-declared', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(40 * 1024 * 1024) });
    res.write('<!doctype html>');
    stall.push(res);
  });
  site.route('/logo.png', (_req, res) => send(res, 200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])));
  site.route('/download', (_req, res) => send(res, 200, 'application/octet-stream', Buffer.from('Velmora flood report, binary edition')));
  site.route('/loop-a', (_req, res) => send(res, 302, 'text/html', '', { location: '/loop-b' }));
  site.route('/loop-b', (_req, res) => send(res, 302, 'text/html', '', { location: '/loop-a' }));
  for (let i = 0; i < 8; i++) site.route(`/chain/${i}`, (_req, res) => send(res, 301, 'text/html', '', { location: `/chain/${i + 1}` }));
  site.route('/to-metadata', (_req, res) => send(res, 302, 'text/html', '', { location: 'http://169.254.169.254/latest/meta-data/' }));
  site.route('/to-intranet', (_req, res) => send(res, 307, 'text/html', '', { location: 'http://10.20.30.40/admin' }));
  site.route('/to-ftp', (_req, res) => send(res, 302, 'text/html', '', { location: 'ftp://files.harbor-ledger.example/archive' }));
  site.route('/moved', (_req, res) => send(res, 301, 'text/html', '', { location: '/news/barrier.html' }));
  site.route('/busy', (_req, res, n) =>
    n === 1 ? send(res, 429, 'text/plain', 'slow down', { 'retry-after': '1' }) : send(res, 200, 'text/html', barrierPage),
  );
  site.route('/flaky', (_req, res, n) => (n <= 2 ? send(res, 503, 'text/plain', 'try later') : send(res, 200, 'text/html', ferryPage)));
  site.route('/down', (_req, res) => send(res, 503, 'text/plain', 'maintenance'));
  site.route('/too-busy', (_req, res) => send(res, 429, 'text/plain', 'come back tomorrow', { 'retry-after': '86400' }));
  const close = site.close;
  site.close = async () => {
    for (const res of stall) res.destroy();
    await close();
  };
  return { site, state };
}
