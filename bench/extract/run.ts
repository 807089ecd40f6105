// Extraction benchmark: Dossier's extractor and two peers on ScrapingHub, WCXB dev and the repository's held-out HTML set,
// scored by the shared score.py.
// npm run bench:extract -- --data ../shared/data/extraction [--dataset scrapinghub|wcxb|heldout-html|heldout-html-b] [--only dossier] [--limit N] [--scorer PATH]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFlags, UsageError } from '../lib/args.js';
import { runTsWorker } from '../lib/child.js';
import { runScorer, type ScorerFigures } from '../lib/scorer.js';
import { fmt, markdownTable } from '../lib/table.js';
import { DATASET_NAMES, openDataset, type Dataset, type DatasetName } from './datasets.js';
import { accuracy, scoreMetadata, type FieldScore, type MetadataScores } from './metadata.js';
import { scoreByPageType, type TypeScore } from './page-types.js';
import { SYSTEM_NAMES, type SystemName } from './systems.js';
import type { MetadataPredictions, WorkerResult } from './worker.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');
const OUT = join(REPO, 'bench/out/extract');
const USAGE =
  'usage: npm run bench:extract -- --data DIR [--dataset scrapinghub|wcxb|heldout-html|heldout-html-b] [--only dossier,readability,defuddle] [--limit N] [--scorer PATH]';

interface Row {
  worker: WorkerResult;
  scores: ScorerFigures;
  metadata: MetadataScores | null;
  /** WCXB-shaped gold only: main-text scores per page type. */
  types: TypeScore[] | null;
}

function parseArgs() {
  const flags = parseFlags(process.argv.slice(2), {
    data: { type: 'string', default: '../shared/data/extraction' },
    dataset: { type: 'string', choices: [...DATASET_NAMES, 'all'], default: 'all' },
    only: { type: 'string' },
    limit: { type: 'number' },
    scorer: { type: 'string' },
    help: { type: 'boolean' },
  });
  const systems = (flags.only ?? SYSTEM_NAMES.join(',')).split(',').map((s) => s.trim());
  for (const s of systems) {
    if (!(SYSTEM_NAMES as readonly string[]).includes(s)) throw new UsageError(`--only takes ${SYSTEM_NAMES.join(',')}, got '${s}'`);
  }
  const datasets = flags.dataset === 'all' ? [...DATASET_NAMES] : [flags.dataset as DatasetName];
  return { ...flags, systems: systems as SystemName[], datasets };
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs();
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`bench:extract: ${err.message}. ${USAGE}`);
      return 2;
    }
    throw err;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const data = resolve(args.data);
  const scorer = args.scorer ? resolve(args.scorer) : resolve(data, '../../tools/score.py');
  // The held-out set lives in the repository, so a run of it alone needs no data folder.
  const needsData = args.datasets.some((d) => openDataset(d, data).readsDataDir);
  for (const [what, path] of [
    ...(needsData ? [['data path', data] as const] : []),
    ['scorer', scorer],
    ...args.datasets.map((d) => [`${d} data`, openDataset(d, data).gold] as const),
  ] as const) {
    if (!existsSync(path)) {
      console.error(`bench:extract: ${what} not found: ${path}`);
      return 1;
    }
  }

  const rows: Row[] = [];
  for (const name of args.datasets) {
    const dataset = openDataset(name, data);
    const ids = dataset.pages(args.limit).map((p) => p.id);
    const gold = args.limit ? dataset.goldSubset(ids) : dataset.gold;
    for (const system of args.systems) {
      process.stderr.write(`${system} on ${name} (${ids.length} pages)...\n`);
      const workerArgs = ['--system', system, '--dataset', name, '--data', data, '--out', OUT];
      if (args.limit) workerArgs.push('--limit', String(args.limit));
      // Sequential on purpose: a second worker on the same cores would distort the other's speed.
      const worker = await runTsWorker<WorkerResult>(join(HERE, 'worker.ts'), workerArgs, { cwd: REPO });
      const scores = await runScorer(scorer, dataset.scorerMode, worker.predictions, gold);
      const metadata = dataset.readGold ? scoreWcxbMetadata(dataset, ids, worker.metadata) : null;
      const types = dataset.readGold ? scoreWcxbTypes(dataset, ids, worker.predictions) : null;
      const failures = worker.failures ? `, ${worker.failures} failures` : '';
      const speed = `${fmt(worker.pagesPerSecond, 1)} pages/s (${fmt(worker.pagesPerCpuSecond, 1)} per CPU-s)`;
      process.stderr.write(`  F1 ${fmt(scores.f1)}, ${speed}, ${fmt(worker.peakRssMb, 0)} MB${failures}\n`);
      rows.push({ worker, scores, metadata, types });
    }
  }
  console.log(renderTables(rows));
  return 0;
}

function scoreWcxbMetadata(dataset: Dataset, ids: readonly string[], metadataFile: string): MetadataScores {
  const guesses = JSON.parse(readFileSync(metadataFile, 'utf8')) as MetadataPredictions;
  return scoreMetadata(ids.map((id) => ({ guess: guesses[id], gold: dataset.readGold!(id).ground_truth })));
}

function scoreWcxbTypes(dataset: Dataset, ids: readonly string[], predictionsFile: string): TypeScore[] {
  const guesses = JSON.parse(readFileSync(predictionsFile, 'utf8')) as Record<string, { articleBody?: string }>;
  return scoreByPageType(
    ids.map((id) => {
      const gold = dataset.readGold!(id);
      return { type: gold._internal?.page_type?.primary ?? 'unknown', guess: guesses[id]?.articleBody ?? '', gold: gold.ground_truth.main_content };
    }),
  );
}

function renderTables(rows: readonly Row[]): string {
  const main = markdownTable(
    ['system', 'dataset', 'P', 'R', 'F1', 'F1 articles', 'pages/s', 'pages/CPU-s', 'peak RSS MB'],
    rows.map(({ worker: w, scores: s }) => [
      w.system,
      `${w.dataset} (${s.pages ?? w.pages})`,
      fmt(s.precision),
      fmt(s.recall),
      fmt(s.f1),
      fmt(s.articlesF1),
      fmt(w.pagesPerSecond, 1),
      fmt(w.pagesPerCpuSecond, 1),
      fmt(w.peakRssMb, 0),
    ]),
  );
  const meta = rows.filter((r) => r.metadata);
  if (meta.length === 0) return main;
  const cell = (f: FieldScore) => `${fmt(accuracy(f))} (${f.correct}/${f.total})`;
  const metaTable = markdownTable(
    ['system', 'dataset', 'title exact', 'title token F1 ≥ 0.9', 'author', 'date (same day)'],
    meta.map(({ worker: w, metadata: m }) => [w.system, w.dataset, cell(m!.titleExact), cell(m!.titleF1), cell(m!.author), cell(m!.date)]),
  );
  const typeTables = [...new Set(rows.filter((r) => r.types).map((r) => r.worker.dataset))].map((dataset) => {
    const typed = rows.filter((r) => r.types && r.worker.dataset === dataset);
    const types = [...new Set(typed.flatMap((r) => r.types!.map((t) => t.type)))];
    const table = markdownTable(
      ['system', ...types.map((t) => `${t} (${typed[0]!.types!.find((x) => x.type === t)?.pages ?? 0})`)],
      typed.map(({ worker: w, types: ts }) => [w.system, ...types.map((t) => fmt(ts!.find((x) => x.type === t)?.f1))]),
    );
    return `${dataset} main-text F1 by page type (pages):\n\n${table}`;
  });
  return [main, metaTable, ...typeTables].join('\n\n');
}

process.exitCode = await main();
