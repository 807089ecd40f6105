import { describe, expect, it } from 'vitest';
import { declaresDiscussion } from '../../src/extract/discussion-page.js';
import { extractDocument } from '../../src/extract/index.js';
import { doc } from './helpers.js';

const prose = (topic: string, n: number): string =>
  Array.from({ length: n }, (_, i) => `Residents asked the ${topic} board about item ${i + 1} and heard a long answer about costs.`).join(' ');

const CHROME = `<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav></header>`;

describe('HTML recognisers', () => {
  it('reads a body after a stray <![CDATA[ as a browser does', () => {
    const html = `<html><body>${CHROME}<![CDATA[ <div id="top"></div><article><p>${prose('harbour', 3)}</p></article></body></html>`;
    const out = extractDocument(doc('html', html));
    expect(out.paragraphs.join(' ')).toContain('harbour board');
  });

  it('keeps streamed server-rendered segments parked in hidden S:n elements', () => {
    const html = `<body><div hidden id="S:0"><article><p>${prose('library', 3)}</p></article></div><div hidden><p>${prose('draft', 2)}</p></div></body>`;
    const text = extractDocument(doc('html', html)).paragraphs.join(' ');
    expect(text).toContain('library board');
    expect(text).not.toContain('draft board');
  });

  it('reads a page hidden until hydration when nothing else is visible', () => {
    const html = `<body><div style="visibility:hidden;min-height:100vh"><main><p>${prose('transit', 3)}</p><p>${prose('parks', 2)}</p></main></div></body>`;
    const out = extractDocument(doc('html', html));
    expect(out.paragraphs).toHaveLength(2);
    expect(out.paragraphs[0]).toContain('transit board');
  });

  it('does not take a post that "has-comments" for its comment thread', () => {
    const html = `<body>${CHROME}<article class="blog-item hentry has-comments tag-related"><h1>Budget night</h1><p>${prose('budget', 3)}</p><p>${prose('school', 2)}</p></article></body>`;
    const out = extractDocument(doc('html', html));
    expect(out.paragraphs.join(' ')).toContain('budget board');
    expect(out.removed.map((r) => r.reason)).not.toContain('comments');
  });

  it('still removes an element named as comments', () => {
    const html = `<body><article><p>${prose('zoning', 3)}</p><div class="post-comments"><p>${prose('angry reader', 2)}</p></div></article></body>`;
    const text = extractDocument(doc('html', html)).paragraphs.join(' ');
    expect(text).toContain('zoning board');
    expect(text).not.toContain('angry reader');
  });

  it('takes forum markup, not an FAQ block, as a discussion', () => {
    expect(declaresDiscussion('<script type="application/ld+json">{"@type":"DiscussionForumPosting"}</script>')).toBe(true);
    expect(declaresDiscussion('<script type="application/ld+json">{"@type":"QAPage"}</script>')).toBe(true);
    const faq = '<script type="application/ld+json">{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Is it open?"}]}</script>';
    expect(declaresDiscussion(faq)).toBe(false);
  });

  it('sets aside teaser cards (linked headline + short summary) that would widen an unnamed article', () => {
    const cards = Array.from(
      { length: 5 },
      (_, i) => `<li><a href="/story/${i}">Council weighs plan number ${i} for the old mill site</a> <span>MILLTOWN: A short summary of story ${i}, which readers can open to learn more about it...</span></li>`,
    ).join('');
    const html = `<body>${CHROME}<div class="wrap"><div class="left"><h1>Ferry fares rise</h1><p>${prose('ferry', 3)}</p><p>${prose('dock', 2)}</p>
      <div class="box"><h3>Latest</h3><ul>${cards}</ul></div></div></div></body>`;
    const out = extractDocument(doc('html', html));
    const text = out.paragraphs.join(' ');
    expect(text).toContain('ferry board');
    expect(text).not.toContain('old mill site');
    expect(out.removed.map((r) => r.reason)).toContain('teaser');
  });

  it('keeps teaser cards when they are the page (an index of stories)', () => {
    const cards = Array.from(
      { length: 8 },
      (_, i) => `<div class="card"><h2><a href="/story/${i}">Council weighs plan number ${i} for the old mill site</a></h2><p>A short summary of story ${i}, which readers can open to learn more about the plan.</p></div>`,
    ).join('');
    const html = `<body>${CHROME}<main><h1>Latest news</h1>${cards}</main></body>`;
    const text = extractDocument(doc('html', html)).paragraphs.join(' ');
    expect(text).toContain('A short summary of story 0');
    expect(text).toContain('A short summary of story 7');
  });
});
