import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { createIngestStats, expandInputs } from '../../src/ingest/index.js';
import { collect, collectIn, failures, items, makeTempDir, writeTree } from './helpers.js';

function corpus(): string {
  return writeTree(makeTempDir(), {
    'news/2024/b-ferry.txt': 'The ferry terminal was approved.',
    'news/2024/a-bridge.html': '<p>The old bridge will close.</p>',
    'news/2024/notes.docx': 'not a supported extension',
    'news/.drafts/secret.txt': 'hidden folder',
    'news/.hidden.txt': 'hidden file',
    'news/wire.jsonl': `${JSON.stringify({ id: 'w1', text: 'Wire one.' })}\n`,
    'news/zeta.md': '# Zeta\n\nMarkdown story.\n',
    'news/image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
  });
}

describe('directories', () => {
  it('walks recursively in sorted order, skipping hidden and unsupported files', async () => {
    const dir = corpus();
    const stats = createIngestStats();
    const results = await collectIn(dir, ['news'], { stats });
    expect(failures(results)).toEqual([]);
    expect(items(results).map((r) => [r.key, r.source])).toEqual([
      ['news/2024/a-bridge.html', 'news/2024/a-bridge.html'],
      ['news/2024/b-ferry.txt', 'news/2024/b-ferry.txt'],
      ['w1', 'news/wire.jsonl#line-1'],
      ['news/zeta.md', 'news/zeta.md'],
    ]);
    expect(stats).toEqual({ filesSeen: 3 + 1, filesSkipped: 2, duplicates: 0, items: 4, failures: 0 });
  });

  it('keys files under a directory by path.join(givenDir, relative)', async () => {
    const dir = corpus();
    const results = items(await collectIn(dir, ['./news/2024/']));
    expect(results.map((r) => r.key)).toEqual(['news/2024/a-bridge.html', 'news/2024/b-ferry.txt']);
    const absolute = items(await collect([path.join(dir, 'news', '2024')]));
    expect(absolute.map((r) => r.key)).toEqual([
      path.join(dir, 'news/2024/a-bridge.html').split(path.sep).join('/'),
      path.join(dir, 'news/2024/b-ferry.txt').split(path.sep).join('/'),
    ]);
  });

  it('gives the same order on every run', async () => {
    const dir = corpus();
    const first = (await collectIn(dir, ['news'])).map((r) => (r.kind === 'item' ? r.key : r.input));
    const second = (await collectIn(dir, ['news'])).map((r) => (r.kind === 'item' ? r.key : r.input));
    expect(second).toEqual(first);
  });

  it('reads an explicitly named file even with an unsupported extension', async () => {
    const dir = corpus();
    const [item] = items(await collectIn(dir, ['news/2024/notes.docx']));
    expect(item).toMatchObject({ key: 'news/2024/notes.docx', format: 'text', body: 'not a supported extension' });
  });
});

