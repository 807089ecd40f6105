import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { collectIn, failures, items, makeTempDir, writeTree } from './helpers.js';

const BINARY = 'binary content (not text, HTML, JSON or a feed)';

describe('size limits and gzip', () => {
  it('fails a file over the size limit by its size on disk, without reading it', async () => {
    const dir = makeTempDir();
    const fd = fs.openSync(path.join(dir, 'huge.txt'), 'w');
    fs.ftruncateSync(fd, 80 * 1024 * 1024); // sparse: 80 MB on paper, nothing on disk
    fs.closeSync(fd);
    writeTree(dir, { 'small.txt': 'A small article.' });
    const results = await collectIn(dir, ['huge.txt', 'small.txt']);
    expect(failures(results)).toEqual([
      { kind: 'failure', input: 'huge.txt', reason: 'file is 80.0 MB, over the 50.0 MB limit (--max-file-size)' },
    ]);
    expect(items(results).map((r) => r.key)).toEqual(['small.txt']);
  });

  it('honours a lower --max-file-size', async () => {
    const dir = writeTree(makeTempDir(), { 'a.txt': 'x'.repeat(3000) });
    const results = await collectIn(dir, ['a.txt'], { settings: { maxFileBytes: 2048 } });
    expect(results).toEqual([{ kind: 'failure', input: 'a.txt', reason: 'file is 2.9 KB, over the 2.0 KB limit (--max-file-size)' }]);
  });

  it('stops a gzip bomb at the decompressed limit', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20)); // 8 MiB of spaces gzips to a few KB
    const dir = writeTree(makeTempDir(), { 'bomb.txt.gz': bomb });
    const results = await collectIn(dir, ['bomb.txt.gz'], { settings: { maxDecompressedBytes: 1024 * 1024 } });
    expect(results).toEqual([{ kind: 'failure', input: 'bomb.txt.gz', reason: 'decompressed size exceeds the 1.0 MB limit' }]);
  });

  it('fails corrupt and truncated gzip', async () => {
    const good = zlib.gzipSync(Buffer.from('The ferry terminal was approved on Tuesday. '.repeat(20)));
    const corrupt = Buffer.from(good);
    corrupt.fill(0x55, 12, 40);
    const dir = writeTree(makeTempDir(), {
      'corrupt.txt.gz': corrupt,
      'truncated.txt.gz': good.subarray(0, good.length - 12),
      'plain.txt.gz': 'not gzip at all',
    });
    const results = await collectIn(dir, ['corrupt.txt.gz', 'truncated.txt.gz', 'plain.txt.gz']);
    expect(items(results)).toEqual([]);
    expect(results.map((r) => (r.kind === 'failure' ? r.input : ''))).toEqual(['corrupt.txt.gz', 'truncated.txt.gz', 'plain.txt.gz']);
    for (const failure of failures(results)) expect(failure.reason).toMatch(/^corrupt gzip \(.+\)$/);
  });
});

describe('content that is not text', () => {
  it('fails binary files, also when named .txt', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const dir = writeTree(makeTempDir(), { 'photo.png': png, 'photo.txt': png });
    const results = await collectIn(dir, ['photo.png', 'photo.txt']);
    expect(results).toEqual([
      { kind: 'failure', input: 'photo.png', reason: BINARY },
      { kind: 'failure', input: 'photo.txt', reason: BINARY },
    ]);
  });

  it('fails empty and whitespace-only files', async () => {
    const dir = writeTree(makeTempDir(), { 'empty.txt': '', 'blank.html': '  \n\n\t ', 'blank.jsonl': '\n\n' });
    const results = await collectIn(dir, ['empty.txt', 'blank.html', 'blank.jsonl']);
    expect(results).toEqual([
      { kind: 'failure', input: 'empty.txt', reason: 'empty file' },
      { kind: 'failure', input: 'blank.html', reason: 'empty file' },
      { kind: 'failure', input: 'blank.jsonl', reason: 'empty file' },
    ]);
  });

  it('repairs a UTF-8 file with one bad byte and fails one with many', async () => {
    const story = Buffer.from('Die Fähre legt um 9 Uhr ab. Der Bürgermeister begrüßt die Entscheidung. '.repeat(10));
    const oneBad = Buffer.concat([story, Buffer.from([0xff]), story]);
    const manyBad = Buffer.concat(Array.from({ length: 30 }, () => [Buffer.from('Grüße aus dem Hafen. '), Buffer.from([0xe2, 0x28])]).flat());
    const dir = writeTree(makeTempDir(), { 'one.txt': oneBad, 'many.txt': manyBad });
    const results = await collectIn(dir, ['one.txt', 'many.txt']);
    const [repaired] = items(results);
    expect(repaired!.warnings).toEqual(['invalid UTF-8: replaced 1 bad byte sequence with U+FFFD']);
    expect(repaired!.body).toContain('Bürgermeister');
    expect(failures(results)).toEqual([{ kind: 'failure', input: 'many.txt', reason: 'invalid UTF-8 (30 bad byte sequences)' }]);
  });

  it('fails a JSON file that does not parse with the parser message', async () => {
    const dir = writeTree(makeTempDir(), { 'bad.json': '[{"id": "a", "text": "unterminated}]' });
    const results = await collectIn(dir, ['bad.json']);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ kind: 'failure', input: 'bad.json' });
    expect((results[0] as { reason: string }).reason).toMatch(/^invalid JSON \(.*(JSON|string).*\)$/);
  });
});

