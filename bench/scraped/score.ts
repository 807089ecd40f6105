// Scores the text extractor line by line on labelled scraped pages: what was kept, what was removed, what was printed twice.
// Usage: npm run bench:scraped [-- --dir <labelled set>] [--errors]
//        npm run bench:scraped -- --sets   (one summary row per labelled set)
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../../src/extract/index.js';
import type { SourceDocument } from '../../src/core/records.js';
import { parseFlags, UsageError } from '../lib/args.js';
import { fmt, markdownTable, type Cell } from '../lib/table.js';
import { addCounts, mapLines, normalize, prf, printedTwice, removalCounts, type PageLabels, type RemovalCounts } from './lines.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const DEFAULT_DIR = join(HERE, 'fixtures');
// The labelled sets: the development fixtures and five held-out sets, each written (and scored once) before
// the rules were changed for it; see docs/benchmarks.md for the figures each had when first scored.
const SETS = ['fixtures', 'heldout', 'heldout-b', 'heldout-c', 'heldout-d', 'heldout-e'];

interface PageResult {
  name: string;
  counts: RemovalCounts;
  twice: string[];
  title: boolean;
  authors: boolean;
  date: boolean;
  segments: { expected: number; got: number } | null;
  mistakes: string[];
  /** category -> [removed, labelled] */
  byCategory: Map<string, [number, number]>;
}

/** Authors match as a set, case-blind. */
function sameAuthors(expected: readonly string[], got: readonly string[]): boolean {
  const a = new Set(expected.map(normalize));
  const b = new Set(got.map(normalize));
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function scorePage(name: string, body: string, labels: PageLabels): PageResult {
  const doc: SourceDocument = {
    id: name,
    key: name,
    source: `${name}.txt`,
    format: 'text',
    bodyType: 'text',
    body,
    hints: {},
    ingestedAt: '2026-11-24T00:00:00Z',
  };
  const out = extractDocument(doc);
  const mapped = mapLines(labels.lines, out.title, out.paragraphs);
  const counts = removalCounts(mapped);
  const twice = printedTwice(labels.lines, out.title, out.paragraphs);
  const title = out.title !== null && normalize(out.title) === normalize(labels.title);
  const authors = sameAuthors(labels.authors, out.authors);
  const date = (out.published ?? '').slice(0, 10) === labels.published;
  const segments = labels.segments === undefined ? null : { expected: labels.segments, got: out.segments.length };
  const mistakes: string[] = [];
  for (const m of mapped) {
    if (m.label === 'remove' && m.outcome !== 'removed') mistakes.push(`kept ${m.category ?? 'remove'}: ${m.text}`);
    if (m.label === 'keep' && m.outcome === 'removed') mistakes.push(`removed ${m.role ?? 'keep'}: ${m.text}`);
    if (m.outcome === 'kept-with-toggle') mistakes.push(`toggle left glued (${m.glued}): ${m.text}`);
  }
  const byCategory = new Map<string, [number, number]>();
  for (const m of mapped) {
    const cat = m.label === 'remove' ? (m.category ?? 'other') : m.glued ? 'glued toggle' : null;
    if (!cat) continue;
    const gone = m.label === 'remove' ? m.outcome === 'removed' : m.outcome === 'kept';
    const c = byCategory.get(cat) ?? [0, 0];
    byCategory.set(cat, [c[0] + (gone ? 1 : 0), c[1] + 1]);
  }
  for (const t of twice) mistakes.push(`printed twice: ${t}`);
  if (!title) mistakes.push(`title: expected "${labels.title}", got "${out.title ?? ''}"`);
  if (!authors) mistakes.push(`authors: expected [${labels.authors.join('; ')}], got [${out.authors.join('; ')}]`);
  if (!date) mistakes.push(`published: expected ${labels.published}, got ${out.published ?? 'null'}`);
  if (segments && segments.expected !== segments.got) mistakes.push(`segments: expected ${segments.expected}, got ${segments.got}`);
  return { name, counts, twice, title, authors, date, segments, mistakes, byCategory };
}

function loadPages(dir: string): { name: string; body: string; labels: PageLabels }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()
    .map((f) => {
      const name = basename(f, '.labels.json');
      return {
        name,
        body: readFileSync(join(dir, `${name}.txt`), 'utf8'),
        labels: JSON.parse(readFileSync(join(dir, f), 'utf8')) as PageLabels,
      };
    });
}

