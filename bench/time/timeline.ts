// Timeline date accuracy on the demo corpus: the corpus through ingest and analyze (in-memory SQLite), each story's
// timeline scored against bench/synthesis/timeline-gold.ts, beside two event-level peers from the same run: one
// entry per event dated by its first publication (what Dossier did before), and by its leads' own dates.
// Usage: npm run bench:timeline [-- --corpus examples/corpus --gold examples/gold.json --verbose]
import { readFileSync } from 'node:fs';
import type { AnalyzedDocument } from '../../src/core/records.js';
import type { StoryRecord } from '../../src/contract/analysis.js';
import { analyzeStore } from '../../src/pipeline/analyze.js';
import { ingestInputs } from '../../src/pipeline/ingest.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { eventHappeningDate } from '../../src/synthesize/timeline.js';
import { dateLabel } from '../../src/language/time/index.js';
import { UsageError, parseFlags } from '../lib/args.js';
import { fmt, markdownTable, type Cell } from '../lib/table.js';
import { DEMO_TIMELINE_GOLD, entriesByGoldStory, scoreTimeline, type ScoredEntry, type TimelineScores } from '../synthesis/timeline-gold.js';

interface GoldFile {
  documents: Record<string, { story: string | null }>;
}

/** One entry per event: its date and title, as the timeline was before resolved expressions were used. */
function eventEntries(story: StoryRecord, dateOf: (e: StoryRecord['events'][number]) => string | null): ScoredEntry[] {
  return story.events.flatMap((e) => {
    const date = dateOf(e);
    return date ? [{ date, end: null, precision: 'day', label: dateLabel({ date, end: null, precision: 'day' }), text: e.title }] : [];
  });
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), {
    corpus: { type: 'string', default: 'examples/corpus' },
    gold: { type: 'string', default: 'examples/gold.json' },
    verbose: { type: 'boolean' },
  });
  let gold: GoldFile;
  try {
    gold = JSON.parse(readFileSync(flags.gold, 'utf8')) as GoldFile;
  } catch (e) {
    throw new UsageError(`cannot read the gold file '${flags.gold}': ${e instanceof Error ? e.message : String(e)}`);
  }
  const store = await SqliteStore.open(':memory:');
  try {
    await ingestInputs(store, [flags.corpus]);
    await analyzeStore(store);
    const analysis = await store.exportAnalysis();
    const docs = new Map<string, AnalyzedDocument>((await store.listAnalyzedDocuments()).map((d) => [d.id, d]));
    const keyOf = new Map(analysis.documents.map((d) => [d.id, d.key]));
    const goldStoryOf = (id: string) => gold.documents[keyOf.get(id) ?? '']?.story ?? null;

    const systems: [string, TimelineScores, number][] = [];
    const run = (name: string, stories: { documents: string[]; timeline: ScoredEntry[] }[]) => {
      const pooled = entriesByGoldStory(stories, goldStoryOf);
      systems.push([name, scoreTimeline(pooled, DEMO_TIMELINE_GOLD), Object.values(pooled).reduce((n, e) => n + e.length, 0)]);
    };
    run('dossier timeline (resolved expressions + published dates)', analysis.stories.map((s) => ({ documents: s.documents, timeline: s.timeline })));
    run('one entry per event, first publication date', analysis.stories.map((s) => ({ documents: s.documents, timeline: eventEntries(s, (e) => e.date) })));
    run(
      'one entry per event, date named by its leads',
      analysis.stories.map((s) => ({
        documents: s.documents,
        timeline: eventEntries(s, (e) => eventHappeningDate(e.documents, docs)?.date ?? e.date),
      })),
    );

    const out: string[] = [];
    const goldCount = Object.values(DEMO_TIMELINE_GOLD).reduce((n, g) => n + g.length, 0);
    out.push(`Demo corpus (${analysis.documents.length} documents, ${analysis.stories.length} stories found), ${goldCount} gold happenings in ${Object.keys(DEMO_TIMELINE_GOLD).length} gold stories\n`);
    out.push(
      markdownTable(
        ['system', 'entries', 'date precision', 'date recall', 'F1', 'label accuracy (found)'],
        systems.map(([name, s, n]): Cell[] => [name, n, fmt(s.precision), fmt(s.recall), fmt(s.f1), fmt(s.labelAccuracy)]),
      ),
    );
    const [, dossier] = systems[0]!;
    out.push('\nDossier timeline by gold story:\n');
    out.push(
      markdownTable(
        ['gold story', 'gold', 'entries', 'entries on a gold date', 'gold found', 'labels right'],
        dossier.stories.map((s): Cell[] => [s.story, s.gold, s.entries, s.entriesOnGoldDates, s.found, s.labelsRight]),
      ),
    );
    const missed = dossier.stories.flatMap((s) => s.missed.map((m) => `- ${s.story}: ${m}`));
    if (missed.length > 0) out.push(`\nMissed:\n${missed.join('\n')}`);
    if (flags.verbose) {
      for (const story of analysis.stories) {
        out.push(`\n${story.title} (${goldStoryOf(story.documents[0] ?? '') ?? 'no gold story'})`);
        for (const e of story.timeline) out.push(`  ${e.label.padEnd(20)} ${e.text.slice(0, 110)} [${e.citations.length}]`);
      }
    }
    console.log(out.join('\n'));
  } finally {
    await store.close();
  }
}

main().catch((e: unknown) => {
  if (e instanceof UsageError) {
    console.error(`usage: npm run bench:timeline [-- --corpus examples/corpus --gold examples/gold.json --verbose]\n${e.message}`);
    process.exit(2);
  }
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