describe('globs, missing paths and duplicates', () => {
  it('expands a glob in sorted order', async () => {
    const dir = corpus();
    const results = items(await collectIn(dir, ['news/**/*.{txt,html}']));
    expect(results.map((r) => r.key)).toEqual(['news/2024/a-bridge.html', 'news/2024/b-ferry.txt']);
  });

  it('expands an absolute glob to absolute keys', async () => {
    const dir = corpus();
    const pattern = `${path.join(dir, 'news', '2024').split(path.sep).join('/')}/*.txt`;
    const results = items(await collect([pattern]));
    expect(results.map((r) => r.key)).toEqual([path.join(dir, 'news/2024/b-ferry.txt').split(path.sep).join('/')]);
  });

  it('fails a glob that matches nothing and a missing path, and goes on', async () => {
    const dir = corpus();
    const results = await collectIn(dir, ['news/**/*.rss', 'missing.txt', 'news/zeta.md']);
    expect(failures(results)).toEqual([
      { kind: 'failure', input: 'news/**/*.rss', reason: 'no files match' },
      { kind: 'failure', input: 'missing.txt', reason: 'no such file or directory' },
    ]);
    expect(items(results).map((r) => r.key)).toEqual(['news/zeta.md']);
  });

  it('reads a file reached twice only once', async () => {
    const dir = corpus();
    const stats = createIngestStats();
    const results = await collectIn(dir, ['news/2024/b-ferry.txt', 'news/2024', 'news/2024/*.txt'], { stats });
    expect(items(results).map((r) => r.key)).toEqual(['news/2024/b-ferry.txt', 'news/2024/a-bridge.html']);
    expect(stats.duplicates).toBe(2);
  });

  it('expandInputs reports entries without reading them', async () => {
    const dir = corpus();
    const entries = [];
    const previous = process.cwd();
    process.chdir(dir);
    try {
      for await (const entry of expandInputs(['news/2024', '-', 'nope'])) entries.push(entry);
    } finally {
      process.chdir(previous);
    }
    expect(entries).toEqual([
      { kind: 'file', path: 'news/2024/a-bridge.html', explicit: false },
      { kind: 'file', path: 'news/2024/b-ferry.txt', explicit: false },
      { kind: 'stdin' },
      { kind: 'failure', input: 'nope', reason: 'no such file or directory' },
    ]);
  });

  it('does not loop on a symlinked directory cycle', async () => {
    const dir = corpus();
    fs.symlinkSync(path.join(dir, 'news'), path.join(dir, 'news', '2024', 'loop'));
    const results = await collectIn(dir, ['news']);
    expect(items(results)).toHaveLength(4);
  });
});

describe('stdin', () => {
  it('reads "-" from the given stream and sniffs the format', async () => {
    const html = '<!doctype html><html><body><p>Piped page.</p></body></html>';
    const [item] = items(await collect(['-'], { stdin: Readable.from([Buffer.from(html)]) }));
    expect(item).toMatchObject({ key: 'stdin', source: 'stdin', format: 'html', body: html });
  });

  it('sniffs JSONL and a feed on stdin, keyed by stdin', async () => {
    const jsonl = `${JSON.stringify({ text: 'one' })}\n${JSON.stringify({ id: 'k2', text: 'two' })}\n`;
    const fromJsonl = items(await collect(['-'], { stdin: Readable.from([jsonl]) }));
    expect(fromJsonl.map((r) => [r.key, r.source])).toEqual([
      ['stdin#1', 'stdin#line-1'],
      ['k2', 'stdin#line-2'],
    ]);
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e1</id><content>Piped entry.</content></entry></feed>';
    const fromAtom = items(await collect(['-'], { stdin: Readable.from([atom]) }));
    expect(fromAtom.map((r) => [r.key, r.source, r.format])).toEqual([['e1', 'stdin#entry-1', 'atom']]);
  });

  it('uses stdinName for keys and its extension for the format', async () => {
    const md = '# Not sniffable as markdown\n\nBody.\n';
    const [item] = items(await collect(['-'], { stdin: Readable.from([md]), stdinName: 'piped.md' }));
    expect(item).toMatchObject({ key: 'piped.md', source: 'piped.md', format: 'markdown' });
  });

  it('gunzips gzip on stdin and enforces the size limit', async () => {
    const [item] = items(await collect(['-'], { stdin: Readable.from([zlib.gzipSync(Buffer.from('Gzipped text on stdin.'))]) }));
    expect(item!.body).toBe('Gzipped text on stdin.');
    const tooBig = await collect(['-'], { stdin: Readable.from([Buffer.alloc(2048, 0x61)]), settings: { maxFileBytes: 1024 } });
    expect(tooBig).toEqual([{ kind: 'failure', input: 'stdin', reason: 'input is over the 1.0 KB limit (--max-file-size)' }]);
  });

  it('reads plain text from stdin', async () => {
    const [item] = items(await collect(['-'], { stdin: Readable.from(['[Reuters] The council voted on Monday.']) }));
    expect(item).toMatchObject({ format: 'text', body: '[Reuters] The council voted on Monday.' });
  });
});
