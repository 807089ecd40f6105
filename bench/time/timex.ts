// Time expressions on MEANTIME: Dossier's resolver beside chrono-node alone, against TIMEX3 spans and values,
// each document resolved against its own creation time (DCT), in one run.
// Usage: npm run bench:time -- --data ../shared/data/nlp/meantime [--errors errors.tsv] [--append-docs docs/benchmarks.md]
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { globSync } from 'tinyglobby';
import {
  chronoRecogniser, estimatePublishedDate, longestSpanRefiner, resolveTimeExpressions, resolveWith,
  type TimeExpression,
} from '../../src/language/time/index.js';
import { UsageError, parseFlags } from '../lib/args.js';
import { fmt, markdownTable, type Cell } from '../lib/table.js';
import { parseMeantimeTimex, type GoldTimex, type TimexDocument } from './meantime-timex.js';

interface System {
  name: string;
  run(text: string, dct: string): TimeExpression[];
}

const dossier: System = { name: 'dossier (chrono + refiners)', run: resolveTimeExpressions };
const chronoAlone: System = {
  name: 'chrono-node alone',
  run: (text, dct) => resolveWith(text, dct, [chronoRecogniser({ dossierFilters: false })], [longestSpanRefiner(['chrono'])]),
};

/** DCT as annotated, with the few day-first values ("03-02-2009") turned round; '' when missing. */
function normaliseDct(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : '';
}

/** TIMEX values compared case-blind, without a trailing time zone mark. */
function normaliseValue(v: string): string {
  return v.trim().toUpperCase().replace(/Z$/, '');
}

