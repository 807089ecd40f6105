// End-to-end through the real binary: ingest, analyze, stories, show, search, export, failures.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runCli, tempDir, write, repoRoot } from './run-cli.js';

const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'docs', 'analysis.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const floodPage = `<!doctype html><html><head><meta charset="utf-8">
<title>Velmora orders evacuation as river crests | Harbor Ledger</title>
<meta property="og:site_name" content="Harbor Ledger">
<meta name="author" content="Ana Reyes">
<meta property="article:published_time" content="2026-03-12T08:30:00Z">
<meta property="article:modified_time" content="2026-03-12T15:05:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all</div>
<article>
<h1>Velmora orders evacuation as river crests</h1>
<p>Authorities in Velmora ordered the evacuation of 1,200 residents on Thursday as the Serin river rose above its banks for the first time in forty years.</p>
<p>"We are moving people now, before the water reaches the old town," said Mayor Ilse Varga, who toured the flood barriers at dawn.</p>
<p>The regional emergency agency said shelters had been opened in three schools and that more rain was expected over the weekend.</p>
<div class="share-bar">Share on Facebook · Share on X · Email</div>
</article>
<aside class="related"><h3>Related</h3><a href="/a">Harbor strike enters second week</a></aside>
<div id="comments">12 comments · Leave a reply</div>
<footer>© Harbor Ledger</footer>
</body></html>`;

const floodFollowUp = `Velmora flood: evacuations widen as Serin keeps rising

By Tomas Brandt

VELMORA — The number of residents evacuated from Velmora rose to 3,400 on Friday as the Serin river kept rising overnight, the regional emergency agency said.

Mayor Ilse Varga said the old town barriers had held but warned that the next crest could come on Sunday. "We are moving people now, before the water reaches the old town," she told reporters on Thursday.

