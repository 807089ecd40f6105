import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { readHtmlMetadata } from '../../src/extract/html-metadata.js';
import { extractDocument } from '../../src/extract/index.js';
import { isLegalNotice } from '../../src/extract/legal-notice.js';
import { doc } from './helpers.js';

const prose = (topic: string, n: number): string =>
  Array.from({ length: n }, (_, i) => `The ${topic} committee reviewed point ${i + 1} and agreed to report back with costs in spring.`).join(' ');
const run = (html: string) => extractDocument(doc('html', html));
const reasonOf = (out: ReturnType<typeof run>, needle: string) => out.removed.find((r) => r.text.includes(needle))?.reason;

describe('HTML page chrome and listings', () => {
  it('removes an e-mail pop-up declared as a dialog, even when it outweighs a short product text', () => {
    const popup = `<div role="dialog" aria-modal="true" class="entrance-overlay"><h2>Hold on a moment.</h2>
      <p>Enter your email for 15% off your first order of linen and towels from the Tidewater Linen Company shop today.</p>
      <p>I agree to receive recurring automated marketing text messages at the phone number provided. Consent is not a condition to purchase. Msg and data rates may apply.</p></div>`;
    const html = `<body>${popup}<main><h1>Harbour Percale Sheet Set</h1>
      <p>Crisp, cool percale woven from long-staple cotton, washed for a soft hand from the first night on.</p>
      <p>Each set holds a flat sheet, a fitted sheet with deep pockets and two pillowcases in the same shade.</p></main></body>`;
    const out = run(html);
    const text = out.paragraphs.join(' ');
    expect(text).toContain('long-staple cotton');
    expect(text).not.toContain('Enter your email');
    expect(reasonOf(out, 'Enter your email')).toBe('dialog');
  });

  it('removes a site footer built from named <div>s, but keeps a card footer inside the text', () => {
    const html = `<body><div class="content"><h1>Ferry timetable changes</h1><p>${prose('ferry', 4)}</p>
      <div class="card"><div class="card-footer"><p>The night crossing now leaves at ten past eleven from the north quay instead of the south one.</p></div></div></div>
      <div class="Footer-styled__Footer-sc-1x"><p>Notice to customers: Tidewater Ferries may collect identifiers and characteristics under state law, see the privacy centre for the categories and your rights.</p></div></body>`;
    const out = run(html);
    const text = out.paragraphs.join(' ');
    expect(text).toContain('night crossing');
    expect(text).not.toContain('Notice to customers');
    expect(reasonOf(out, 'Notice to customers')).toBe('page-footer');
  });

  it('removes a copyright line, which otherwise passes for the text of a page with little prose', () => {
    expect(isLegalNotice('© 2026 Lantern Row Publishing. All rights reserved.')).toBe(true);
    expect(isLegalNotice('Copyright 2025 Kestrel Media Group')).toBe(true);
    expect(isLegalNotice('Copyright law gives authors a say over copies of their work, the court said.')).toBe(false);
    const html = `<body><main><h1>Pier reopens</h1><p>${prose('pier', 3)}</p>
      <div class="legal"><p>© 2026 Saltmarsh Echo Media Ltd. All rights reserved. Reproduction of any part of this site without written permission is forbidden.</p></div></main></body>`;
    const out = run(html);
    expect(out.paragraphs.join(' ')).not.toContain('All rights reserved');
    expect(reasonOf(out, 'All rights reserved')).toBe('legal-notice');
  });

  const categoryPage = (list: string, where: 'inside' | 'beside') => {
    const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/lang/${i}">Quillscript dialect number ${i + 1} (${1960 + i})</a></li>`).join('');
    const body = `<div class="entry-content"><p>This is an index of the scripting dialects catalogued by the Larkfield archive. Dialects of the teaching languages, which have their own pages, are not listed here; neither are markup languages of any kind.</p>
      <p>Each entry links to the archive's article on the dialect, with the year the first manual was printed and the name of the group that wrote it.</p>
      <p>A dialect needs a manual and a working interpreter to be listed; proposals that never ran are kept on a separate page of drafts.</p>${where === 'inside' ? `<ul class="${list}">${items}</ul>` : ''}</div>`;
    return `<body>${CHROME}<div class="layout">${body}${where === 'beside' ? `<div><ul class="${list}">${items}</ul></div>` : ''}</div></body>`;
  };
  const CHROME = `<header><nav><a href="/">Home</a> <a href="/archive">Archive</a></nav></header>`;

  it('keeps the links of a listing that follows its introduction inside the named body', () => {
    const text = run(categoryPage('dialects', 'inside')).paragraphs.join(' ');
    expect(text).toContain('index of the scripting dialects');
    expect(text).toContain('Quillscript dialect number 17 (1976)');
  });

  it('reads a shop category with a 500-character introduction and an undeclared article as a listing of its items', () => {
    const intro = `<div class="category-intro"><h1>Hand planes</h1><p>Our hand planes are cast and ground in the Brackwater works, then fettled by hand before they leave.</p>
      <p>Block planes suit end grain and small trim work; bench planes flatten and smooth boards; shoulder and rebate planes clean up joinery.</p>
      <p>Every plane ships sharpened, with a lifetime guarantee on the casting and a free first resharpening of its blade.</p>
      <p>Spare irons, chipbreakers and lever caps for every model are listed on the parts page, and older castings can be refurbished.</p></div>`;
    const items = Array.from({ length: 40 }, (_, i) => `<li class="product-tile"><a href="/p/${i}">Brackwater No. ${i + 2} bench plane, ${['oak', 'beech', 'walnut'][i % 3]} handles</a></li>`).join('');
    const html = `<body>${CHROME}<div class="layout">${intro}<div class="grid"><ul class="products">${items}</ul></div></div></body>`;
    const text = run(html).paragraphs.join(' ');
    expect(text).toContain('Brackwater No. 9 bench plane, beech handles');
    // The same page declaring an Article keeps its prose reading: 400 characters is the trigger there.
    const declared = html.replace('<body>', '<body><script type="application/ld+json">{"@type":"Article","headline":"Hand planes"}</script>');
    expect(run(declared).paragraphs.join(' ')).not.toContain('Brackwater No. 9 bench plane');
  });

  it('does not read a link rail beside a short named article as a listing', () => {
    const text = run(categoryPage('dialects', 'beside')).paragraphs.join(' ');
    expect(text).toContain('index of the scripting dialects');
    expect(text).not.toContain('Quillscript dialect number 17');
  });

  it('drops member titles and signatures repeated under every post of a thread', () => {
    const post = (who: string, body: string) =>
      `<div class="post"><div class="user"><span>${who}</span><p>Well-known member</p></div><div class="post-body"><p>${body}</p><p>Proud owner of a 1972 Halden sloop, restored one plank at a time.</p></div></div>`;
    const html = `<body><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Best varnish for teak?"}</script>
      <div class="thread">${post('mira_k', 'Which varnish holds up best on teak rails left out all winter in salt air? Mine peels by March every single year.')}
      ${post('tobias', 'Skip varnish and oil it twice a season instead; it weathers grey but never peels, and a light sanding brings the colour back.')}
      ${post('mira_k', 'Thanks, I will try oil this spring and report back on how the rails look after the first proper storm of autumn.')}</div></body>`;
    const out = run(html);
    const text = out.paragraphs.join(' ');
    expect(text).toContain('oil it twice a season');
    expect(text).not.toContain('Well-known member');
    expect(text).not.toContain('Proud owner');
    expect(reasonOf(out, 'Well-known member')).toBe('repeated-label');
  });
});

