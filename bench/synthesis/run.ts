// Synthesis benchmark: citation support, redundancy and timeline date accuracy of the dossiers Dossier writes.
// Usage: npm run bench:synthesis [-- --voa ../shared/data/corpora/voa-cambodia-2018/posts] [--demo examples/corpus]
// Each corpus is ingested and analysed into a throwaway SQLite store, then its export is scored.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalysisRecord, DocumentRecord, StoryRecord } from '../../src/contract/analysis.js';
import { analyzeStore } from '../../src/pipeline/analyze.js';
import { ingestInputs } from '../../src/pipeline/ingest.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { parseFlags } from '../lib/args.js';
import { fmt, markdownTable } from '../lib/table.js';
import { STRICT_RECALL, supportingPassage, termCosine } from './citation-check.js';

const DEFAULT_VOA = '../shared/data/corpora/voa-cambodia-2018/posts';
const flags = parseFlags(process.argv.slice(2), {
  demo: { type: 'string', default: 'examples/corpus' },
  gold: { type: 'string', default: 'examples/gold.json' },
  voa: { type: 'string', default: DEFAULT_VOA },
  verbose: { type: 'boolean' },
});

async function analyse(corpus: string): Promise<AnalysisRecord> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-synthesis-'));
  const store = await SqliteStore.open(join(dir, 'bench.db'));
  try {
    await ingestInputs(store, [corpus]);
    await analyzeStore(store);
    return await store.exportAnalysis();
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a document as the story sees it: its segments in the story, or all of it. */
function storyText(doc: DocumentRecord, story: StoryRecord): string {
  const own = doc.segments.filter((s) => s.storyId === story.id);
  return own.length > 0 && own.length < doc.segments.length ? own.map((s) => s.text).join('\n\n') : doc.text;
}

interface CorpusScores {
  stories: number;
  sentences: number;
  allCitationsSupported: number;
  citations: number;
  citationsSupported: number;
  /** Citations supported at the stricter recall (STRICT_RECALL). */
  citationsStrict: number;
  /** Documents of the story the check finds supporting a sentence, and how many of those are cited. */
  supportingDocs: number;
  supportingCited: number;
  redundancyMean: number;
  redundancyMax: number;
  lengthMean: number;
  conflicts: number;
  unsupported: string[];
  /** Per story, the two most similar summary sentences. */
  closest: string[];
}

function scoreCorpus(analysis: AnalysisRecord): CorpusScores {
  const docs = new Map(analysis.documents.map((d) => [d.id, d]));
  let sentences = 0;
  let allSupported = 0;
  let citations = 0;
  let citationsSupported = 0;
  let citationsStrict = 0;
  let supportingDocs = 0;
  let supportingCited = 0;
  const maxima: number[] = [];
  const unsupported: string[] = [];
  const closest: string[] = [];
  for (const story of analysis.stories) {
    for (const s of story.summary) {
      sentences++;
      let ok = true;
      for (const id of s.citations) {
        citations++;
        const doc = docs.get(id);
        if (doc && supportingPassage(s.text, storyText(doc, story), STRICT_RECALL) !== null) citationsStrict++;
        if (doc && supportingPassage(s.text, storyText(doc, story)) !== null) citationsSupported++;
        else {
          ok = false;
          unsupported.push(`${story.id} ${doc?.publisher ?? id}: ${s.text.slice(0, 100)}`);
        }
      }
      if (ok && s.citations.length > 0) allSupported++;
      for (const id of story.documents) {
        const doc = docs.get(id);
        if (!doc || supportingPassage(s.text, storyText(doc, story)) === null) continue;
        supportingDocs++;
        if (s.citations.includes(id)) supportingCited++;
      }
    }
    let max = 0;
    let pair = '';
    for (let i = 0; i < story.summary.length; i++) {
      for (let j = i + 1; j < story.summary.length; j++) {
        const similarity = termCosine(story.summary[i]!.text, story.summary[j]!.text);
        if (similarity > max) [max, pair] = [similarity, `${story.summary[i]!.text}\n    ${story.summary[j]!.text}`];
      }
    }
    if (story.summary.length > 1) {
      maxima.push(max);
      closest.push(`${fmt(max)} ${story.id}:\n    ${pair}`);
    }
  }
  const withSummary = analysis.stories.filter((s) => s.summary.length > 0);
  return {
    stories: analysis.stories.length,
    sentences,
    allCitationsSupported: sentences ? allSupported / sentences : NaN,
    citations,
    citationsSupported: citations ? citationsSupported / citations : NaN,
    citationsStrict: citations ? citationsStrict / citations : NaN,
    supportingDocs,
    supportingCited: supportingDocs ? supportingCited / supportingDocs : NaN,
    redundancyMean: maxima.length ? maxima.reduce((a, b) => a + b, 0) / maxima.length : NaN,
    redundancyMax: maxima.length ? Math.max(...maxima) : NaN,
    lengthMean: withSummary.length ? sentences / withSummary.length : NaN,
    conflicts: analysis.stories.reduce((n, s) => n + s.conflicts.length, 0),
    unsupported,
    closest,
  };
}

async function timelineScore(analysis: AnalysisRecord): Promise<string> {
  const goldFile = new URL('./timeline-gold.ts', import.meta.url);
  if (!existsSync(goldFile)) return 'n/a';
  const mod = (await import(goldFile.href)) as typeof import('./timeline-gold.js');
  const gold = JSON.parse(readFileSync(flags.gold, 'utf8')) as { documents: Record<string, { story: string | null }> };
  const keyOf = new Map(analysis.documents.map((d) => [d.id, d.key]));
  const pooled = mod.entriesByGoldStory(analysis.stories, (id) => gold.documents[keyOf.get(id) ?? '']?.story ?? null);
  const s = mod.scoreTimeline(pooled);
  return `P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)} labels ${fmt(s.labelAccuracy)}`;
}

const corpora: [string, string][] = [['demo corpus', flags.demo]];
if (existsSync(flags.voa)) corpora.push(['VOA Cambodia 2018', flags.voa]);
else process.stderr.write(`bench:synthesis: ${flags.voa} not found, VOA row skipped\n`);

const rows: (string | number)[][] = [];
for (const [name, path] of corpora) {
  const started = Date.now();
  const analysis = await analyse(path);
  const s = scoreCorpus(analysis);
  const timeline = name === 'demo corpus' ? await timelineScore(analysis) : 'n/a (no gold)';
  rows.push([
    name, s.stories, s.sentences, fmt(s.lengthMean, 1), fmt(s.allCitationsSupported), fmt(s.citationsSupported), fmt(s.citationsStrict), fmt(s.supportingCited),
    fmt(s.redundancyMean), fmt(s.redundancyMax), s.conflicts, timeline, fmt((Date.now() - started) / 1000, 1),
  ]);
  if (flags.verbose) {
    for (const u of s.unsupported) process.stdout.write(`unsupported citation: ${u}\n`);
    for (const c of s.closest) process.stdout.write(`closest pair ${c}\n`);
  }
}
process.stdout.write(
  markdownTable(
    ['corpus', 'stories', 'summary sentences', 'per story', 'all citations supported', 'citations supported', `at recall ${STRICT_RECALL}`, 'supporting docs cited', 'redundancy mean', 'redundancy max', 'conflicts', 'timeline (demo gold)', 'seconds'],
    rows,
  ) + '\n',
);