describe('hostile and broken XML', () => {
  it('refuses a feed that declares entities (billion laughs)', async () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss><channel><item><description>&lol3;</description></item></channel></rss>`;
    const dir = writeTree(makeTempDir(), { 'laughs.rss': laughs, 'laughs.xml': laughs, 'laughs.unknown': laughs });
    const results = await collectIn(dir, ['laughs.rss', 'laughs.xml', 'laughs.unknown']);
    expect(results.map((r) => (r.kind === 'failure' ? r.reason : 'item'))).toEqual([
      'feed declares XML entities in its DOCTYPE; refused to avoid entity expansion',
      'feed declares XML entities in its DOCTYPE; refused to avoid entity expansion',
      'feed declares XML entities in its DOCTYPE; refused to avoid entity expansion',
    ]);
  });

  it('survives 100k-deep nesting without blowing the stack', async () => {
    const depth = 100_000;
    const deep = `<rss><channel><item><description>${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</description></item></channel></rss>`;
    const deepJunk = `<feed>${'<x>'.repeat(depth)}`;
    const dir = writeTree(makeTempDir(), { 'deep.rss': deep, 'junk.atom': deepJunk, 'after.txt': 'Still here.' });
    const results = await collectIn(dir, ['deep.rss', 'junk.atom', 'after.txt']);
    expect(results).toEqual([
      { kind: 'failure', input: 'deep.rss', reason: 'XML nests deeper than 1000 elements' },
      { kind: 'failure', input: 'junk.atom', reason: 'XML nests deeper than 1000 elements' },
      expect.objectContaining({ kind: 'item', key: 'after.txt' }),
    ]);
  });

  it('fails XML that is not a feed, and a feed with no entries', async () => {
    const sitemap = '<?xml version="1.0"?><urlset><url><loc>https://courier.example/</loc></url></urlset>';
    const dir = writeTree(makeTempDir(), {
      'sitemap.xml': sitemap,
      'prose.rss': 'This is not XML at all, just prose in a .rss file.',
      'empty.atom': '<feed xmlns="http://www.w3.org/2005/Atom"><title>Nothing yet</title></feed>',
    });
    const results = await collectIn(dir, ['sitemap.xml', 'prose.rss', 'empty.atom']);
    expect(results).toEqual([
      { kind: 'failure', input: 'sitemap.xml', reason: 'not an RSS, Atom or JSON Feed document' },
      { kind: 'failure', input: 'prose.rss', reason: 'not an RSS, Atom or JSON Feed document' },
      { kind: 'failure', input: 'empty.atom', reason: 'feed has no entries' },
    ]);
  });

  it('reads a feed with unclosed elements as far as it goes', async () => {
    const truncated = '<rss><channel><title>Wire</title><item><guid>g1</guid><description>Complete entry.</description></item><item><guid>g2</guid><description>Cut off mid';
    const dir = writeTree(makeTempDir(), { 'cut.rss': truncated });
    const found = items(await collectIn(dir, ['cut.rss']));
    expect(found.map((r) => [r.key, r.body])).toEqual([
      ['g1', 'Complete entry.'],
      ['g2', 'Cut off mid'],
    ]);
  });
});

describe('character sets end to end', () => {
  const RUSSIAN = 'Городской совет во вторник одобрил строительство нового паромного терминала. Мэр назвал решение историческим.';
  const FRENCH = 'Le conseil municipal a approuvé mardi la construction du terminal. « Une décision historique », a déclaré le maire.';

  it('reads an undeclared Windows-1251 text file', async () => {
    const dir = writeTree(makeTempDir(), { 'sovet.txt': iconv.encode(RUSSIAN, 'windows-1251') });
    const [item] = items(await collectIn(dir, ['sovet.txt']));
    expect(item).toMatchObject({ charset: 'windows-1251', body: RUSSIAN });
  });

  it('reads a Latin-1 HTML page that declares its charset', async () => {
    const page = `<html><head><meta http-equiv="content-type" content="text/html; charset=ISO-8859-1"><title>Conseil</title></head><body><p>${FRENCH}</p></body></html>`;
    const dir = writeTree(makeTempDir(), { 'conseil.html': iconv.encode(page, 'latin1') });
    const [item] = items(await collectIn(dir, ['conseil.html']));
    expect(item!.charset).toBe('windows-1252');
    expect(item!.body).toContain(FRENCH);
  });

  it('reads a Latin-1 RSS feed by its XML declaration', async () => {
    const feed = `<?xml version="1.0" encoding="iso-8859-1"?><rss><channel><title>Le Courrier</title><item><guid>c1</guid><title>Terminal approuvé</title><description>${FRENCH}</description></item></channel></rss>`;
    const dir = writeTree(makeTempDir(), { 'courrier.rss': iconv.encode(feed, 'latin1') });
    const [item] = items(await collectIn(dir, ['courrier.rss']));
    expect(item).toMatchObject({ charset: 'windows-1252', body: FRENCH, hints: { title: 'Terminal approuvé', publisher: 'Le Courrier' } });
    // The entry's raw bytes are its source text re-encoded as UTF-8.
    expect(Buffer.from(item!.raw).toString('utf8')).toContain('Terminal approuvé');
  });

  it('reads a UTF-16 JSONL file with a BOM', async () => {
    const jsonl = `${JSON.stringify({ id: 'ru-1', text: RUSSIAN })}\n`;
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(jsonl, 'utf16le')]);
    const dir = writeTree(makeTempDir(), { 'wire.jsonl': bytes });
    const [item] = items(await collectIn(dir, ['wire.jsonl']));
    expect(item).toMatchObject({ key: 'ru-1', charset: 'utf-16le', body: RUSSIAN });
  });
});
