import { describe, it, expect } from 'vitest';
import path from 'node:path';
import zlib from 'node:zlib';
import { collectIn, failures, items, makeTempDir, text, writeTree } from './helpers.js';

const ARTICLE_TEXT = `Harbour authority approves new ferry terminal

The Port of Velmora approved a 40 million euro ferry terminal on Tuesday after a two-year review.

Construction is expected to start in the autumn, the authority said.`;

const ARTICLE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour authority approves new ferry terminal</title></head>
<body><article><h1>Harbour authority approves new ferry terminal</h1>
<p>The Port of Velmora approved a 40 million euro ferry terminal on Tuesday.</p></article></body></html>`;

describe('plain text, HTML and Markdown files', () => {
  it('reads a .txt file as one text item keyed by the path as given', async () => {
    const dir = writeTree(makeTempDir(), { 'ferry.txt': ARTICLE_TEXT });
    const [item] = items(await collectIn(dir, ['ferry.txt']));
    expect(item).toMatchObject({ key: 'ferry.txt', source: 'ferry.txt', format: 'text', bodyType: 'text', charset: 'utf-8', hints: {} });
    expect(item!.body).toBe(ARTICLE_TEXT);
    expect(text(item!.raw)).toBe(ARTICLE_TEXT);
  });

  it('reads .html, .htm and .xhtml as html', async () => {
    const dir = writeTree(makeTempDir(), { 'a.html': ARTICLE_HTML, 'b.htm': ARTICLE_HTML, 'c.xhtml': ARTICLE_HTML });
    const results = items(await collectIn(dir, ['a.html', 'b.htm', 'c.xhtml']));
    expect(results.map((r) => [r.key, r.format, r.bodyType])).toEqual([
      ['a.html', 'html', 'html'],
      ['b.htm', 'html', 'html'],
      ['c.xhtml', 'html', 'html'],
    ]);
    expect(results[0]!.body).toBe(ARTICLE_HTML);
  });

  it('does not fail on malformed HTML', async () => {
    const broken = '<html><body><div><p>Council <b>votes <i>to close</b> the old bridge</p><table><tr><td>unclosed';
    const dir = writeTree(makeTempDir(), { 'broken.html': broken });
    const results = await collectIn(dir, ['broken.html']);
    expect(failures(results)).toEqual([]);
    expect(items(results)[0]!.body).toBe(broken);
  });

  it('turns Markdown front matter into hints and cuts it from the body', async () => {
    const md = `---
title: "Harbour authority approves new ferry terminal"
author: [Mira Castell, Jonas Feld]
date: 2024-03-05T09:15:00+01:00
publisher: Velmora Courier
url: https://courier.example/ferry-terminal
lang: en
---
# Harbour authority approves new ferry terminal

