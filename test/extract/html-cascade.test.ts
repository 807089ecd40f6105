import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { doc } from './helpers.js';

const sentence = (topic: string, n: number): string =>
  Array.from({ length: n }, (_, i) => `The ${topic} committee met for the ${i + 1}th time and heard from residents about the plan.`).join(' ');

const SITE_CHROME = `<header class="masthead"><a href="/">Valley Gazette</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/life">Life</a></nav></header>`;
const SITE_FOOTER = `<footer><p>© 2024 Valley Gazette. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>`;

describe('HTML extraction cascade', () => {
  it('gives an error page no text and says why', () => {
    const html = `<html><body>${SITE_CHROME}<div class="error"><h1>Page not found</h1><p>Sorry, we could not find it.</p>
      <p><a href="/">Go to the home page</a></p></div>${SITE_FOOTER}</body></html>`;
    const out = extractDocument(doc('html', html));
    expect(out.paragraphs).toEqual([]);
    expect(out.removed.map((r) => r.reason)).toContain('no-main-text');
    expect(out.removed.find((r) => r.reason === 'no-main-text')!.text).toContain('Sorry, we could not find it.');
  });

  it('prefers the element marked itemprop=articleBody over a wrapper inflated by teaser descriptions', () => {
    const teasers = Array.from(
      { length: 8 },
      (_, i) => `<div class="card"><a href="/s/${i}">Other story number ${i} about the county fair</a><p>${sentence(`fair ${i}`, 2)}</p></div>`,
    ).join('');
    const html = `<body>${SITE_CHROME}<div class="page"><div itemprop="articleBody"><p>${sentence('water', 3)}</p><p>${sentence('roads', 3)}</p></div>
      <div class="more-stories-grid">${teasers}</div></div>${SITE_FOOTER}</body>`;
    const out = extractDocument(doc('html', html));
    expect(out.paragraphs).toHaveLength(2);
    expect(out.paragraphs[0]).toMatch(/^The water committee/);
    expect(out.paragraphs.join(' ')).not.toContain('county fair');
    // With the cards recognised as teasers, their "more-stories" wrapper no longer holds protected content text.
    expect(out.removed.some((r) => ['outside-main-text', 'related'].includes(r.reason) && r.text.includes('Other story number 0'))).toBe(true);
  });

  it('falls back to the loose pass when class patterns removed the text itself', () => {
    // Every section of this landing page carries a "promo" class, each holding a third of the text.
    const section = (t: string) => `<section class="promo-block"><h2>${t}</h2><p>${sentence(t, 3)}</p></section>`;
    const html = `<body>${SITE_CHROME}<div class="landing">${section('library')}${section('pool')}${section('museum')}</div>${SITE_FOOTER}</body>`;
    const out = extractDocument(doc('html', html));
    expect(out.paragraphs).toEqual(['library', expect.stringMatching(/^The library/), 'pool', expect.stringMatching(/^The pool/), 'museum', expect.stringMatching(/^The museum/)]);
  });

  it('keeps the items of a listing page whose links are the content', () => {
    const items = Array.from(
      { length: 12 },
      (_, i) => `<li><h3><a href="/event/${i}">Farmers market and craft fair, week ${i + 1}</a></h3><span>Saturday, Town Square</span></li>`,
    ).join('');
    const html = `<body>${SITE_CHROME}<main><h1>Events this month</h1><ul class="events">${items}</ul></main>${SITE_FOOTER}</body>`;
    const out = extractDocument(doc('html', html));
    expect(out.paragraphs).toContain('Farmers market and craft fair, week 1');
    expect(out.paragraphs).toContain('Farmers market and craft fair, week 12');
    expect(out.paragraphs.join(' ')).not.toMatch(/Privacy|Sport/);
  });

  it('removes a comment thread even when it is longer than the post', () => {
    const comments = Array.from({ length: 6 }, (_, i) => `<div class="comment"><p>${sentence(`reader ${i}`, 2)}</p></div>`).join('');
    const html = `<body><div class="post"><div class="entry-content"><p>${sentence('harbour', 2)}</p></div><div id="comments">${comments}</div></div></body>`;
    const out = extractDocument(doc('html', html));
    expect(out.paragraphs).toHaveLength(1);
    expect(out.removed.find((r) => r.reason === 'comments')!.text).toMatch(/^The reader 0/);
  });

  it('keeps the replies of a page that declares itself a discussion thread', () => {
    const replies = Array.from({ length: 4 }, (_, i) => `<div class="comment reply"><p>${sentence(`member ${i}`, 2)}</p></div>`).join('');
    const body = `<div class="thread"><div class="entry-content"><p>${sentence('question', 1)}</p></div><div class="comments">${replies}</div></div>`;
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Ferry times?"}</script>`;
    const thread = extractDocument(doc('html', `<html><head>${ld}</head><body>${body}</body></html>`));
    expect(thread.paragraphs).toHaveLength(5);
    expect(thread.paragraphs[4]).toMatch(/^The member 3/);
    const blog = extractDocument(doc('html', `<html><body>${body}</body></html>`));
    expect(blog.paragraphs).toHaveLength(1);
  });

  it('reads the server-rendered thread inside <noscript> of a script app, but not a tracking pixel', () => {
    const posts = Array.from({ length: 3 }, (_, i) => `<div class="post" itemprop="text"><p>${sentence(`forum ${i}`, 2)}</p></div>`).join('');
    const html = `<body><div id="app"></div><noscript><img src="https://t.example/p.gif" width="1" height="1"></noscript>
      <noscript><div id="main-outlet">${posts}</div></noscript></body>`;
    const out = extractDocument(doc('html', html));
    expect(out.paragraphs).toHaveLength(3);
    expect(out.paragraphs.join(' ')).not.toContain('p.gif');
  });

  it('drops elements hidden by an inline style', () => {
    const html = `<article><p>${sentence('budget', 3)}</p><div style="color: red; display: none"><p>${sentence('hidden draft', 3)}</p></div></article>`;
    const out = extractDocument(doc('html', html));
    expect(out.paragraphs.join(' ')).not.toContain('hidden draft');
    expect(out.paragraphs).toHaveLength(1);
  });
});

describe('HTML extraction on pathological input', () => {
  it('finishes on a 100k-deep nested DOM and keeps its text', () => {
    const depth = 100_000;
    const html = `<body><article><p>${sentence('depth', 2)}</p>${'<div>'.repeat(depth)}Deep note at the bottom of the nesting.${'</div>'.repeat(depth)}</article></body>`;
    const out = extractDocument(doc('html', html));
    expect(out.paragraphs[0]).toMatch(/^The depth committee/);
    expect(out.paragraphs.join(' ')).toContain('Deep note at the bottom of the nesting.');
  });

  it('finishes on a 20 MB page and returns all of its paragraphs', () => {
    const paragraph = (i: number) => `<p>Entry ${i}. ${sentence('archive', 4)}</p>`;
    const nav = `<nav>${'<a href="/x">Section</a> '.repeat(50)}</nav>`;
    const count = Math.ceil(20_000_000 / (paragraph(0).length + nav.length / 10));
    const parts: string[] = [];
    for (let i = 0; i < count; i++) parts.push(i % 10 === 0 ? nav + paragraph(i) : paragraph(i));
    const html = `<body><article>${parts.join('')}</article></body>`;
    expect(html.length).toBeGreaterThan(20_000_000);
    const out = extractDocument(doc('html', html));
    expect(out.paragraphs).toHaveLength(count);
    expect(out.removed.filter((r) => r.reason === 'nav-element')).toHaveLength(Math.ceil(count / 10));
  }, 120_000);
});
