import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { copyrightName, readHtmlMetadata, splitDocTitle, urlDate } from '../../src/extract/html-metadata.js';

const meta = (html: string, url?: string) => readHtmlMetadata(parseDocument(html).children, url ? { url } : {});

describe('readHtmlMetadata', () => {
  it('reads JSON-LD @graph with nested publisher and author objects, and the publication date over the update', () => {
    const m = meta(`<html lang="en-GB"><head><title>Pier reopens after storm repairs | Saltmarsh Echo</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"Organization","@id":"#org","name":"Saltmarsh Echo"},
        {"@type":["NewsArticle"],"headline":"Pier reopens after storm repairs","datePublished":"2026-02-03T07:15:00+01:00",
         "dateModified":"2026-02-04T10:00:00+01:00","publisher":{"@id":"#org"},
         "author":[{"@type":"Person","name":"Odile Varga"},{"@type":"Person","name":"Ben Achterberg"}]}]}</script>
      </head><body><h1>Pier reopens after storm repairs</h1></body></html>`);
    expect(m).toMatchObject({
      title: 'Pier reopens after storm repairs',
      publisher: 'Saltmarsh Echo',
      authors: ['Odile Varga', 'Ben Achterberg'],
      published: '2026-02-03T07:15:00+01:00',
      modified: '2026-02-04T10:00:00+01:00',
      language: 'en',
    });
  });

  it('takes the outlet from the <title> suffix when the logo confirms it, and the author from an author link', () => {
    const m = meta(`<html lang="en"><head><title>Ferry fares to rise in spring :: Lindholm Post</title></head><body>
      <div class="brand"><img src="/logo.svg" alt="Lindholm Post"></div>
      <h1>Ferry fares to rise in spring</h1>
      <p class="meta">By <a href="/authors/kai-morrow">Kai Morrow</a> <span class="date">Updated March 9, 2026</span></p>
      <p>Fares on the island ferry will rise by 6 percent from April, the operator said.</p></body></html>`, 'https://lindholmpost.example/2026/03/08/ferry-fares');
    expect(m.publisher).toBe('Lindholm Post');
    expect(m.title).toBe('Ferry fares to rise in spring');
    expect(m.authors).toEqual(['Kai Morrow']);
    // The visible date is marked as an update; the URL carries the publication date.
    expect(m.published).toBe('2026-03-08');
  });

  it('falls back to the copyright line and a <time> element, and reads meta tags like sailthru.date', () => {
    const m = meta(`<html><head><title>Council approves harbour budget</title><meta name="sailthru.date" content="2026-05-11 09:00:00"></head>
      <body><h1>Council approves harbour budget</h1><footer><p class="copyright">© 2019–2026 Brennar Daily Ltd. All rights reserved.</p></footer></body></html>`);
    expect(m.publisher).toBe('Brennar Daily');
    expect(m.published).toMatch(/^2026-05-11/);
  });

  it('prefers a visible date under the headline to nothing, and skips dates in comment sections', () => {
    const m = meta(`<html><head><title>Orchard growers count frost losses</title></head><body>
      <h1>Orchard growers count frost losses</h1><p><span>April 2, 2026</span> <span>- Updated April 5, 2026</span></p>
      <p>Growers in the upper valley lost up to half their blossom.</p>
      <section class="comments"><time datetime="2026-04-09">April 9</time></section></body></html>`);
    expect(m.published).toBe('2026-04-02');
  });

  it('takes the outlet name as the author only when the page names no person', () => {
    const m = meta(`<html><head><meta property="og:site_name" content="Coastline Weekly"><meta name="author" content="Coastline Weekly">
      <title>Tide tables for May</title></head><body><h1>Tide tables for May</h1></body></html>`);
    expect(m.publisher).toBe('Coastline Weekly');
    // A corporate post: the outlet is the only author the page states.
    expect(m.authors).toEqual(['Coastline Weekly']);
    const withPerson = meta(`<html><head><meta property="og:site_name" content="Coastline Weekly"><meta name="author" content="Coastline Weekly">
      <title>Tide tables for May</title></head><body><h1>Tide tables for May</h1><p class="byline">By Dara Penhallow</p></body></html>`);
    expect(withPerson.authors).toEqual(['Dara Penhallow']);
  });

  it('decodes double-encoded entities in meta content', () => {
    const m = meta(`<html><head><meta property="og:title" content="Dock &amp;#8211; what changes in June"><title>x</title></head><body></body></html>`);
    expect(m.title).toBe('Dock – what changes in June');
  });
});

describe('metadata helpers', () => {
  it('splits a <title> into headline and site', () => {
    expect(splitDocTitle('Headline about the port strike | The Harbor Ledger', [], [])).toEqual({ headline: 'Headline about the port strike', site: 'The Harbor Ledger' });
    // A dash joins headline parts unless something confirms the tail is the site.
    expect(splitDocTitle('Best apps to learn a language – Top 10 Picks', [], []).site).toBeNull();
    expect(splitDocTitle('Storm closes coast road - Valley Times', [], ['Valley Times']).site).toBe('Valley Times');
  });

  it('reads copyright lines and URL dates', () => {
    expect(copyrightName('© 2026 The Harbor Ledger. All rights reserved.')).toBe('The Harbor Ledger');
    expect(copyrightName('Copyright (c) 2026 Northgate Times')).toBe('Northgate Times');
    expect(urlDate('https://news.example/2026/04/17/flood')).toBe('2026-04-17');
    expect(urlDate('https://news.example/politics/2026-04-17-budget-vote')).toBe('2026-04-17');
    expect(urlDate('https://news.example/politics/budget-vote-2026')).toBeNull();
  });
});