The Port of Velmora approved the terminal on Tuesday.
`;
    const dir = writeTree(makeTempDir(), { 'posts/ferry.md': md });
    const [item] = items(await collectIn(dir, ['posts/ferry.md']));
    expect(item!.format).toBe('markdown');
    expect(item!.bodyType).toBe('markdown');
    expect(item!.body.startsWith('# Harbour authority')).toBe(true);
    expect(item!.hints).toEqual({
      title: 'Harbour authority approves new ferry terminal',
      authors: ['Mira Castell', 'Jonas Feld'],
      published: '2024-03-05T08:15:00.000Z',
      publisher: 'Velmora Courier',
      url: 'https://courier.example/ferry-terminal',
      language: 'en',
    });
  });

  it('reads byline / outlet / published keys and .markdown files', async () => {
    const md = '---\nbyline: Ana Ruiz\noutlet: Coastal Times\npublished: March 5, 2024\n---\nThe ferry vote passed.\n';
    const dir = writeTree(makeTempDir(), { 'ferry.markdown': md });
    const [item] = items(await collectIn(dir, ['ferry.markdown']));
    expect(item!.hints).toEqual({ authors: ['Ana Ruiz'], publisher: 'Coastal Times', published: '2024-03-05' });
    expect(item!.body).toBe('The ferry vote passed.\n');
  });

  it('keeps Markdown without front matter whole and warns on broken YAML', async () => {
    const dir = writeTree(makeTempDir(), {
      'plain.md': '# Ferry vote\n\nIt passed.\n',
      'bad.md': '---\ntitle: [unclosed\n---\nThe ferry vote passed.\n',
    });
    const [plain, bad] = items(await collectIn(dir, ['plain.md', 'bad.md']));
    expect(plain!.body).toBe('# Ferry vote\n\nIt passed.\n');
    expect(plain!.warnings).toBeUndefined();
    expect(bad!.body).toBe('The ferry vote passed.\n');
    expect(bad!.hints).toEqual({});
    expect(bad!.warnings?.[0]).toMatch(/front matter is not valid YAML/);
  });

  it('gunzips .gz files and keeps the .gz path as key', async () => {
    const dir = writeTree(makeTempDir(), {
      'ferry.txt.gz': zlib.gzipSync(Buffer.from(ARTICLE_TEXT)),
      'ferry.html.gz': zlib.gzipSync(Buffer.from(ARTICLE_HTML)),
    });
    const results = items(await collectIn(dir, ['ferry.txt.gz', 'ferry.html.gz']));
    expect(results.map((r) => [r.key, r.format])).toEqual([
      ['ferry.txt.gz', 'text'],
      ['ferry.html.gz', 'html'],
    ]);
    expect(results[0]!.body).toBe(ARTICLE_TEXT);
    expect(text(results[1]!.raw)).toBe(ARTICLE_HTML);
  });
});

describe('JSON and JSONL records', () => {
  it('reads an array of records with ids, fallbacks and hints', async () => {
    const records = [
      {
        id: 'courier-1042',
        url: 'https://courier.example/ferry',
        title: 'Ferry terminal approved',
        publisher: 'Velmora Courier',
        authors: 'Mira Castell',
        published: 'Tue, 05 Mar 2024 09:15:00 +0100',
        language: 'en',
        text: 'The Port of Velmora approved a ferry terminal.',
      },
      { id: 77, html: '<p>Dock workers welcomed the decision.</p>', authors: ['Jonas Feld', 'Ana Ruiz'], published: 'not a date' },
      { title: 'No id here', text: 'Opponents said the review was rushed.' },
    ];
    const dir = writeTree(makeTempDir(), { 'batch.json': JSON.stringify(records, null, 2) });
    const results = items(await collectIn(dir, ['batch.json']));
    expect(results.map((r) => [r.key, r.source, r.format, r.bodyType])).toEqual([
      ['courier-1042', 'batch.json#1', 'json', 'text'],
      ['77', 'batch.json#2', 'json', 'html'],
      ['batch.json#3', 'batch.json#3', 'json', 'text'],
    ]);
    expect(results[0]!.hints).toEqual({
      url: 'https://courier.example/ferry',
      title: 'Ferry terminal approved',
      publisher: 'Velmora Courier',
      authors: ['Mira Castell'],
      published: '2024-03-05T08:15:00.000Z',
      language: 'en',
    });
    expect(results[1]!.hints).toEqual({ authors: ['Jonas Feld', 'Ana Ruiz'] });
    expect(results[1]!.body).toBe('<p>Dock workers welcomed the decision.</p>');
    expect(JSON.parse(text(results[2]!.raw))).toEqual(records[2]);
  });

  it('reads a single JSON object as one record keyed by its id or the path', async () => {
    const dir = writeTree(makeTempDir(), {
      'one.json': JSON.stringify({ text: 'The council met.' }),
      'two.json': JSON.stringify({ id: 'x-9', text: 'The council met again.' }),
    });
    const results = items(await collectIn(dir, ['one.json', 'two.json']));
    expect(results.map((r) => [r.key, r.source])).toEqual([
      ['one.json', 'one.json'],
      ['x-9', 'two.json'],
    ]);
  });

  it('fails a record with neither text nor html and keeps the others', async () => {
    const dir = writeTree(makeTempDir(), {
      'batch.json': JSON.stringify([{ text: 'One.' }, { text: 'Two.' }, { title: 'Headline only', text: '   ' }, 'just a string']),
    });
    const results = await collectIn(dir, ['batch.json']);
    expect(items(results)).toHaveLength(2);
    expect(failures(results)).toEqual([
      { kind: 'failure', input: 'batch.json', reason: 'record 3 has neither text nor html' },
      { kind: 'failure', input: 'batch.json', reason: 'record 4 is not an object' },
    ]);
  });

  it('reads JSONL line by line; a broken line fails alone', async () => {
    const lines = [
      JSON.stringify({ id: 'a1', text: 'First report on the ferry vote.' }),
      '',
      JSON.stringify({ text: 'Second report.' }),
      '{"id": "a3", "text": "truncated',
      JSON.stringify({ id: 'a4', html: '<p>Fourth report.</p>' }),
      JSON.stringify({ id: 'a5', title: 'No body' }),
    ];
    const dir = writeTree(makeTempDir(), { 'wire.jsonl': lines.join('\n') + '\n' });
    const results = await collectIn(dir, ['wire.jsonl']);
    expect(items(results).map((r) => [r.key, r.source, r.format])).toEqual([
      ['a1', 'wire.jsonl#line-1', 'jsonl'],
      ['wire.jsonl#3', 'wire.jsonl#line-3', 'jsonl'],
      ['a4', 'wire.jsonl#line-5', 'jsonl'],
    ]);
    expect(text(items(results)[0]!.raw)).toBe(lines[0]);
    const [broken, noBody] = failures(results);
    expect(broken!.input).toBe('wire.jsonl:4');
    expect(broken!.reason).toMatch(/^invalid JSON \(.+\)$/);
    expect(noBody).toEqual({ kind: 'failure', input: 'wire.jsonl:6', reason: 'record has neither text nor html' });
    // Results come in file order: the broken line's failure sits between items 2 and 3.
    expect(results.map((r) => r.kind)).toEqual(['item', 'item', 'failure', 'item', 'failure']);
  });

  it('reads .ndjson and gzipped JSONL', async () => {
    const body = `${JSON.stringify({ text: 'One.' })}\n${JSON.stringify({ text: 'Two.' })}\n`;
    const dir = writeTree(makeTempDir(), { 'a.ndjson': body, 'b.jsonl.gz': zlib.gzipSync(Buffer.from(body)) });
    const results = items(await collectIn(dir, ['a.ndjson', 'b.jsonl.gz']));
    expect(results.map((r) => r.key)).toEqual(['a.ndjson#1', 'a.ndjson#2', 'b.jsonl.gz#1', 'b.jsonl.gz#2']);
  });

  it('fails a record over the record size limit', async () => {
    const dir = writeTree(makeTempDir(), {
      'big.jsonl': `${JSON.stringify({ text: 'x'.repeat(3000) })}\n${JSON.stringify({ text: 'small' })}\n`,
    });
    const results = await collectIn(dir, ['big.jsonl'], { settings: { maxRecordBytes: 1024 } });
    expect(failures(results)).toEqual([
      { kind: 'failure', input: 'big.jsonl:1', reason: 'line is 2.9 KB, over the 1.0 KB record limit' },
    ]);
    expect(items(results)).toHaveLength(1);
  });
});

describe('RSS feeds', () => {
  const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Velmora Courier &amp; Gazette</title>
    <link>https://courier.example/</link>
    <language>en-gb</language>
    <item>
      <title>Ferry terminal approved</title>
      <link>https://courier.example/ferry</link>
      <guid isPermaLink="false">courier-ferry-1042</guid>
      <dc:creator>Mira Castell</dc:creator>
      <pubDate>Tue, 05 Mar 2024 09:15:00 +0100</pubDate>
      <description>Short summary.</description>
      <content:encoded><![CDATA[<p>The Port of Velmora approved a <b>40 million euro</b> terminal.</p>]]></content:encoded>
    </item>
    <item>
      <title>Dock workers react</title>
      <link>https://courier.example/dock</link>
      <author>desk@courier.example (Jonas Feld)</author>
      <description>&lt;p&gt;Dock workers welcomed the decision.&lt;/p&gt;</description>
    </item>
    <item>
      <title>Photo gallery</title>
      <link>https://courier.example/photos</link>
    </item>
    <item>
      <description>Opponents say the review was rushed.</description>
    </item>
  </channel>
</rss>`;

  it('yields one item per entry with hints, raw entry text and a failure for an entry without content', async () => {
    const dir = writeTree(makeTempDir(), { 'courier.rss': rss });
    const results = await collectIn(dir, ['courier.rss']);
    const found = items(results);
    expect(found.map((r) => [r.key, r.source, r.format, r.bodyType])).toEqual([
      ['courier-ferry-1042', 'courier.rss#entry-1', 'rss', 'html'],
      ['https://courier.example/dock', 'courier.rss#entry-2', 'rss', 'html'],
      ['courier.rss#4', 'courier.rss#entry-4', 'rss', 'html'],
    ]);
    expect(found[0]!.body).toBe('<p>The Port of Velmora approved a <b>40 million euro</b> terminal.</p>');
    expect(found[0]!.hints).toEqual({
      url: 'https://courier.example/ferry',
      title: 'Ferry terminal approved',
      publisher: 'Velmora Courier & Gazette',
      authors: ['Mira Castell'],
      published: '2024-03-05T08:15:00.000Z',
      language: 'en-gb',
    });
    expect(found[1]!.body).toBe('<p>Dock workers welcomed the decision.</p>');
    expect(found[1]!.hints.authors).toEqual(['Jonas Feld']);
    const raw = text(found[1]!.raw);
    expect(raw.startsWith('<item>')).toBe(true);
    expect(raw.endsWith('</item>')).toBe(true);
    expect(raw).toContain('Dock workers react');
    expect(failures(results)).toEqual([{ kind: 'failure', input: 'courier.rss', reason: 'entry 3 has no content' }]);
  });

  it('reads RSS from .xml, .feed and .xml.gz', async () => {
    const dir = writeTree(makeTempDir(), {
      'a.xml': rss,
      'b.feed': rss,
      'c.xml.gz': zlib.gzipSync(Buffer.from(rss)),
    });
    const results = items(await collectIn(dir, ['a.xml', 'b.feed', 'c.xml.gz']));
    expect(results.map((r) => r.source)).toEqual([
      'a.xml#entry-1', 'a.xml#entry-2', 'a.xml#entry-4',
      'b.feed#entry-1', 'b.feed#entry-2', 'b.feed#entry-4',
      'c.xml.gz#entry-1', 'c.xml.gz#entry-2', 'c.xml.gz#entry-4',
    ]);
  });

  it('reads an RSS 1.0 (RDF) feed', async () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://harbour.example/"><title>Harbour Notes</title></channel>
  <item rdf:about="https://harbour.example/1"><title>Tide tables</title><link>https://harbour.example/1</link>
    <description>New tide tables are out.</description><dc:date>2024-03-05</dc:date></item>
</rdf:RDF>`;
    const dir = writeTree(makeTempDir(), { 'notes.rdf.xml': rdf });
    const [item] = items(await collectIn(dir, ['notes.rdf.xml']));
    expect(item).toMatchObject({ key: 'https://harbour.example/1', format: 'rss', hints: { publisher: 'Harbour Notes', published: '2024-03-05' } });
  });
});

describe('Atom feeds', () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <title type="text">Hafenblatt</title>
  <author><name>Redaktion Hafenblatt</name></author>
  <entry>
    <title>Fährterminal genehmigt</title>
    <id>tag:hafenblatt.example,2024:1042</id>
    <link rel="self" href="https://hafenblatt.example/api/1042"/>
    <link rel="alternate" href="https://hafenblatt.example/faehre"/>
    <author><name>Mira Castell</name><email>mira@hafenblatt.example</email></author>
    <updated>2024-03-06T10:00:00Z</updated>
    <published>2024-03-05T09:15:00+01:00</published>
    <summary>Kurzfassung.</summary>
    <content type="html">&lt;p&gt;Der Hafen von Velmora hat das Terminal genehmigt.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title type="html">Hafenarbeiter &lt;em&gt;begrüßen&lt;/em&gt; Entscheidung</title>
    <link href="https://hafenblatt.example/arbeiter"/>
    <updated>2024-03-06T08:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Die Hafenarbeiter <strong>begrüßen</strong> die Entscheidung.</p></div></content>
  </entry>
  <entry>
    <id>tag:hafenblatt.example,2024:1044</id>
    <summary>Gegner kritisieren das Verfahren.</summary>
  </entry>
  <entry>
    <id>tag:hafenblatt.example,2024:1045</id>
    <content src="https://hafenblatt.example/video.mp4" type="video/mp4"/>
  </entry>
</feed>`;

  it('yields entries with content types, links, authors and dates', async () => {
    const dir = writeTree(makeTempDir(), { 'hafen.atom': atom });
    const results = await collectIn(dir, ['hafen.atom']);
    const found = items(results);
    expect(found.map((r) => [r.key, r.source, r.format, r.bodyType])).toEqual([
      ['tag:hafenblatt.example,2024:1042', 'hafen.atom#entry-1', 'atom', 'html'],
      ['https://hafenblatt.example/arbeiter', 'hafen.atom#entry-2', 'atom', 'html'],
      ['tag:hafenblatt.example,2024:1044', 'hafen.atom#entry-3', 'atom', 'text'],
    ]);
    expect(found[0]!.body).toBe('<p>Der Hafen von Velmora hat das Terminal genehmigt.</p>');
    expect(found[0]!.hints).toEqual({
      url: 'https://hafenblatt.example/faehre',
      title: 'Fährterminal genehmigt',
      publisher: 'Hafenblatt',
      authors: ['Mira Castell'],
      published: '2024-03-05T08:15:00.000Z',
      language: 'de',
    });
    expect(found[1]!.body).toContain('<p>Die Hafenarbeiter <strong>begrüßen</strong> die Entscheidung.</p>');
    expect(found[1]!.hints.title).toBe('Hafenarbeiter begrüßen Entscheidung');
    expect(found[1]!.hints.published).toBe('2024-03-06T08:00:00.000Z');
    expect(found[1]!.hints.authors).toEqual(['Redaktion Hafenblatt']);
    expect(found[2]!.body).toBe('Gegner kritisieren das Verfahren.');
    expect(text(found[0]!.raw)).toMatch(/^<entry>[\s\S]*Fährterminal genehmigt[\s\S]*<\/entry>$/);
    expect(failures(results)).toEqual([{ kind: 'failure', input: 'hafen.atom', reason: 'entry 4 has no content' }]);
  });
});

