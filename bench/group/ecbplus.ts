// Event grouping on ECB+ (topics 1-35), documents fed one at a time to the StreamingGrouper.
// Usage: npm run bench:group -- [--data ../shared/data/clustering/ecbplus-dev.jsonl] [--order file|shuffle] [--cv]
//        [--set yearWeight=0,titleWeight=1]   (numeric settings overridden in every run, e.g. for ablations)
// Writes {docId: eventId}, scores it with score.py (B3 over `event`; stories over `topic`), prints Markdown tables.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { AnalyzedDocument } from '../../src/core/records.js';
import { StreamingGrouper } from '../../src/group/streaming.js';
import { DEFAULT_GROUP_SETTINGS, type GroupSettings } from '../../src/group/settings.js';
import { findMentions } from '../../src/language/index.js';
import { UsageError, parseFlags } from '../lib/args.js';
import { fmt, markdownTable } from '../lib/table.js';
import { b3, type B3 } from './b3.js';

interface Row {
  id: string;
  topic: string;
  event: string;
  title: string;
  text: string;
}

const flags = (() => {
  try {
    return parseFlags(process.argv.slice(2), {
      data: { type: 'string', default: '../shared/data/clustering/ecbplus-dev.jsonl' },
      scorer: { type: 'string', default: '../shared/tools/score.py' },
      out: { type: 'string', default: 'bench/out/group' },
      order: { type: 'string', choices: ['file', 'shuffle'], default: 'file' },
      seeds: { type: 'number', default: 5 },
      cv: { type: 'boolean' },
      set: { type: 'string', default: '' },
    });
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
})();

// `--set name=value,...`: numeric settings that every run (table and cross-validation) starts from.
const overrides: Partial<GroupSettings> = Object.fromEntries(
  flags.set
    .split(',')
    .filter(Boolean)
    .map((pair) => {
      const [name, value] = pair.split('=');
      if (!name || !(name in DEFAULT_GROUP_SETTINGS) || value === undefined || Number.isNaN(Number(value))) {
        console.error(`--set: expected name=number with a GroupSettings name, got "${pair}"`);
        process.exit(2);
      }
      return [name, Number(value)];
    }),
);

const rows: Row[] = (() => {
  try {
    return readFileSync(flags.data, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Row);
  } catch (error) {
    console.error(`bench:group: cannot read --data ${flags.data} as ECB+ JSON lines (${(error as Error).message.split('\n')[0]})`);
    process.exit(2);
  }
})();
// ECB+ has no publication dates: every document is undated, and only its text and title speak.
const docs: AnalyzedDocument[] = rows.map((r) => ({
  id: r.id,
  title: r.title,
  publisher: null,
  published: null,
  ingestedAt: '2000-01-01T00:00:00Z',
  text: r.text,
  segments: [{ id: `${r.id}:1`, text: r.text }],
  mentions: findMentions(r.text),
  quotes: [],
}));
const topicNumber = (r: Row) => Number(r.topic);
const halves: { name: string; ids: Set<string> }[] = [
  { name: 'topics 1-17', ids: new Set(rows.filter((r) => topicNumber(r) <= 17).map((r) => r.id)) },
  { name: 'topics 18-35', ids: new Set(rows.filter((r) => topicNumber(r) >= 18).map((r) => r.id)) },
];

function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0 || 1;
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Run {
  online: Map<string, string>;
  events: Map<string, string>;
  stories: Map<string, string>;
  seconds: number;
}

function run(order: readonly AnalyzedDocument[], settings: Partial<GroupSettings>): Run {
  const started = performance.now();
  const grouper = new StreamingGrouper({ ...overrides, ...settings });
  const online = new Map<string, string>();
  for (const doc of order) online.set(doc.id, grouper.add(doc).segments[0]!.eventId);
  const grouping = grouper.grouping();
  const events = new Map<string, string>();
  const stories = new Map<string, string>();
  for (const story of grouping.stories) {
    for (const id of story.documentIds) stories.set(id, story.id);
    for (const event of story.events) for (const id of event.documentIds) events.set(id, event.id);
  }
  return { online, events, stories, seconds: (performance.now() - started) / 1000 };
}

const gold = new Map(rows.map((r) => [r.id, r.event]));
const goldTopic = new Map(rows.map((r) => [r.id, r.topic]));
const score = (pred: Map<string, string>, ids?: Set<string>, truth = gold): B3 => b3(pred, truth, ids);

function scorer(pred: Map<string, string>, field: string, name: string): string {
  mkdirSync(flags.out, { recursive: true });
  const path = join(flags.out, name);
  writeFileSync(path, JSON.stringify(Object.fromEntries(pred), null, 0));
  const out = execFileSync('python3', [flags.scorer, 'clustering', path, flags.data, '--field', field], { encoding: 'utf8' });
  return out.trim().split('\n').pop()!;
}

function scoreHalf(pred: Map<string, string>, half: { name: string; ids: Set<string> }): string {
  // The reference scorer wants every gold id: give it a gold file of this half only (ids and events, no text).
  const path = join(tmpdir(), `ecbplus-${half.name.replace(/\W+/g, '-')}.jsonl`);
  writeFileSync(path, rows.filter((r) => half.ids.has(r.id)).map((r) => JSON.stringify({ id: r.id, event: r.event })).join('\n') + '\n');
  const file = join(flags.out, `pred-${half.name.replace(/\W+/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(Object.fromEntries([...pred].filter(([id]) => half.ids.has(id)))));
  return execFileSync('python3', [flags.scorer, 'clustering', file, path], { encoding: 'utf8' }).trim().split('\n').pop()!;
}

const base = flags.order === 'file' ? docs : shuffled(docs, 1);
const main = run(base, {});
console.log(`## Grouping (ECB+) — ${rows.length} documents, ${new Set(rows.map((r) => r.event)).size} events, order: ${flags.order}${flags.set ? `, settings ${flags.set}` : ''}\n`);
console.log(`score.py (events, after repair): ${scorer(main.events, 'event', 'ecbplus-events.json')}`);
console.log(`score.py (stories vs topics): ${scorer(main.stories, 'topic', 'ecbplus-stories.json')}\n`);

const tableRows: (string | number)[][] = [];
const addRow = (name: string, r: Run) => {
  const e = score(r.events);
  const o = score(r.online);
  const s = score(r.stories, undefined, goldTopic);
  tableRows.push([name, fmt(o.f1), fmt(e.precision), fmt(e.recall), fmt(e.f1), fmt(score(r.events, halves[0]!.ids).f1), fmt(score(r.events, halves[1]!.ids).f1), fmt(s.f1), new Set(r.events.values()).size, fmt(rows.length / r.seconds, 0)]);
};
addRow('file order', run(docs, {}));
for (let seed = 1; seed <= flags.seeds; seed++) addRow(`shuffled (seed ${seed})`, run(shuffled(docs, seed), {}));
console.log(
  markdownTable(
    ['order', 'online event F1', 'event B³ P', 'event B³ R', 'event B³ F1', 'F1 topics 1-17', 'F1 topics 18-35', 'story B³ F1 (topics)', 'events', 'docs/s'],
    tableRows,
  ),
);
console.log('\nBaseline (scikit-learn TF-IDF + average linkage, batch, threshold tuned on these topics): event B³ F1 0.885 dev, 0.870 held-out.');
console.log(`Halves scored by score.py (file order): ${halves.map((h) => `${h.name}: ${scoreHalf(main.events, h)}`).join('; ')}`);

if (flags.cv) {
  // Two-fold cross-validation over topic halves: pick settings on one half, report the other.
  const grid: Partial<GroupSettings>[] = [];
  for (const eventSimilarity of [0.15, 0.2, 0.25, 0.3, 0.35]) {
    for (const eventNeighbours of [5, 7, 10]) {
      for (const storySimilarity of [0.15, 0.2]) {
        for (const titleWeight of [1, 2, 3]) {
          for (const leadWeight of [0, 1, 2]) grid.push({ eventSimilarity, eventNeighbours, storySimilarity, titleWeight, leadWeight });
        }
      }
    }
  }
  const results = grid.map((settings) => {
    const runs = [run(docs, settings), ...[1].map((seed) => run(shuffled(docs, seed), settings))];
    const mean = (ids: Set<string>) => runs.reduce((sum, r) => sum + score(r.events, ids).f1, 0) / runs.length;
    return { settings, halfF1: halves.map((h) => mean(h.ids)) };
  });
  const describe = (s: Partial<GroupSettings>) =>
    `eventSimilarity ${s.eventSimilarity}, eventNeighbours ${s.eventNeighbours}, storySimilarity ${s.storySimilarity}, titleWeight ${s.titleWeight}, leadWeight ${s.leadWeight}`;
  const cvRows = [0, 1].map((tune) => {
    const test = 1 - tune;
    const best = [...results].sort((a, b) => b.halfF1[tune]! - a.halfF1[tune]!)[0]!;
    return [`tune on ${halves[tune]!.name}`, describe(best.settings), fmt(best.halfF1[tune]), `${halves[test]!.name}: ${fmt(best.halfF1[test])}`];
  });
  const defaults = results.find((r) => (['eventSimilarity', 'eventNeighbours', 'storySimilarity', 'titleWeight', 'leadWeight'] as const).every((k) => r.settings[k] === DEFAULT_GROUP_SETTINGS[k]));
  console.log('\nTwo-fold cross-validation over topic halves (mean of file order and one shuffle):\n');
  console.log(markdownTable(['fold', 'chosen settings', 'F1 on tuning half', 'F1 on held-out half'], cvRows));
  if (defaults) console.log(`\nDefaults (${describe(defaults.settings)}): ${halves.map((h, i) => `${h.name} ${fmt(defaults.halfF1[i])}`).join(', ')}`);
  const spread = results.map((r) => (r.halfF1[0]! + r.halfF1[1]!) / 2).sort((a, b) => a - b);
  console.log(`Grid of ${results.length} settings, mean F1 over both halves: min ${fmt(spread[0])}, median ${fmt(spread[Math.floor(spread.length / 2)])}, max ${fmt(spread[spread.length - 1])}`);
}
