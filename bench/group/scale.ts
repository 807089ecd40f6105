// Scale of the StreamingGrouper on a generated corpus: documents/second and peak memory at 10k / 30k / 100k documents.
// Usage: npm run bench:group-scale -- [--docs 100000] [--hand-over]
//   --hand-over: take finished stories out of the grouper every 1,000 documents (as a store that keeps them would), so
//   its memory follows the stories still open; without it every story stays in the grouper to the end.
//
// The corpus is synthetic and generated on the fly (deterministic, seeded): a Zipf background vocabulary of 20,000
// made-up words; stories with 12 topic words and 4 names each; events of a story with 6 words and 3 names of their own,
// spread over a few days; about 30 new documents a day, each 120-260 words drawn from background (60%), story (20%) and
// event (20%) words with names sprinkled in; 6% of documents are wire copies (exact, or with the last paragraph cut).
import type { AnalyzedDocument, Mention } from '../../src/core/records.js';
import { StreamingGrouper } from '../../src/group/streaming.js';
import { UsageError, parseFlags } from '../lib/args.js';
import { peakRssMb } from '../lib/memory.js';
import { fmt, markdownTable } from '../lib/table.js';
import { b3 } from './b3.js';

const flags = (() => {
  try {
    return parseFlags(process.argv.slice(2), { docs: { type: 'number', default: 100_000 }, 'hand-over': { type: 'boolean' } });
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
})();

let state = 12345;
const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'san', 'vo', 'rin', 'da', 'pel', 'nor', 'shi', 'tu', 'bra', 'gen', 'fa', 'lis', 'mon', 'ze', 'quo', 'hal'];
const word = (syllables: number) => Array.from({ length: syllables }, () => pick(SYLLABLES)).join('');
const name = () => {
  const w = word(2 + Math.floor(random() * 2));
  return w[0]!.toUpperCase() + w.slice(1);
};
const VOCABULARY = Array.from({ length: 20_000 }, (_, i) => word(2 + (i % 3)));
// Zipf by inverse transform over ranks (exponent ~1).
const zipf = () => VOCABULARY[Math.min(VOCABULARY.length - 1, Math.floor(Math.exp(random() * Math.log(VOCABULARY.length))) - 1)]!;

interface EventSpec {
  id: string;
  story: string;
  words: string[];
  names: string[];
  storyWords: string[];
  storyNames: string[];
  day: number;
}

const DOCS_PER_DAY = 30;
const live: EventSpec[] = [];
const recent: { doc: AnalyzedDocument; event: string; story: string }[] = [];
let storyCount = 0;
let eventCount = 0;

function newEvent(day: number): EventSpec {
  const reuse = live.length > 0 && random() < 0.3 ? pick(live) : null;
  const story = reuse ? reuse.story : `story-${storyCount++}`;
  return {
    id: `event-${eventCount++}`,
    story,
    words: Array.from({ length: 6 }, () => word(3)),
    names: Array.from({ length: 3 }, () => `${name()} ${name()}`),
    storyWords: reuse ? reuse.storyWords : Array.from({ length: 12 }, () => word(3)),
    storyNames: reuse ? reuse.storyNames : Array.from({ length: 4 }, () => name()),
    day,
  };
}

function makeDocument(i: number): { doc: AnalyzedDocument; event: string; story: string } {
  const day = Math.floor(i / DOCS_PER_DAY);
  const published = new Date(Date.UTC(2020, 0, 1) + day * 86_400_000 + (i % DOCS_PER_DAY) * 60_000).toISOString();
  if (recent.length > 0 && random() < 0.06) {
    const original = pick(recent.slice(-200));
    const trimmed = random() < 0.5;
    const paragraphs = original.doc.text.split('\n\n');
    const text = (trimmed && paragraphs.length > 1 ? paragraphs.slice(0, -1) : paragraphs).join('\n\n');
    const mentions = original.doc.mentions.filter((m) => m.end <= text.length);
    const doc: AnalyzedDocument = { id: `d${i}`, title: `Copy ${i}`, publisher: null, published, ingestedAt: published, text, segments: [{ id: `d${i}:1`, text }], mentions, quotes: [] };
    return { doc, event: original.event, story: original.story };
  }
  // Events live for about a week; a new one starts when fewer than ~40 are running.
  for (let k = live.length - 1; k >= 0; k--) if (day - live[k]!.day > 7) live.splice(k, 1);
  if (live.length < 40 || random() < 0.05) live.push(newEvent(day));
  const event = pick(live);
  const length = 120 + Math.floor(random() * 140);
  const mentions: Mention[] = [];
  const paragraphs: string[] = [];
  let text = '';
  let current: string[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const paragraph = current.join(' ') + '.';
    paragraphs.push(paragraph);
    current = [];
  };
  const pieces: { text: string; name: boolean }[] = [];
  for (let w = 0; w < length; w++) {
    const r = random();
    if (r < 0.6) pieces.push({ text: zipf(), name: false });
    else if (r < 0.8) pieces.push({ text: pick(event.storyWords), name: false });
    else if (r < 0.95) pieces.push({ text: pick(event.words), name: false });
    else pieces.push({ text: random() < 0.5 ? pick(event.names) : pick(event.storyNames), name: true });
  }
  let offset = 0;
  pieces.forEach((piece, w) => {
    if (current.length > 0 && w % 40 === 0) {
      flush();
      offset += 2;
    }
    const start = text.length + offset + (current.length > 0 ? current.join(' ').length + 1 : 0);
    current.push(piece.text);
    if (piece.name) mentions.push({ text: piece.text, start, end: start + piece.text.length, type: 'person' });
  });
  flush();
  text = paragraphs.join('\n\n');
  const title = `${pick(event.storyNames)} ${pick(event.words)} ${pick(event.storyWords)} ${pick(event.words)}`;
  const doc: AnalyzedDocument = { id: `d${i}`, title, publisher: null, published, ingestedAt: published, text, segments: [{ id: `d${i}:1`, text }], mentions, quotes: [] };
  const made = { doc, event: event.id, story: event.story };
  recent.push(made);
  if (recent.length > 400) recent.splice(0, 200);
  return made;
}