describe('JSON Feed', () => {
  it('reads a JSON Feed from a .json file', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Velmora Wire',
      language: 'en',
      authors: [{ name: 'Wire Desk' }],
      items: [
        { id: 'w-1', url: 'https://wire.example/1', title: 'Terminal approved', content_html: '<p>Approved.</p>', content_text: 'Approved.', date_published: '2024-03-05T09:15:00Z', authors: [{ name: 'Ana Ruiz' }] },
        { id: 'w-2', content_text: 'Workers react.', date_modified: '2024-03-06T08:00:00Z' },
        { url: 'https://wire.example/3', summary: 'Only a summary.' },
        { url: 'https://wire.example/4', content_text: 'Opponents object.' },
      ],
    };
    const dir = writeTree(makeTempDir(), { 'wire.json': JSON.stringify(feed) });
    const results = await collectIn(dir, ['wire.json']);
    const found = items(results);
    expect(found.map((r) => [r.key, r.source, r.format, r.bodyType, r.body])).toEqual([
      ['w-1', 'wire.json#entry-1', 'jsonfeed', 'html', '<p>Approved.</p>'],
      ['w-2', 'wire.json#entry-2', 'jsonfeed', 'text', 'Workers react.'],
      ['https://wire.example/4', 'wire.json#entry-4', 'jsonfeed', 'text', 'Opponents object.'],
    ]);
    expect(found[0]!.hints).toEqual({
      url: 'https://wire.example/1',
      title: 'Terminal approved',
      publisher: 'Velmora Wire',
      authors: ['Ana Ruiz'],
      published: '2024-03-05T09:15:00.000Z',
      language: 'en',
    });
    expect(found[1]!.hints.authors).toEqual(['Wire Desk']);
    expect(JSON.parse(text(found[1]!.raw))).toEqual(feed.items[1]);
    expect(failures(results)).toEqual([{ kind: 'failure', input: 'wire.json', reason: 'entry 3 has no content' }]);
  });
});

