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

  it('removes a filter panel of checkboxes beside the items of a shop category', () => {
    const boxes = (label: string, values: string[]) =>
      `<h3>${label}</h3><ul>${values.map((v, i) => `<li><label><input type="checkbox"> ${v} (${i + 3})</label></li>`).join('')}</ul>`;
    const panel = `<div class="product-filters">${boxes('Material', ['Teak', 'Larch', 'Cast iron'])}${boxes('Seats', ['Two', 'Three', 'Four'])}</div>`;
    const html = `<body>${CHROME}<main><h1>Garden benches</h1>
      <p>Our benches are built in the Brackwater works from slow-grown larch and reclaimed teak, and delivered assembled to most of the county.</p>
      <p>Every bench is oiled twice before it leaves and carries a ten-year guarantee against rot in the seat and the legs.</p>${panel}</main></body>`;
    const out = run(html);
    const text = out.paragraphs.join(' ');
    expect(text).toContain('slow-grown larch');
    expect(text).not.toContain('Cast iron (5)');
    expect(reasonOf(out, 'Cast iron (5)')).toBe('filters');
  });

  it('keeps the results inside a layout wrapper named after its facets', () => {
    const items = Array.from({ length: 90 }, (_, i) => `<li><a href="/p/${i}">Brackwater garden bench model ${i + 1}, slow-grown larch with a teak seat and iron legs</a></li>`).join('');
    const html = `<body>${CHROME}<div class="search-facets-layout"><div class="facets"><h3>Material</h3><ul><li><label><input type="checkbox"> Teak (14)</label></li></ul></div>
      <ul class="results">${items}</ul></div></body>`;
    const out = run(html);
    expect(out.paragraphs.join(' ')).toContain('Brackwater garden bench model 42, slow-grown larch');
    expect(reasonOf(out, 'Teak (14)')).toBe('filters');
  });

  it('removes a table of contents titled by a plain paragraph, but not a text opening with the same word', () => {
    const toc = `<div class="box"><p class="box-title">In this article</p><ul><li><a href="#cost">What the repairs cost</a></li><li><a href="#when">When the pier reopens</a></li><li><a href="#who">Who pays for the work</a></li></ul></div>`;
    const body = `<h2 id="cost">What the repairs cost</h2><p>${prose('pier', 3)}</p><h2 id="when">When the pier reopens</h2><p>${prose('works', 3)}</p>`;
    const out = run(`<body>${CHROME}<main><h1>Storm repairs on the old pier</h1>${toc}${body}</main></body>`);
    expect(out.paragraphs.join(' ')).toContain('pier committee');
    expect(out.paragraphs).not.toContain('In this article');
    expect(reasonOf(out, 'In this article')).toBe('table-of-contents');
    const opening = run(`<body>${CHROME}<main><div class="text"><p>Contents</p><p>${prose('pier', 3)}</p><p><a href="/pier">Pier history</a></p></div></main></body>`);
    expect(opening.paragraphs.join(' ')).toContain('pier committee');
  });

  it('keeps teaser-shaped cards inside the text (a roundup) but drops a rail of them closing it', () => {
    const cards = (what: string) =>
      Array.from({ length: 4 }, (_, i) => `<div class="card"><p><a href="/p/${what}-${i}">${what} number ${i + 1} from the Brackwater works</a> – ${['Oiled larch', 'Reclaimed teak', 'Cast iron', 'Painted pine'][i]} with a ${i + 2}-year guarantee, tested by our reviewers over ${i + 3} wet weeks on the north coast.</p></div>`).join('');
    const html = `<html><head><meta property="og:type" content="article"></head><body>${CHROME}<div class="post"><h1>The best garden benches of the year</h1><p>${prose('bench', 20)}</p>
      <div class="picks">${cards('Bench')}</div><h2>How we tested</h2><p>${prose('testing', 20)}</p>
      <div class="grid">${cards('Planter')}</div></div></body></html>`;
    const out = run(html);
    const text = out.paragraphs.join(' ');
    expect(text).toContain('testing committee');
    expect(text).toContain('Bench number 3 from the Brackwater works');
    expect(text).not.toContain('Planter number 3');
    expect(reasonOf(out, 'Planter number 3')).toBe('teaser');
  });

  it('keeps a linked heading and a list of linked sources inside the text but drops a link list after it', () => {
    const links = (what: string) => `<h2><a href="/d/${what}">Every ${what} of the Harbour Trust</a></h2><ul>${['spring', 'summer', 'autumn'].map((s, i) => `<li><a href="/d/${what}-${i}">Harbour Trust ${what} for ${s} 2025, full minutes</a></li>`).join('')}</ul>`;
    const html = `<body>${CHROME}<main><h1>What the trust decided</h1><p>${prose('trust', 8)}</p>${links('report')}
      <p>${prose('harbour', 8)}</p>${links('newsletter')}</main></body>`;
    const out = run(html);
    const text = out.paragraphs.join(' ');
    expect(text).toContain('Harbour Trust report for summer 2025, full minutes');
    expect(out.paragraphs).toContain('Every report of the Harbour Trust');
    expect(reasonOf(out, 'Every newsletter of the Harbour Trust')).toBe('link-list');
    expect(text).toContain('harbour committee');
    expect(text).not.toContain('Harbour Trust newsletter for summer');
    expect(reasonOf(out, 'Harbour Trust newsletter for summer')).toBe('link-list');
    // The same for the linked cells of a table inside the text.
    const table = `<table>${['2024', '2025', '2026'].map((y) => `<tr><td><a href="/b/${y}">Harbour Trust budget for ${y}, audited accounts</a></td></tr>`).join('')}</table>`;
    const withTable = run(`<body>${CHROME}<main><h1>What the trust decided</h1><p>${prose('trust', 8)}</p>${table}<p>${prose('harbour', 8)}</p></main></body>`);
    expect(withTable.paragraphs.join(' ')).toContain('Harbour Trust budget for 2025, audited accounts');
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

  it('drops a label repeated under every option of a declared product', () => {
    const options = ['Small', 'Medium', 'Large'].map((size) => `<div class="opt"><p>${size} tin</p><p>Sold out</p></div>`).join('');
    const html = `<body><script type="application/ld+json">{"@type":"Product","name":"Harbour Blend coffee"}</script><main><h1>Harbour Blend coffee</h1>
      <p>A dark roast of Sumatran and Brazilian beans, roasted in small batches at the Dunmore roastery every Tuesday morning.</p>
      <p>Notes of cocoa and cherry, with a heavy body and low acidity; good with milk, and as an espresso for those who like it strong.</p>${options}</main></body>`;
    const out = run(html);
    expect(out.paragraphs.join(' ')).toContain('Sumatran and Brazilian beans');
    expect(out.paragraphs).not.toContain('Sold out');
    expect(reasonOf(out, 'Sold out')).toBe('repeated-label');
  });

  it('drops post counters and join dates that repeat under every post with different numbers', () => {
    const post = (who: string, posts: string, joined: string, body: string) =>
      `<div class="post"><div class="user"><span>${who}</span><p>Posts: ${posts}</p><p>Member since ${joined}</p></div><div class="post-body"><p>${body}</p></div></div>`;
    const html = `<body><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Rebuilding a 1968 Corran outboard"}</script>
      <div class="thread">${post('fenwick', '1,204', '2019', 'The carburettor on my 1968 Corran floods at idle no matter how I set the float. Has anyone rebuilt one of these?')}
      ${post('ailsa_r', '87', '2021', 'Check the needle seat before the float: on mine the seat was pitted and no float height would stop it flooding.')}
      ${post('fenwick', '1,205', '2019', 'That was it. A new seat from the parts shop in Dunmore and it idles cleanly now, thank you both for the help.')}</div></body>`;
    const out = run(html);
    const text = out.paragraphs.join(' ');
    expect(text).toContain('pitted and no float height');
    expect(text).not.toContain('Posts: 87');
    expect(text).not.toContain('Member since 2021');
    expect(reasonOf(out, 'Posts: 1,204')).toBe('repeated-label');
  });
});

