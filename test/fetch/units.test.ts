// The small parts of fetching: Retry-After, backoff, durations, what a response is, and which charset applies.
import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { backoffMs, isRetryableStatus, parseRetryAfter } from '../../src/ingest/fetch/retry.js';
import { parseDuration } from '../../src/ingest/fetch/settings.js';
import { classifyResponse } from '../../src/ingest/fetch/classify-response.js';
import { applyHeaderCharset, parseContentType } from '../../src/ingest/fetch/content-type.js';
import { feedEntryLinks } from '../../src/ingest/fetch/feed-entries.js';

describe('retries', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-03-12T08:30:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 12 Mar 2026 08:31:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter('Thu, 12 Mar 2026 08:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });

  it('backs off exponentially with full jitter, capped', () => {
    expect(backoffMs(0, 1000, 60_000, () => 0.999)).toBe(999);
    expect(backoffMs(3, 1000, 60_000, () => 0.5)).toBe(4000);
    expect(backoffMs(10, 1000, 60_000, () => 0.999)).toBe(60_000);
    expect(backoffMs(2, 1000, 60_000, () => 0)).toBe(0);
  });

  it('retries rate limiting and server errors, not client errors or 501', () => {
    expect([429, 408, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 410, 501].some(isRetryableStatus)).toBe(false);
  });

  it('parses durations and refuses nonsense', () => {
    expect(parseDuration('15m')).toBe(900_000);
    expect(parseDuration('1h')).toBe(3_600_000);
    expect(parseDuration('30')).toBe(30_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(() => parseDuration('fortnightly')).toThrow('invalid duration "fortnightly"');
  });
});

describe('what a response is', () => {
  const body = (text: string) => Buffer.from(text, 'utf8');
  const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Ledger</title></channel></rss>';

  it('trusts the bytes over a wrong label for feeds, and the label for plain text', () => {
    expect(classifyResponse(parseContentType('text/html; charset=utf-8'), body(rss))).toEqual({ kind: 'feed', type: 'rss' });
    expect(classifyResponse(parseContentType('text/plain'), body(rss))).toEqual({ kind: 'feed', type: 'rss' });
    expect(classifyResponse(parseContentType('application/xml'), body('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>'))).toEqual({ kind: 'feed', type: 'atom' });
    expect(classifyResponse(parseContentType('application/xhtml+xml'), body('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Velmora</p></body></html>'))).toEqual({ kind: 'page', format: 'html' });
    expect(classifyResponse(parseContentType('text/plain'), body('VELMORA — The Serin rose overnight.'))).toEqual({ kind: 'page', format: 'text' });
    expect(classifyResponse(parseContentType(''), body('<!doctype html><p>Velmora</p>'))).toEqual({ kind: 'page', format: 'html' });
    expect(classifyResponse(parseContentType('application/feed+json'), body('{"version":"https://jsonfeed.org/version/1.1","title":"Coastal Wire","items":[]}'))).toEqual({ kind: 'feed', type: 'jsonfeed' });
    expect(classifyResponse(parseContentType('application/xml'), body('<?xml version="1.0"?><sitemap/>'))).toEqual({ kind: 'unreadable', reason: 'not an RSS, Atom or JSON Feed document' });
  });

  it("applies the header's charset only when the document declares none", () => {
    const cyrillic = iconv.encode('<p>Мэр Вельмора</p>', 'windows-1251');
    expect(applyHeaderCharset(cyrillic, 'windows-1251', 'html').toString('utf8')).toBe('<p>Мэр Вельмора</p>');
    const declared = Buffer.concat([Buffer.from('<meta charset="koi8-r">'), iconv.encode('<p>Мэр</p>', 'koi8-r')]);
    expect(applyHeaderCharset(declared, 'windows-1251', 'html')).toBe(declared);
    expect(applyHeaderCharset(cyrillic, null, 'html')).toBe(cyrillic);
  });

  it('lists feed entries with absolute page links, permalink guids included', () => {
    const feed = `<rss version="2.0"><channel><title>Harbor Ledger</title>
<item><title>Velmora evacuates</title><link>/news/velmora.html</link><pubDate>Thu, 12 Mar 2026 08:30:00 GMT</pubDate></item>
<item><title>Ferry changes</title><guid>https://www.harbor-ledger.example/news/ferry.html</guid></item>
<item><title>Opinion</title><guid isPermaLink="false">ledger-opinion-77</guid></item>
<item><title>Old link</title><link>javascript:alert(1)</link></item>
</channel></rss>`;
    expect(feedEntryLinks(feed, 'rss', 'https://www.harbor-ledger.example/feeds/main.rss')).toEqual([
      { n: 1, url: 'https://www.harbor-ledger.example/news/velmora.html', title: 'Velmora evacuates', published: '2026-03-12T08:30:00.000Z' },
      { n: 2, url: 'https://www.harbor-ledger.example/news/ferry.html', title: 'Ferry changes', published: undefined },
      { n: 3, url: null, title: 'Opinion', published: undefined },
      { n: 4, url: null, title: 'Old link', published: undefined },
    ]);
  });
});
