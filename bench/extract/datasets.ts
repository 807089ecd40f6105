// The extraction datasets: the two third-party ones under <data>, and the held-out set written for this repository
// (bench/extract/heldout-html, heldout-html-b): where their pages and gold live, and which scorer mode reads them.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATASET_NAMES = ['scrapinghub', 'wcxb', 'heldout-html', 'heldout-html-b'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export interface Page {
  id: string;
  file: string;
  url?: string;
}

export interface Dataset {
  name: DatasetName;
  /** Mode argument of score.py. */
  scorerMode: 'extraction-shingle' | 'extraction-bow';
  /** Gold as score.py takes it: a JSON file (ScrapingHub) or a folder of per-page files (WCXB). */
  gold: string;
  /** Whether the pages live under --data (false: in the repository). */
  readsDataDir: boolean;
  /** Per-page gold in WCXB's shape, for datasets that have it (metadata and page-type scores). */
  readGold?: (id: string) => WcxbGold;
  /** Pages in id order; `limit` keeps the first N. A `.gz` file is gunzipped by the worker, other files are read as is. */
  pages(limit?: number): Page[];
  /** Gold restricted to `ids`, written outside the repository, for partial (--limit) runs the scorer would otherwise reject. */
  goldSubset(ids: readonly string[]): string;
}

/** The held-out HTML set, written for this repository (fictional pages), so it travels with the code. */
export const HELDOUT_HTML_DIR = join(dirname(fileURLToPath(import.meta.url)), 'heldout-html');
/** A second held-out set, news articles only, in twelve further markup families (fictional pages). */
export const HELDOUT_HTML_B_DIR = join(dirname(fileURLToPath(import.meta.url)), 'heldout-html-b');

export function openDataset(name: DatasetName, dataDir: string): Dataset {
  switch (name) {
    case 'scrapinghub':
      return scrapinghub(resolve(dataDir, 'scrapinghub'));
    case 'wcxb':
      return wcxbShaped('wcxb', resolve(dataDir, 'wcxb-dev'), '.html.gz', true);
    case 'heldout-html':
      // Same layout and gold shape as WCXB (ground-truth/<id>.json), pages stored uncompressed to stay reviewable.
      return wcxbShaped('heldout-html', HELDOUT_HTML_DIR, '.html', false);
    case 'heldout-html-b':
      return wcxbShaped('heldout-html-b', HELDOUT_HTML_B_DIR, '.html', false);
  }
}

function scrapinghub(dir: string): Dataset {
  const gold = join(dir, 'ground-truth.json');
  const readGold = () => JSON.parse(readFileSync(gold, 'utf8')) as Record<string, { articleBody: string; url?: string }>;
  return {
    name: 'scrapinghub',
    scorerMode: 'extraction-shingle',
    gold,
    readsDataDir: true,
    pages(limit) {
      const g = readGold();
      return Object.keys(g)
        .sort()
        .slice(0, limit)
        .map((id) => ({ id, file: join(dir, 'html', `${id}.html.gz`), url: g[id]?.url }));
    },
    goldSubset(ids) {
      const g = readGold();
      const out = join(scratchDir(), 'scrapinghub-ground-truth.json');
      writeFileSync(out, JSON.stringify(Object.fromEntries(ids.map((id) => [id, g[id]]))));
      return out;
    },
  };
}

/** Gold of one WCXB page; fields may be missing or null. */
export interface WcxbGold {
  url?: string;
  _internal?: { page_type?: { primary?: string } };
  ground_truth: { title?: string | null; author?: string | null; publish_date?: string | null; main_content?: string | null };
}

function wcxbShaped(name: DatasetName, dir: string, pageExt: string, readsDataDir: boolean): Dataset {
  const goldDir = join(dir, 'ground-truth');
  const readGold = (id: string) => JSON.parse(readFileSync(join(goldDir, `${id}.json`), 'utf8')) as WcxbGold;
  return {
    name,
    scorerMode: 'extraction-bow',
    gold: goldDir,
    readsDataDir,
    readGold,
    pages(limit) {
      return readdirSync(goldDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -'.json'.length))
        .sort()
        .slice(0, limit)
        .map((id) => ({ id, file: join(dir, 'html', `${id}${pageExt}`), url: readGold(id).url }));
    },
    goldSubset(ids) {
      // Links, not copies: the scorer reads a folder, and the data stays where it is.
      const out = join(scratchDir(), `${name}-ground-truth`);
      mkdirSync(out);
      for (const id of ids) symlinkSync(join(goldDir, `${id}.json`), join(out, `${id}.json`));
      return out;
    },
  };
}

let scratch: string | undefined;
function scratchDir(): string {
  if (!scratch || !existsSync(scratch)) scratch = mkdtempSync(join(tmpdir(), 'dossier-bench-extract-'));
  return scratch;
}
