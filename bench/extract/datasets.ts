// The two extraction datasets under <data>: where their pages and gold live, and which scorer mode reads them.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const DATASET_NAMES = ['scrapinghub', 'wcxb'] as const;
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
  /** Pages in id order; `limit` keeps the first N. */
  pages(limit?: number): Page[];
  /** Gold restricted to `ids`, written outside the repository, for partial (--limit) runs the scorer would otherwise reject. */
  goldSubset(ids: readonly string[]): string;
}

export function openDataset(name: DatasetName, dataDir: string): Dataset {
  return name === 'scrapinghub' ? scrapinghub(resolve(dataDir, 'scrapinghub')) : wcxb(resolve(dataDir, 'wcxb-dev'));
}

function scrapinghub(dir: string): Dataset {
  const gold = join(dir, 'ground-truth.json');
  const readGold = () => JSON.parse(readFileSync(gold, 'utf8')) as Record<string, { articleBody: string; url?: string }>;
  return {
    name: 'scrapinghub',
    scorerMode: 'extraction-shingle',
    gold,
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

export function readWcxbGold(dataDir: string, id: string): WcxbGold {
  return JSON.parse(readFileSync(join(resolve(dataDir, 'wcxb-dev'), 'ground-truth', `${id}.json`), 'utf8')) as WcxbGold;
}

function wcxb(dir: string): Dataset {
  const goldDir = join(dir, 'ground-truth');
  return {
    name: 'wcxb',
    scorerMode: 'extraction-bow',
    gold: goldDir,
    pages(limit) {
      return readdirSync(goldDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -'.json'.length))
        .sort()
        .slice(0, limit)
        .map((id) => {
          const g = JSON.parse(readFileSync(join(goldDir, `${id}.json`), 'utf8')) as WcxbGold;
          return { id, file: join(dir, 'html', `${id}.html.gz`), url: g.url };
        });
    },
    goldSubset(ids) {
      // Links, not copies: the scorer reads a folder, and the data stays where it is.
      const out = join(scratchDir(), 'wcxb-ground-truth');
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