/** Pooled cells over pages: lines to remove, P, R, F1, kept-line accuracy, printed twice, title, authors, date, segments. */
function totalCells(results: PageResult[]): Cell[] {
  const total = results.reduce((acc, r) => addCounts(acc, r.counts), { tp: 0, fp: 0, fn: 0, keptRight: 0, keepTotal: 0 });
  const s = prf(total);
  const share = (f: (r: PageResult) => boolean): string => `${results.filter(f).length}/${results.length}`;
  const withSegments = results.filter((r) => r.segments);
  return [
    total.tp + total.fn,
    fmt(s.precision),
    fmt(s.recall),
    fmt(s.f1),
    `${fmt(s.keptAccuracy)} (${total.keptRight}/${total.keepTotal})`,
    results.reduce((n, r) => n + r.twice.length, 0),
    share((r) => r.title),
    share((r) => r.authors),
    share((r) => r.date),
    withSegments.length ? `${withSegments.filter((r) => r.segments!.got === r.segments!.expected).length}/${withSegments.length}` : '',
  ];
}

/** One summary row per labelled set. */
function printSets(): void {
  const rows: Cell[][] = SETS.map((set) => {
    const results = loadPages(join(HERE, set)).map((p) => scorePage(p.name, p.body, p.labels));
    const [lines, ...rest] = totalCells(results);
    return [`bench/scraped/${set}`, results.length, lines!, ...rest];
  });
  console.log(
    markdownTable(
      ['set', 'pages', 'lines to remove', 'removal P', 'removal R', 'removal F1', 'kept-line accuracy', 'printed twice', 'title', 'authors', 'date', 'segments match'],
      rows,
    ),
  );
}

function main(argv: string[]): void {
  const flags = parseFlags(argv, { dir: { type: 'string', default: DEFAULT_DIR }, errors: { type: 'boolean' }, sets: { type: 'boolean' } });
  if (flags.sets) return printSets();
  const pages = loadPages(flags.dir);
  if (pages.length === 0) throw new UsageError(`no *.labels.json in ${flags.dir}`);
  const results = pages.map((p) => scorePage(p.name, p.body, p.labels));
  const yes = (b: boolean): string => (b ? 'yes' : 'no');
  const rows: Cell[][] = results.map((r) => {
    const s = prf(r.counts);
    return [
      r.name,
      r.counts.tp + r.counts.fn,
      fmt(s.precision),
      fmt(s.recall),
      fmt(s.f1),
      `${fmt(s.keptAccuracy)} (${r.counts.keptRight}/${r.counts.keepTotal})`,
      r.twice.length,
      yes(r.title),
      yes(r.authors),
      yes(r.date),
      r.segments ? `${r.segments.got}/${r.segments.expected}` : '',
    ];
  });
  const cells = totalCells(results);
  const segments = cells.at(-1) as string;
  rows.push(['**all**', ...cells.slice(0, -1), segments ? `${segments} match` : '']);
  console.log(`Scraped text, line by line: ${results.length} pages from ${flags.dir === DEFAULT_DIR ? 'bench/scraped/fixtures' : flags.dir}\n`);
  console.log(
    markdownTable(
      ['page', 'lines to remove', 'removal P', 'removal R', 'removal F1', 'kept-line accuracy', 'printed twice', 'title', 'authors', 'date', 'segments got/expected'],
      rows,
    ),
  );
  const categories = new Map<string, [number, number]>();
  for (const r of results) {
    for (const [cat, [gone, all]] of r.byCategory) {
      const c = categories.get(cat) ?? [0, 0];
      categories.set(cat, [c[0] + gone, c[1] + all]);
    }
  }
  console.log('\nRemoval recall by category (a glued toggle counts as removed when its line is kept without it):\n');
  console.log(
    markdownTable(
      ['category', 'removed', 'labelled', 'recall'],
      [...categories].sort((a, b) => b[1][1] - a[1][1] || a[0].localeCompare(b[0])).map(([cat, [gone, all]]) => [cat, gone, all, fmt(gone / all)]),
    ),
  );
  if (flags.errors) {
    console.log('\n### Mistakes\n');
    for (const r of results) {
      if (r.mistakes.length === 0) continue;
      console.log(`**${r.name}**\n`);
      for (const m of r.mistakes) console.log(`- ${m}`);
      console.log('');
    }
  }
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    console.error(`bench:scraped: ${e.message}`);
    process.exit(2);
  }
  throw e;
}