const checkpoints = [10_000, 30_000, 100_000].filter((n) => n <= flags.docs);
if (!checkpoints.includes(flags.docs)) checkpoints.push(flags.docs);
const grouper = new StreamingGrouper();
const goldEvents = new Map<string, string>();
const goldStories = new Map<string, string>();
const online = new Map<string, string>();
const rows: (string | number)[][] = [];
let busy = 0;
let last = 0;
let lastBusy = 0;
let handedOver = 0;
// CPU time of the same calls: on a machine shared with other jobs, wall-clock time also counts waiting for a core.
let cpu = 0;
// Truth and online answers are kept for the last 10k documents only (the sample scored below), so the bench's own
// bookkeeping does not grow with the stream.
const sampleFrom = Math.max(0, flags.docs - 10_000);
for (let i = 0; i < flags.docs; i++) {
  const made = makeDocument(i);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const assignment = grouper.add(made.doc);
  if (flags['hand-over'] && (i + 1) % 1000 === 0) handedOver += grouper.takeFinished().length;
  busy += performance.now() - started;
  const cpuSpent = process.cpuUsage(cpuStarted);
  cpu += (cpuSpent.user + cpuSpent.system) / 1000;
  if (i >= sampleFrom) {
    goldEvents.set(made.doc.id, made.event);
    goldStories.set(made.doc.id, made.story);
    online.set(made.doc.id, assignment.segments[0]!.eventId);
  }
  const n = i + 1;
  if (checkpoints.includes(n)) {
    const rate = (n - last) / ((busy - lastBusy) / 1000);
    // With --expose-gc (NODE_OPTIONS=--expose-gc), the heap is measured after a full collection: what is really held.
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) gc();
    rows.push([n, fmt(busy / 1000, 1), fmt(cpu / 1000, 1), fmt(n / (busy / 1000), 0), fmt(n / (cpu / 1000), 0), fmt(rate, 0), fmt(peakRssMb(), 0), gc ? fmt(process.memoryUsage().heapUsed / 1048576, 0) + ' (after GC)' : fmt(process.memoryUsage().heapUsed / 1048576, 0)]);
    last = n;
    lastBusy = busy;
    console.error(`${n} documents: ${fmt(busy / 1000, 1)} s`, JSON.stringify(grouper.stats()));
  }
}
const started = performance.now();
const grouping = grouper.grouping();
const finalSeconds = (performance.now() - started) / 1000;
const events = new Map<string, string>();
for (const story of grouping.stories) for (const event of story.events) for (const id of event.documentIds) events.set(id, event.id);
const sample = new Set(goldEvents.keys());
console.log(`## Grouping scale (generated corpus, ${flags.docs} documents, one process, Node ${process.version}${flags['hand-over'] ? ', finished stories handed over' : ''})\n`);
console.log(markdownTable(['documents', 'grouping time (s)', 'CPU time (s)', 'docs/s overall', 'docs/CPU-s', 'docs/s since last row', 'peak RSS (MB)', 'heap in use (MB)'], rows));
console.log(`\nFinal repair and output (grouping()): ${fmt(finalSeconds, 1)} s. Stories ${grouping.stories.length}${flags['hand-over'] ? ` (and ${handedOver} handed over before)` : ''}, duplicates ${grouping.duplicates.length}.`);
console.log(`Sanity on the generated truth (last 10k documents): online event B³ F1 ${fmt(b3(online, goldEvents, sample).f1)}, after repair ${fmt(b3(events, goldEvents, sample).f1)}.`);
console.log('Time counts StreamingGrouper.add and grouping() only, not generating the documents.');