Engineers from the national water board inspected the barriers on Friday morning and said they would reinforce the eastern section.
`;

const harborRecords = [
  { id: 'cw-101', title: 'Port of Caldera workers extend strike', publisher: 'Coastal Wire', published: '2026-05-04', text: 'Dock workers at the Port of Caldera extended their strike into a second week on Monday, leaving container ships anchored offshore. Union leader Pavel Hrast said talks with the port authority had stalled over night-shift pay.' },
  { id: 'cw-102', title: 'Caldera port talks resume', publisher: 'Coastal Wire', published: '2026-05-06', text: 'Talks between the dockworkers union and the Port of Caldera authority resumed on Wednesday. Pavel Hrast said the union wanted a written offer on night-shift pay before the end of the week.' },
];

describe('dossier CLI, end to end', () => {
  let dir: string;
  let db: string;
  let ingest: ReturnType<typeof runCli>;

  beforeAll(() => {
    dir = tempDir();
    db = path.join(dir, 'store.db');
    write(dir, 'in/ledger/flood.html', floodPage);
    write(dir, 'in/scraped/flood-friday.txt.gz', zlib.gzipSync(floodFollowUp));
    write(dir, 'in/wire/harbor.jsonl', `${harborRecords.map((r) => JSON.stringify(r)).join('\n')}\n{"id": "cw-103", "title": broken\n`);
    write(dir, 'in/junk/photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    write(dir, 'in/junk/empty.md', '');
    const russian = 'Паводок в Велморе: власти эвакуировали жителей старого города. Мэр Ильзе Варга заявила, что барьеры выдержали, но вода продолжает прибывать.';
    write(dir, 'in/ru/flood-ru.txt', iconv.encode(russian, 'win1251'));
    ingest = runCli(['ingest', '--db', db, '--no-progress', path.join(dir, 'in')]);
  });

  it('ingests every format, reports each bad input on one stderr line, and exits 1', () => {
    expect(ingest.code).toBe(1);
    const errors = ingest.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors.find((l) => l.includes('harbor.jsonl'))).toMatch(/^dossier: .*harbor\.jsonl.*3.*JSON/);
    expect(errors.find((l) => l.includes('photo.txt'))).toMatch(/binary/);
    expect(errors.find((l) => l.includes('empty.md'))).toMatch(/empty/);
    expect(ingest.stdout).toMatch(/Ingested 5 documents: 5 added, 0 updated, 0 unchanged, 3 failed/);
  });

  it('records failures in the store', () => {
    const failures = runCli(['failures', '--db', db, '--json']);
    expect(failures.code).toBe(0);
    const rows = JSON.parse(failures.stdout) as { input: string; reason: string }[];
    expect(rows.map((r) => path.basename(r.input)).sort()).toEqual(['empty.md', 'harbor.jsonl:3', 'photo.txt']);
  });

  it('is idempotent: the same content again adds nothing', () => {
    const again = runCli(['ingest', '--db', db, '--json', path.join(dir, 'in', 'ledger'), path.join(dir, 'in', 'wire')]);
    const summary = JSON.parse(again.stdout);
    expect(summary).toMatchObject({ added: 0, updated: 0, unchanged: 3, failed: 1 });
    expect(again.code).toBe(1);
  });

  it('analyses, lists stories, shows a dossier, searches, and exports valid JSON', () => {
    const analyzed = runCli(['analyze', '--db', db, '--no-progress']);
    expect(analyzed.stderr).toBe('');
    expect(analyzed.code).toBe(0);
    expect(analyzed.stdout).toMatch(/Analysed 5 new or changed documents of 5/);
    // Nothing changed: a second run analyses nothing.
    expect(runCli(['analyze', '--db', db]).stdout).toMatch(/Analysed 0 new or changed documents of 5/);

    const exported = runCli(['export', '--db', db, '--json']);
    expect(exported.code).toBe(0);
    const analysis = JSON.parse(exported.stdout);
    expect(validate(analysis), JSON.stringify(validate.errors)).toBe(true);
    expect(analysis.documents).toHaveLength(5);

    const page = analysis.documents.find((d: { key: string }) => d.key.endsWith('flood.html'));
    expect(page).toMatchObject({ publisher: 'Harbor Ledger', authors: ['Ana Reyes'], language: 'en' });
    expect(page.published).toMatch(/^2026-03-12T08:30/);
    // The stated update is its own field: it never replaces the publication.
    expect(page.modified).toMatch(/^2026-03-12T15:05/);
    expect(analysis.documents.find((d: { key: string }) => d.key === 'cw-101').modified).toBeNull();
    expect(page.text).toContain('ordered the evacuation of 1,200 residents');
    expect(page.text).not.toMatch(/cookies|Share on Facebook|Leave a reply|Harbor strike enters/);
    expect(page.removed.length).toBeGreaterThan(0);
    expect(page.text.split('\n\n').length).toBeGreaterThanOrEqual(3);

    const russian = analysis.documents.find((d: { key: string }) => d.key.endsWith('flood-ru.txt'));
    expect(russian.text).toContain('Паводок в Велморе');
    expect(russian.language).toBe('ru');

    const record = analysis.documents.find((d: { key: string }) => d.key === 'cw-101');
    expect(record).toMatchObject({ title: 'Port of Caldera workers extend strike', publisher: 'Coastal Wire' });

    // The two flood reports form one story, the two port reports another.
    const storyOf = (key: string) =>
      analysis.documents.find((d: { key: string }) => d.key.endsWith(key)).segments[0].storyId as string;
    expect(storyOf('flood.html')).toBe(storyOf('flood-friday.txt.gz'));
    expect(storyOf('cw-101')).toBe(storyOf('cw-102'));
    expect(storyOf('flood.html')).not.toBe(storyOf('cw-101'));

    const stories = runCli(['stories', '--db', db]);
    expect(stories.code).toBe(0);
    expect(stories.stdout).toMatch(/STORY\s+DATES\s+DOCS\s+EVENTS\s+TITLE/);
    const floodStory = storyOf('flood.html');
    expect(stories.stdout).toContain(floodStory);

    const md = runCli(['show', floodStory.slice(0, 8), '--db', db]);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# .*Velmora/);
    expect(md.stdout).toMatch(/## Sources/);
    expect(md.stdout).toMatch(/Harbor Ledger, 2026-03-12/);
    const html = runCli(['show', floodStory, '--db', db, '--format', 'html']);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    const json = JSON.parse(runCli(['show', floodStory, '--db', db, '--format', 'json']).stdout);
    expect(json.story.id).toBe(floodStory);
    expect(json.story.summary.every((s: { citations: string[] }) => s.citations.length > 0)).toBe(true);

    const missing = runCli(['show', 's_nothing_like_this', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no story matches/);

    const search = runCli(['search', 'night-shift', 'pay', '--db', db, '--json']);
    const hits = JSON.parse(search.stdout) as { documentId: string; snippet: string }[];
    expect(hits.length).toBe(2);
    expect(hits[0]?.snippet).toMatch(/\[night\]|\[shift\]|\[pay\]/);
    expect(runCli(['search', 'Serin', '--db', db]).stdout).toMatch(/Harbor Ledger: Velmora orders evacuation/);
  });

  it('reads stdin with -', () => {
    const piped = runCli(['ingest', '--db', db, '--json', '-'], { input: JSON.stringify({ id: 'stdin-1', title: 'Piped', text: 'A short item piped into Dossier from another program, about the Velmora flood barriers.' }) });
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout)).toMatchObject({ added: 1, failed: 0 });
  });

  it('one-shot analyze prints only the analysis JSON on stdout', () => {
    const cwd = tempDir('dossier-oneshot-');
    const oneShot = runCli(['analyze', '--json', '--no-progress', path.join(dir, 'in', 'ledger'), path.join(dir, 'in', 'wire', 'harbor.jsonl')], { cwd });
    expect(oneShot.code).toBe(1); // the broken JSONL line
    expect(oneShot.stderr).toMatch(/harbor\.jsonl/);
    const analysis = JSON.parse(oneShot.stdout);
    expect(validate(analysis), JSON.stringify(validate.errors)).toBe(true);
    expect(analysis.schema).toBe('dossier/analysis@1');
    expect(analysis.documents).toHaveLength(3);
    expect(analysis.stories.length).toBeGreaterThanOrEqual(2);
    // In memory: no store file is left behind.
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it('rejects bad flags and bad values with one line and exit code 2', () => {
    const bogus = runCli(['ingest', '--bogus', 'x']);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr.trim().split('\n')).toHaveLength(1);
    expect(bogus.stderr).toMatch(/^dossier: unknown option '--bogus'/);
    const format = runCli(['show', 'x', '--db', db, '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/pdf/);
    const size = runCli(['ingest', '--db', db, '--max-file-size', 'lots', path.join(dir, 'in')]);
    expect(size.code).toBe(2);
    expect(size.stderr.trim().split('\n')).toHaveLength(1);
    expect(runCli(['frobnicate']).code).toBe(2);
  });

  it('read commands refuse to create a store at a mistyped path', () => {
    const cwd = tempDir('dossier-nostore-');
    for (const args of [['stories'], ['show', 's_1'], ['search', 'flood'], ['export'], ['analyze']]) {
      const result = runCli(args, { cwd });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toBe('dossier: no store at ./dossier.db (run `dossier ingest INPUT...` first)\n');
    }
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it('applies --max-file-size', () => {
    const small = runCli(['ingest', '--db', path.join(dir, 'small.db'), '--max-file-size', '1KB', path.join(dir, 'in', 'ledger')]);
    expect(small.code).toBe(1);
    expect(small.stderr).toMatch(/flood\.html.*limit/);
  });
});
