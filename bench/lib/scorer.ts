// Runs the shared reference scorer (score.py) and reads the figures it prints.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface ScorerFigures {
  pages: number | null;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** WCXB only: F1 over pages whose page type is 'article'. */
  articlesF1: number | null;
  articlesPages: number | null;
  /** The scorer's full output, for the log. */
  output: string;
}

/** `python3 score.py <mode> <pred> <gold>`, parsed. */
export async function runScorer(scorer: string, mode: string, pred: string, gold: string): Promise<ScorerFigures> {
  const { stdout } = await run('python3', [scorer, mode, pred, gold], { maxBuffer: 16 * 1024 * 1024 });
  return parseScorerOutput(stdout);
}

/** Reads the lines score.py prints: "articles only: pages N  F1 x", "pages N  precision x  recall y", "F1 z". */
export function parseScorerOutput(output: string): ScorerFigures {
  const num = (re: RegExp): number | null => {
    const m = re.exec(output);
    return m ? Number(m[1]) : null;
  };
  return {
    pages: num(/^pages (\d+)/m),
    precision: num(/^pages \d+\s+precision ([\d.]+)/m),
    recall: num(/recall ([\d.]+)/m),
    f1: num(/^F1 ([\d.]+)/m),
    articlesF1: num(/^articles only: pages \d+\s+F1 ([\d.]+)/m),
    articlesPages: num(/^articles only: pages (\d+)/m),
    output: output.trim(),
  };
}