describe('rails beside a short article', () => {
  const story = `<p>${prose('harbour', 7)}</p><p>${prose('budget', 7)}</p>`;

  it('removes a recommendation section headed in another language ("Você pode gostar...")', () => {
    const cards = Array.from({ length: 4 }, (_, i) => `<div class="card"><h3>Reflexão ${i + 1}</h3><p>${'A vida pede coragem para esperar o melhor e fazer o melhor acontecer, sem perder a esperança. '.repeat(3)}</p></div>`).join('');
    const out = run(`<body><div class="wrap"><div class="texto">${story}</div><div class="mais"><h2>Você pode gostar...</h2>${cards}</div></div></body>`);
    expect(out.paragraphs.join(' ')).toContain('harbour committee');
    expect(out.paragraphs.join(' ')).not.toContain('A vida pede coragem');
    expect(reasonOf(out, 'Você pode gostar')).toBe('related');
  });

  const ticker = `<div class="ticker"><b>Breaking News</b><ul>${Array.from({ length: 10 }, (_, i) =>
    `<li><a href="/s/${i}">Lakeside council story number ${i + 1} about the ferry budget vote</a><span>LAKESIDE: The council met again on Tuesday to weigh item ${i + 1} of the ferry budget, and members asked for a longer consultation before any final vote was taken...</span></li>`).join('')}</ul></div>`;

  it('sets aside a ticker of teasers that outweighs a short article the page declares', () => {
    const html = `<html><head><meta property="og:type" content="article"></head><body><div class="main-left">${ticker}<div class="post">${story}</div></div></body></html>`;
    const text = run(html).paragraphs.join(' ');
    expect(text).toContain('harbour committee');
    expect(text).not.toContain('Lakeside council story number 3');
  });

  it('keeps the same cards on a page that does not declare an article (an index of stories)', () => {
    const html = `<html><body><div class="main-left">${ticker}<div class="post">${story}</div></div></body></html>`;
    expect(run(html).paragraphs.join(' ')).toContain('Lakeside council story number 3');
  });
});

describe('headline from the page', () => {
  const title = (html: string) => readHtmlMetadata(parseDocument(html).children).title;

  it('takes a one-word <h1> that opens the stated title before a separator', () => {
    expect(title(`<head><title>Gimlet - Tools | Larkfield Hardware</title><meta property="og:title" content="Gimlet: The Hand Drill for Pilot Holes"></head><body><h1>Gimlet</h1></body>`)).toBe('Gimlet');
  });

  it('reads the author of a thread given as the main entity of a JSON-LD WebPage', () => {
    const m = readHtmlMetadata(parseDocument(`<head><script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"DiscussionForumPosting",
      "headline":"Teak rails peel every spring","author":{"@type":"Person","name":"mira_k"},"datePublished":"2026-03-02T09:00:00+00:00"}}</script></head>
      <body><a href="/members/tobias.12/" rel="author">tobias</a></body>`).children);
    expect(m.authors).toEqual(['mira_k']);
    expect(m.published).toBe('2026-03-02T09:00:00+00:00');
  });

  it('takes an <h1> printed twice (mobile and desktop copies) as the one headline', () => {
    expect(
      title(`<head><title>Pier Works | Saltmarsh Council</title></head><body><div class="m"><h1>Storm repairs on the old pier</h1></div><div class="d"><h1>Storm repairs on the old pier</h1></div></body>`),
    ).toBe('Storm repairs on the old pier');
  });
});
