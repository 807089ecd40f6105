// Story and event B³ on the demo corpus: reads `dossier analyze examples/corpus --json` output and examples/gold.json.
// Usage: node bin/dossier.js analyze examples/corpus --json > out.json && npx tsx bench/group/demo.ts out.json [gold.json] [--regroup]
// --regroup groups the exported documents again with the grouper in this tree (mentions found again from the text), so a
// change to src/group can be measured without a rebuild; the CLI's own grouping is the reference figure.
import { readFileSync } from 'node:fs';
import type { AnalyzedDocument } from '../../src/core/records.js';
import { groupCorpus } from '../../src/group/index.js';
import { findMentions } from '../../src/language/index.js';
import { fmt, markdownTable } from '../lib/table.js';
import { b3 } from './b3.js';

interface Analysis {
  documents: { id: string; key: string; duplicateOf: string | null; title: string | null; publisher: string | null; published: string | null; text: string; segments: { id: string; text: string }[] }[];
  stories: { id: string; title: string; documents: string[]; events: { id: string; title: string; documents: string[] }[] }[];
}
interface Gold {
  documents: Record<string, { story: string | null; event: string | null; duplicateOf: string | null }>;
}

// `name=value` arguments override numeric grouping settings when regrouping (e.g. liveWindowDays=60).
const overrides = Object.fromEntries(process.argv.slice(2).filter((a) => /^\w+=[\d.]+$/.test(a)).map((a) => [a.split('=')[0]!, Number(a.split('=')[1])]));
const args = process.argv.slice(2).filter((a) => a !== '--regroup' && !/^\w+=/.test(a));
const analysis = JSON.parse(readFileSync(args[0]!, 'utf8')) as Analysis;
const gold = JSON.parse(readFileSync(args[1] ?? 'examples/gold.json', 'utf8')) as Gold;
if (process.argv.includes('--regroup')) {
  const docs: AnalyzedDocument[] = analysis.documents.map((d) => ({
    id: d.id,
    title: d.title,
    publisher: d.publisher,
    published: d.published,
    ingestedAt: '2026-01-01T00:00:00Z',
    text: d.text,
    segments: d.segments,
    mentions: findMentions(d.text),
    quotes: [],
  }));
  const grouping = groupCorpus(docs, overrides);
  const copyOf = new Map(grouping.duplicates.map((l) => [l.documentId, l.duplicateOf]));
  for (const d of analysis.documents) d.duplicateOf = copyOf.get(d.id) ?? null;
  analysis.stories = grouping.stories.map((st) => ({
    id: st.id,
    title: st.title,
    documents: st.documentIds,
    events: st.events.map((e) => ({ id: e.id, title: e.title, documents: e.documentIds })),
  }));
}
const keyOf = new Map(analysis.documents.map((d) => [d.id, d.key]));
const predStory = new Map<string, string>();
const predEvent = new Map<string, string>();
for (const story of analysis.stories) {
  for (const id of story.documents) if (!predStory.has(keyOf.get(id)!)) predStory.set(keyOf.get(id)!, story.id);
  for (const event of story.events) for (const id of event.documents) if (!predEvent.has(keyOf.get(id)!)) predEvent.set(keyOf.get(id)!, event.id);
}
// The newsletter (story null) spans three stories: it is left out, as gold gives it no single story.
const goldStory = new Map(Object.entries(gold.documents).filter(([, g]) => g.story).map(([k, g]) => [k, g.story!]));
const goldEvent = new Map(Object.entries(gold.documents).filter(([, g]) => g.event).map(([k, g]) => [k, g.event!]));
const s = b3(predStory, goldStory);
const e = b3(predEvent, goldEvent);
const dupGold = Object.entries(gold.documents).filter(([, g]) => g.duplicateOf).map(([k, g]) => `${k}->${g.duplicateOf}`);
const dupPred = analysis.documents.filter((d) => d.duplicateOf).map((d) => `${d.key}->${keyOf.get(d.duplicateOf!)}`);
console.log(markdownTable(['level', 'B³ P', 'B³ R', 'B³ F1', 'predicted', 'gold'], [
  ['story', fmt(s.precision), fmt(s.recall), fmt(s.f1), analysis.stories.length, new Set(goldStory.values()).size],
  ['event', fmt(e.precision), fmt(e.recall), fmt(e.f1), analysis.stories.reduce((n, st) => n + st.events.length, 0), new Set(goldEvent.values()).size],
]));
console.log(`\nDuplicates: ${dupPred.filter((d) => dupGold.includes(d)).length} of ${dupGold.length} gold links found, ${dupPred.filter((d) => !dupGold.includes(d)).length} extra.`);
for (const story of analysis.stories) {
  console.log(`- ${story.title} (${story.documents.length} docs)`);
  for (const event of story.events) console.log(`    - ${event.title} [${event.documents.map((id) => goldEvent.get(keyOf.get(id)!) ?? 'newsletter').join(', ')}]`);
}