describe('chrome named in the language of the outlet', () => {
  const cuerpo = [
    'El ayuntamiento de Montealto aprobó el lunes un plan para cerrar al tráfico el puente viejo durante las fiestas de agosto.',
    'La alcaldesa, Noelia Ferrán, dijo que la medida se revisará en octubre si los comercios del casco antiguo notan una caída de ventas.',
    'Los vecinos de la orilla norte podrán cruzar a pie o en el autobús gratuito que saldrá cada quince minutos desde la plaza mayor.',
  ].map((p) => `<p>${p}</p>`).join('');

  it('removes a comment thread whose class or id names it in Spanish', () => {
    const html = `<body><article><h1>Montealto cierra el puente viejo en agosto</h1><div class="a_c">${cuerpo}</div>
      <div id="comentarios" class="a_com"><h4>Comentarios</h4><p>Para comentar debes estar suscrito a la edición digital de El Correo de Montealto.</p></div></article></body>`;
    const out = run(html);
    const text = out.paragraphs.join(' ');
    expect(text).toContain('autobús gratuito');
    expect(text).not.toContain('Para comentar');
    expect(reasonOf(out, 'Para comentar')).toBe('comments');
  });

  it('removes a most-read rail headed "Lo más visto" with its heading, not only its links', () => {
    const html = `<body><main><article><h1>Montealto cierra el puente viejo en agosto</h1>${cuerpo}</article>
      <section class="b-r"><h3>Lo más visto</h3><ol><li><a href="/a">La feria de Montealto, paso a paso</a></li><li><a href="/b">El CD Montealto roza el ascenso</a></li></ol></section></main></body>`;
    const out = run(html);
    const text = out.paragraphs.join(' ');
    expect(text).toContain('plaza mayor');
    expect(text).not.toContain('Lo más visto');
    expect(reasonOf(out, 'Lo más visto')).toBe('related');
  });
});

