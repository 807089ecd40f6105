import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { ARTICLE_PAGE } from './fixtures.js';
import { doc } from './helpers.js';

describe('extractDocument on a full HTML news page', () => {
  const out = extractDocument(doc('html', ARTICLE_PAGE));
  const reasons = (text: string) => out.removed.filter((r) => r.text.includes(text)).map((r) => r.reason);

  it('reads metadata with JSON-LD first, canonical URL over og:url', () => {
    expect(out.title).toBe('Harbour City Votes to Rebuild Its Flood Walls');
    expect(out.publisher).toBe('Coastal Ledger Media');
    expect(out.authors).toEqual(['Maria K. Ostrova', 'Tom Reed']);
    expect(out.published).toBe('2024-03-05T08:30:00Z');
    expect(out.url).toBe('https://ledger.example/news/flood-walls');
  });

  it('keeps the article text in order, with its subheading', () => {
    expect(out.paragraphs).toHaveLength(5);
    expect(out.paragraphs[0]).toMatch(/^The city council voted 7-2 on Tuesday/);
    expect(out.paragraphs[3]).toBe('What happens next');
    expect(out.paragraphs[4]).toMatch(/according to the city's public works department\.$/);
  });

  it('removes boilerplate with a named reason each', () => {
    expect(reasons('We use cookies')).toEqual(['cookie-consent']);
    expect(reasons('Share on Facebook')).toEqual(['share']);
    expect(reasons('Home › News › Local')).toEqual(['breadcrumb']);
    expect(reasons('Ferry timetable')).toEqual(['aside']);
    expect(reasons('Storm damage bill')).toEqual(['related']);
    expect(reasons('walls were crumbling')).toEqual(['comments']);
    expect(reasons('Get the Ledger briefing')).toEqual(['newsletter']);
    expect(reasons('All rights reserved')).toEqual(['page-footer']);
    expect(reasons('Sport')).toContain('page-header');
    expect(reasons('Advertisement')).toEqual(['advertisement']);
    expect(reasons('Workers inspect the old sea wall')).toEqual(['caption']);
    expect(reasons('Storm season: a timeline')).toEqual(['link-list']);
    expect(reasons('Harbour City Votes')).toEqual(['title-repeated']);
    expect(reasons('By Maria K. Ostrova')).toEqual(['byline']);
  });

  it('records no script or style text and no boilerplate in the body', () => {
    const all = [...out.paragraphs, ...out.removed.map((r) => r.text)].join('\n');
    expect(all).not.toContain('window.analytics');
    expect(all).not.toContain('display: flex');
    expect(out.paragraphs.join('\n')).not.toMatch(/cookies|Share on|Most read|Sign up/);
  });

  it('separates list items in removed text and caps long removals', () => {
    expect(out.removed.find((r) => r.reason === 'aside')!.text).toContain('spring New bakery');
    const long = extractDocument(doc('html', `<body><nav>${'menu item '.repeat(100)}</nav><article><p>${'Real words here. '.repeat(20)}</p></article></body>`));
    expect(long.removed[0]!.text.length).toBeLessThanOrEqual(300);
  });

  it('is one segment for a single-topic article', () => {
    expect(out.segments).toEqual([{ paragraphs: out.paragraphs }]);
  });

  it('lets caller hints win over extracted metadata', () => {
    const hinted = extractDocument(
      doc('html', ARTICLE_PAGE, { title: 'Flood walls approved', authors: ['Desk'], publisher: 'Ledger', published: '2024-03-04', url: 'https://x.example/a' }),
    );
    expect(hinted).toMatchObject({ title: 'Flood walls approved', authors: ['Desk'], publisher: 'Ledger', published: '2024-03-04', url: 'https://x.example/a' });
    // The page's own h1 no longer equals the title, so it stays as a heading.
    expect(hinted.paragraphs[0]).toBe('Harbour City Votes to Rebuild Its Flood Walls');
  });
});

describe('HTML metadata fallbacks and container choice', () => {
  it('falls back to og tags, meta author and <title> without the site suffix', () => {
    const html = `<html><head><title>Rail strike called off after late offer | Daily Courier</title>
      <meta property="article:published_time" content="2023-11-02T06:00:00+01:00">
      <meta name="application-name" content="Daily Courier"><meta name="author" content="Lena Park">
      </head><body><div class="content"><p>The drivers' union cancelled Monday's strike after a new pay offer arrived late on Sunday night.</p>
      <p>Services will run to the normal timetable, the operator said in a statement on its website.</p></div></body></html>`;
    const out = extractDocument(doc('html', html));
    expect(out.title).toBe('Rail strike called off after late offer');
    expect(out.publisher).toBe('Daily Courier');
    expect(out.authors).toEqual(['Lena Park']);
    expect(out.published).toBe('2023-11-02T06:00:00+01:00');
    expect(out.paragraphs).toHaveLength(2);
  });

  it('without <article> picks the element whose paragraphs carry the most unlinked text', () => {
    const para = (s: string) => `<p>${s} ${'The committee heard evidence from residents for most of the afternoon. '.repeat(2)}</p>`;
    const html = `<body><div id="top"><p><a href="/1">One linked teaser headline that goes on a while</a></p><p><a href="/2">Another linked teaser headline</a></p></div>
      <div id="story">${para('First.')}${para('Second.')}${para('Third.')}</div>
      <div id="foot"><p>Short note.</p></div></body>`;
    const out = extractDocument(doc('html', html));
    expect(out.paragraphs.map((p) => p.split(' ')[0])).toEqual(['First.', 'Second.', 'Third.']);
  });

  it('reads text split by <br><br> in pages without <p>', () => {
    const html = `<body><div class="menu"><a href="/">Home</a></div><div class="entry">The bridge reopened on Friday after eight months of repairs to its deck.<br><br>Drivers had faced a forty-minute detour through the old town centre.<br><br>The council said the final bill came in under budget.</div></body>`;
    const out = extractDocument(doc('html', html));
    expect(out.paragraphs).toEqual([
      'The bridge reopened on Friday after eight months of repairs to its deck.',
      'Drivers had faced a forty-minute detour through the old town centre.',
      'The council said the final bill came in under budget.',
    ]);
  });

  it('does not remove a wrapper whose class only mentions a sidebar when it holds the text', () => {
    const html = `<body><div class="layout with-sidebar"><p>${'Flood defences along the estuary will be raised by a metre. '.repeat(4)}</p></div><div class="sidebar"><p>Weather widget text</p></div></body>`;
    const out = extractDocument(doc('html', html));
    expect(out.paragraphs[0]).toMatch(/^Flood defences/);
    expect(out.removed).toEqual([{ text: 'Weather widget text', reason: 'sidebar' }]);
  });

  it('splits at <hr> into segments', () => {
    const html = `<article><p>${'Part one is about the port and its new cranes. '.repeat(3)}</p><hr><p>${'Part two turns to the school budget instead. '.repeat(3)}</p></article>`;
    const out = extractDocument(doc('html', html));
    expect(out.segments).toHaveLength(2);
    expect(out.segments[1]!.paragraphs[0]).toMatch(/^Part two/);
  });
});