/** Gold expression kinds, to show where each system gains or loses. */
function kind(t: GoldTimex): string {
  const s = t.text.toLowerCase();
  if (t.type !== 'DATE') return t.type.toLowerCase();
  if (/_ref$/i.test(t.value)) return 'present/past/future ref';
  if (/monday|tuesday|wednesday|thursday|friday|saturday|sunday/.test(s)) return 'weekday';
  if (/today|yesterday|tomorrow|tonight/.test(s)) return 'today/yesterday';
  if (/\b(?:week|month|year|quarter|weekend)\b/.test(s) && /\b(?:last|this|next|past|previous|coming|later|earlier)\b/.test(s)) return 'relative period';
  if (/january|february|march|april|may|june|july|august|september|october|november|december|\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/.test(s)) {
    return /\d{4}|'\d\d/.test(s) ? 'month/day with year' : 'month/day, no year';
  }
  if (/^(?:the\s+)?(?:early\s+|late\s+|mid-)?'?\d{2,4}s?$/.test(s)) return 'year/decade alone';
  return 'other (anaphoric, vague)';
}

interface Span {
  start: number;
  end: number;
}
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const overlapLength = (a: Span, b: Span) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

interface Scored {
  predicted: number;
  predictedMatched: number;
  gold: number;
  goldMatched: number;
  dateMatched: number;
  dateCorrect: number;
  dateGold: number;
  byKind: Map<string, { gold: number; found: number; correct: number }>;
  errors: string[];
  ms: number;
}

interface Prepared {
  doc: TimexDocument;
  dct: string;
  dctSource: 'annotated' | 'estimated';
  /** Character end of the annotated sentences: MEANTIME marks only the title, dateline and first sentences. */
  annotatedEnd: number;
}

function prepare(doc: TimexDocument): Prepared | null {
  let dct = normaliseDct(doc.dct);
  let dctSource: Prepared['dctSource'] = 'annotated';
  if (!dct) {
    const est = estimatePublishedDate(doc.text);
    if (!est || est.date.length !== 10) return null;
    dct = est.date;
    dctSource = 'estimated';
  }
  const sentenceOf = (c: number) => doc.document.tokens.find((t) => t.start <= c && c < t.end)?.sentence ?? -1;
  const through = Math.max(doc.document.annotatedThrough, ...doc.timexes.map((t) => sentenceOf(t.start)));
  const last = doc.document.tokens.filter((t) => t.sentence <= through).pop();
  return { doc, dct, dctSource, annotatedEnd: last ? last.end : 0 };
}

function score(system: System, docs: Prepared[], types: ReadonlySet<string>): Scored {
  const s: Scored = {
    predicted: 0, predictedMatched: 0, gold: 0, goldMatched: 0, dateMatched: 0, dateCorrect: 0, dateGold: 0,
    byKind: new Map(), errors: [], ms: 0,
  };
  for (const { doc, dct, annotatedEnd } of docs) {
    const t0 = performance.now();
    const predictedAll = system.run(doc.text, dct);
    s.ms += performance.now() - t0;
    // Gold of other types (durations, sets) neither count as misses nor make a prediction over them a false alarm.
    const gold = doc.timexes.filter((t) => types.has(t.type));
    const ignored = doc.timexes.filter((t) => !types.has(t.type));
    const predicted = predictedAll.filter(
      (p) => p.start < annotatedEnd && !(doc.dctSpan && overlaps(p, doc.dctSpan)) && !(ignored.some((g) => overlaps(g, p)) && !gold.some((g) => overlaps(g, p))),
    );
    s.predicted += predicted.length;
    s.predictedMatched += predicted.filter((p) => gold.some((g) => overlaps(g, p))).length;
    for (const p of predicted) if (!gold.some((g) => overlaps(g, p))) s.errors.push(`${system.name}\tFP\t${p.text}\t${p.value}\t\t${doc.id}`);
    for (const g of gold) {
      s.gold++;
      const k = kind(g);
      const row = s.byKind.get(k) ?? { gold: 0, found: 0, correct: 0 };
      s.byKind.set(k, row);
      row.gold++;
      const best = predicted.filter((p) => overlaps(g, p)).sort((a, b) => overlapLength(g, b) - overlapLength(g, a))[0];
      const correct = !!best && normaliseValue(best.value) === normaliseValue(g.value);
      if (best) {
        s.goldMatched++;
        row.found++;
      }
      if (correct) row.correct++;
      if (g.type === 'DATE') {
        s.dateGold++;
        if (best) s.dateMatched++;
        if (correct) s.dateCorrect++;
      }
      if (!best) s.errors.push(`${system.name}\tFN\t${g.text}\t\t${g.value}\t${doc.id} dct=${dct}`);
      else if (!correct) s.errors.push(`${system.name}\tVALUE\t${best.text}\t${best.value}\t${g.value}\t${doc.id} dct=${dct}`);
    }
  }
  return s;
}

function prfRow(s: Scored): [number, number, number] {
  const p = s.predicted ? s.predictedMatched / s.predicted : 0;
  const r = s.gold ? s.goldMatched / s.gold : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

/** Published-date estimation: on the full text, and with the dateline line removed (the harder case). */
function publishedDateRows(docs: Prepared[]): Cell[][] {
  const annotated = docs.filter((d) => d.dctSource === 'annotated');
  const run = (name: string, textOf: (d: Prepared) => string): Cell[] => {
    let found = 0, exact = 0, near = 0, confSum = 0;
    for (const d of annotated) {
      const est = estimatePublishedDate(textOf(d));
      if (!est) continue;
      found++;
      confSum += est.confidence;
      if (est.date === d.dct) exact++;
      const diff = Math.abs(Date.parse(est.date) - Date.parse(d.dct)) / 86_400_000;
      if (est.date.length === 10 && diff <= 7) near++;
    }
    return [name, annotated.length, found, fmt(exact / annotated.length), fmt(near / annotated.length), fmt(found ? confSum / found : null, 2)];
  };
  const withoutDateline = (d: Prepared) => {
    const span = d.doc.dctSpan;
    return span ? d.doc.text.slice(0, span.start) + d.doc.text.slice(span.end) : d.doc.text;
  };
  return [run('full text (title, dateline, body)', (d) => d.doc.text), run('dateline removed', withoutDateline)];
}

function main(): void {
  const flags = parseFlags(process.argv.slice(2), {
    data: { type: 'string' },
    errors: { type: 'string' },
    'append-docs': { type: 'string' },
  });
  if (!flags.data) throw new UsageError('--data <meantime folder> is required');
  const files = globSync('**/intra-doc_annotation/**/*.xml', { cwd: flags.data, absolute: true }).sort();
  if (files.length === 0) throw new UsageError(`no MEANTIME intra-doc XML under ${flags.data}`);
  const parsed = files.map(parseMeantimeTimex);
  const docs = parsed.map(prepare).filter((d): d is Prepared => d !== null);
  const estimated = docs.filter((d) => d.dctSource === 'estimated').length;

  const systems = [dossier, chronoAlone];
  const spanRows: Cell[][] = [];
  const kindRows = new Map<string, Cell[]>();
  const errors: string[] = [];
  const speed: string[] = [];
  for (const system of systems) {
    const all = score(system, docs, new Set(['DATE', 'TIME', 'DURATION', 'SET']));
    const dates = score(system, docs, new Set(['DATE', 'TIME']));
    for (const [label, s] of [['DATE+TIME', dates], ['all TIMEX3', all]] as const) {
      const [p, r, f1] = prfRow(s);
      spanRows.push([
        system.name, label, fmt(p), fmt(r), fmt(f1),
        label === 'DATE+TIME' ? fmt(s.dateMatched ? s.dateCorrect / s.dateMatched : null) : '',
        label === 'DATE+TIME' ? fmt(s.dateCorrect / s.dateGold) : '',
        s.predicted, s.gold,
      ]);
    }
    for (const [k, v] of [...dates.byKind].sort((a, b) => b[1].gold - a[1].gold)) {
      const row = kindRows.get(k) ?? [k, v.gold];
      row.push(`${v.found} / ${v.correct}`);
      kindRows.set(k, row);
    }
    errors.push(...dates.errors);
    speed.push(`${system.name} ${fmt(docs.length / (dates.ms / 1000), 0)} docs/s`);
  }

  const out: string[] = [];
  out.push(
    `MEANTIME English, ${docs.length} of ${parsed.length} documents (intra-doc annotation; TIMEX3 in the title and first sentences; ` +
      `the dateline's own creation-time TIMEX left out; ${estimated} documents without an annotated DCT resolved against an estimated one)\n`,
  );
  out.push(
    markdownTable(
      ['system', 'gold', 'span P', 'span R', 'span F1', 'DATE value acc. (matched)', 'DATE value acc. (all gold)', 'predicted', 'gold spans'],
      spanRows,
    ),
  );
  out.push('\nBy kind of gold DATE expression (found / value correct):\n');
  out.push(markdownTable(['kind', 'gold', ...systems.map((s) => s.name)], [...kindRows.values()]));
  out.push('\nPublished date estimated from the text (`estimatePublishedDate`), against the annotated DCT:\n');
  out.push(markdownTable(['input', 'documents', 'estimated', 'exact day', 'within 7 days', 'mean confidence'], publishedDateRows(docs)));
  out.push(`\nspeed: ${speed.join(', ')}`);
  const report = out.join('\n');
  console.log(report);
  if (flags.errors) {
    writeFileSync(flags.errors, errors.join('\n') + '\n');
    console.log(`errors written to ${flags.errors}`);
  }
  if (flags['append-docs']) appendSection(flags['append-docs'], report);
}

const SECTION = '## Time expressions (MEANTIME)';
const NOTES = `Span match is any overlap; a value counts when it equals the gold TIMEX3 value exactly (case-blind, a trailing
Z dropped). Both systems get the same reference date (the document creation time). "chrono-node alone" is
\`chrono.casual\` with \`forwardDate: false\`, its certain components written as TIMEX3 (day, month or year); the Dossier
pipeline adds its own recognisers (weekdays by tense, relative periods and months, bare years and decades, quarters,
seasons, durations, PRESENT/PAST/FUTURE_REF, anaphoric "the day before", "the night of April 16 to 17") and refiners
(year by tense, since-ranges, anaphoric anchoring, clock times put on the day last named, early/mid/late/about
modifiers narrowing the range, longest span). Remaining misses are mostly vague or anaphoric gold ("the Joint Strike Fighter
program" = XXXX-XX-XX, "that time", "one point"), MEANTIME's own slips (a "Friday" valued as a Saturday, week numbers one
off ISO 8601), and expressions anchored to another event ("three days later"). The published-date rows use the same
documents: with the dateline, the dateline is found; without it, only a full date written in the body can help, and
MEANTIME bodies rarely have one: the estimate is usually null, and the few made carry low confidence (a reported
event date, not the publication day).`;

/** Writes this benchmark's section into the doc: in place of an earlier copy, else at the end. */
function appendSection(path: string, report: string): void {
  const doc = readFileSync(path, 'utf8');
  const body = `${SECTION}\n\n\`npm run bench:time -- --data ../shared/data/nlp/meantime\`\n\n${report}\n\n${NOTES}\n`;
  const at = doc.indexOf(SECTION);
  if (at >= 0) {
    const next = doc.indexOf('\n## ', at + SECTION.length);
    writeFileSync(path, doc.slice(0, at) + body + (next >= 0 ? doc.slice(next) : ''));
  } else {
    writeFileSync(path, doc.replace(/\s*$/, '\n\n') + body);
  }
  console.log(`section written to ${path}`);
}

try {
  main();
} catch (e) {
  if (e instanceof UsageError) {
    console.error(`usage: npm run bench:time -- --data <meantime folder> [--errors file] [--append-docs docs/benchmarks.md]\n${e.message}`);
    process.exit(2);
  }
  throw e;
}