describe('standfirst between the headline and the text', () => {
  const body = [
    'The Kestrel Bay council voted on Tuesday to close the old sea baths for the whole of next summer while engineers replace the pumps.',
    'Swimmers will be offered free entry to the leisure centre pool in Marlow Street until the baths reopen in the spring of the year after.',
    'The council said the work would cost about 1.2 million and that the pumps, fitted in 1974, had failed three times since June.',
  ].map((p) => `<p>${p}</p>`).join('');

  it('removes a standfirst named by its class in a header the body shares', () => {
    const html = `<body><main><div class="live-header"><h1>Kestrel Bay sea baths to close for a summer</h1>
      <div class="standfirst"><p>Pumps fitted half a century ago have failed three times; swimmers get free entry to the town pool instead</p></div></div>
      <div class="live-body">${body}</div></main></body>`;
    const out = run(html);
    const text = out.paragraphs.join(' ');
    expect(text).toContain('Marlow Street');
    expect(text).not.toContain('half a century ago');
    expect(reasonOf(out, 'half a century ago')).toBe('standfirst');
  });

  it('removes a whole-sentence <h2> set straight after the <h1>, but keeps a short subheading there', () => {
    const dek = `<body><article><header><h1>Kestrel Bay sea baths to close for a summer</h1>
      <h2 class="a_st">Pumps fitted half a century ago have failed three times and swimmers get free entry to the town pool instead</h2></header>
      <div>${body}</div></article></body>`;
    const out = run(dek);
    expect(out.paragraphs.join(' ')).not.toContain('half a century ago');
    expect(out.paragraphs.join(' ')).toContain('Marlow Street');
    const sub = `<body><article><h1>Kestrel Bay sea baths to close for a summer</h1><h2>What happens to swimmers</h2>${body}</article></body>`;
    expect(run(sub).paragraphs.join(' ')).toContain('What happens to swimmers');
  });
});

describe('chrome set inline inside a line of the text', () => {
  const body = [
    'The Ashcombe library will open on Sundays from next month after the town council found money for two more part-time staff.',
    'Librarian Petra Okonjo said Sunday opening had been the most common request in last year\'s survey of readers and families.',
    'The children\'s reading room will also stay open until seven on Thursdays, when the homework club meets upstairs.',
  ].map((p) => `<p>${p}</p>`).join('');

  it('cuts a byline <span> from the meta line it shares with the date', () => {
    const html = `<body><main><h1>Ashcombe library to open on Sundays</h1>
      <div class="meta"><span class="byline">Hal Brightwater (now) and Ines Mardle (earlier)</span> <time datetime="2026-03-01">Sun 1 Mar 2026</time></div>
      ${body}</main></body>`;
    const text = run(html).paragraphs.join(' ');
    expect(text).toContain('homework club');
    expect(text).not.toContain('Ines Mardle');
  });

  it('keeps highlighted code whose token spans carry chrome-like class names', () => {
    const code = '<pre><code><span class="hljs-comment"># count the loans per branch before the Sunday rota starts</span>\nloans = tally(branches)</code></pre>';
    const html = `<body><main><h1>Counting library loans</h1>${body}${code}</main></body>`;
    expect(run(html).paragraphs.join(' ')).toContain('count the loans per branch');
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

  it('removes "Similar threads" and "More like this" sections, whose wording names what other pages hold', () => {
    const cards = Array.from({ length: 4 }, (_, i) => `<div class="c"><h3>Winter mooring question ${i + 1}</h3><p>${'Another owner asked how to keep a wooden dinghy dry through a wet winter on a swinging mooring without a cover. '.repeat(2)}</p></div>`).join('');
    for (const heading of ['Similar threads', 'More like this']) {
      const out = run(`<body><div class="wrap"><div class="texto">${story}</div><div class="x"><h2>${heading}</h2>${cards}</div></div></body>`);
      expect(out.paragraphs.join(' ')).toContain('harbour committee');
      expect(out.paragraphs.join(' ')).not.toContain('swinging mooring');
      expect(reasonOf(out, heading)).toBe('related');
    }
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