describe('XML that is XHTML, and unknown extensions', () => {
  it('reads an .xml file whose root is html as an HTML document', async () => {
    const xhtml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Ferry</title></head><body><p>Approved.</p></body></html>`;
    const dir = writeTree(makeTempDir(), { 'page.xml': xhtml });
    const [item] = items(await collectIn(dir, ['page.xml']));
    expect(item).toMatchObject({ key: 'page.xml', format: 'html', bodyType: 'html' });
  });

  it('sniffs explicitly named files with unknown extensions', async () => {
    const rss = '<rss><channel><title>Wire</title><item><guid>g1</guid><description>Sniffed feed.</description></item></channel></rss>';
    const dir = writeTree(makeTempDir(), {
      'page.php': ARTICLE_HTML,
      'feed.cgi': rss,
      'records.dat': JSON.stringify([{ id: 'r1', text: 'Sniffed record.' }]),
      'lines.log': `${JSON.stringify({ text: 'one' })}\n${JSON.stringify({ text: 'two' })}\n`,
      'README': ARTICLE_TEXT,
      'story.mdx': '---\ntitle: Sniffed\n---\nBody.\n',
    });
    const results = items(await collectIn(dir, ['page.php', 'feed.cgi', 'records.dat', 'lines.log', 'README', 'story.mdx']));
    expect(results.map((r) => [r.key, r.format])).toEqual([
      ['page.php', 'html'],
      ['g1', 'rss'],
      ['r1', 'json'],
      ['lines.log#1', 'jsonl'],
      ['lines.log#2', 'jsonl'],
      ['README', 'text'],
      ['story.mdx', 'markdown'],
    ]);
    expect(results[6]!.hints.title).toBe('Sniffed');
  });

  it('keeps the charset found for each file', async () => {
    const dir = makeTempDir();
    writeTree(dir, { 'x/a.txt': 'plain' });
    const [item] = items(await collectIn(path.join(dir, 'x'), ['a.txt']));
    expect(item!.charset).toBe('utf-8');
  });
});
