// Entity-alias benchmark: the demo corpus through the whole pipeline in memory, exported entities scored against
// examples/gold.json `entities`.
// Usage: npm run bench:aliases -- [--gold examples/gold.json] [--corpus examples/corpus] [--errors]
// A surface form is a gold name or alias, compared case-blind with apostrophes and spaces unified. Pairs are pairs of
// distinct surface forms: "should" when one gold entity lists both, "are" when one predicted entity holds both.
// --errors lists every missed or wrong pair, type error and form never found.
import { readFileSync } from 'node:fs';
import { ingestInputs } from '../../src/pipeline/ingest.js';
import { analyzeStore } from '../../src/pipeline/analyze.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { UsageError, parseFlags } from '../lib/args.js';
import { fmt, markdownTable } from '../lib/table.js';
import { isMain } from '../nlp/is-main.js';

export interface GoldEntity {
  name: string;
  type: string;
  aliases: string[];
}
export interface Predicted {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  documents: string[];
}

function readFlags() {
  try {
    return parseFlags(process.argv.slice(2), {
      gold: { type: 'string', default: 'examples/gold.json' },
      corpus: { type: 'string', default: 'examples/corpus' },
      errors: { type: 'boolean' },
    });
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

/** Comparison key of a surface form. */
export const formKey = (text: string) =>
  text.normalize('NFC').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export type DemoExport = Awaited<ReturnType<SqliteStore['exportAnalysis']>>;

/** The demo corpus through ingest and analyze in an in-memory store, exported as `dossier analyze --json` would. */
export async function demoExport(corpus: string): Promise<DemoExport> {
  const store = await SqliteStore.open(':memory:');
  try {
    await ingestInputs(store, [corpus]);
    await analyzeStore(store);
    return await store.exportAnalysis();
  } finally {
    await (store as unknown as { close?: () => Promise<void> | void }).close?.();
  }
}

export interface Score {
  goldForms: number;
  foundForms: number;
  precision: number;
  recall: number;
  f1: number;
  strictRecall: number;
  split: string[];
  wrongPeople: string[];
  typeRight: number;
  typeTotal: number;
  errors: string[];
}

export function score(gold: GoldEntity[], predicted: Predicted[]): Score {
  // Which predicted entities hold each surface form.
  const holders = new Map<string, Predicted[]>();
  for (const p of predicted) {
    for (const form of new Set([p.name, ...p.aliases].map(formKey))) {
      holders.set(form, [...(holders.get(form) ?? []), p]);
    }
  }
  const goldForms = gold.map((g) => [...new Set([g.name, ...g.aliases].map(formKey))]);
  const errors: string[] = [];

  // Each gold entity's home: the predicted entity holding most of its forms (then the one in most documents).
  const home = gold.map((_, i) => {
    const count = new Map<Predicted, number>();
    for (const form of goldForms[i]!) for (const p of holders.get(form) ?? []) count.set(p, (count.get(p) ?? 0) + 1);
    return [...count.entries()].sort(([pa, a], [pb, b]) => b - a || pb.documents.length - pa.documents.length)[0]?.[0] ?? null;
  });
  // A form's predicted entity: its gold entity's home when that holds it, else the holder in most documents.
  const assigned = new Map<string, Predicted>();
  gold.forEach((g, i) => {
    for (const form of goldForms[i]!) {
      const list = holders.get(form);
      if (!list) continue;
      const at = list.includes(home[i]!) ? home[i]! : [...list].sort((a, b) => b.documents.length - a.documents.length)[0]!;
      assigned.set(form, at);
    }
  });

  const shouldPairs = new Set<string>();
  gold.forEach((_, i) => {
    const forms = goldForms[i]!;
    for (let a = 0; a < forms.length; a++) for (let b = a + 1; b < forms.length; b++) shouldPairs.add(pairKey(forms[a]!, forms[b]!));
  });
  const found = [...assigned.keys()];
  const arePairs = new Set<string>();
  for (let a = 0; a < found.length; a++) {
    for (let b = a + 1; b < found.length; b++) {
      if (assigned.get(found[a]!) === assigned.get(found[b]!)) arePairs.add(pairKey(found[a]!, found[b]!));
    }
  }
  const foundSet = new Set(found);
  const shouldFound = [...shouldPairs].filter((k) => k.split('\u0000').every((f) => foundSet.has(f)));
  const hits = shouldFound.filter((k) => arePairs.has(k)).length;
  const precision = arePairs.size > 0 ? hits / arePairs.size : NaN;
  const recall = shouldFound.length > 0 ? hits / shouldFound.length : NaN;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : NaN;
  const strictRecall = shouldPairs.size > 0 ? hits / shouldPairs.size : NaN;
  for (const k of shouldFound) if (!arePairs.has(k)) errors.push(`missed pair: ${k.replace('\u0000', ' = ')}`);
  for (const k of arePairs) if (!shouldPairs.has(k)) errors.push(`wrong pair: ${k.replace('\u0000', ' = ')}`);

  // Split: a gold entity whose found forms sit in more than one predicted entity.
  const split: string[] = [];
  gold.forEach((g, i) => {
    const entities = new Set(goldForms[i]!.flatMap((f) => holders.get(f) ?? []));
    if (entities.size > 1) split.push(`${g.name} (${[...entities].map((p) => p.name).join(' / ')})`);
  });
  // Wrongly merged people: one predicted entity holding forms of two gold people.
  const wrongPeople: string[] = [];
  const peopleByEntity = new Map<Predicted, string[]>();
  gold.forEach((g, i) => {
    if (g.type !== 'person') return;
    for (const p of new Set(goldForms[i]!.flatMap((f) => holders.get(f) ?? []))) {
      peopleByEntity.set(p, [...(peopleByEntity.get(p) ?? []), g.name]);
    }
  });
  for (const [p, names] of peopleByEntity) if (names.length > 1) wrongPeople.push(`${p.name}: ${names.join(' + ')}`);

  let typeRight = 0;
  let typeTotal = 0;
  gold.forEach((g, i) => {
    const h = home[i];
    if (!h) {
      errors.push(`not found: ${g.name}`);
      return;
    }
    typeTotal++;
    if (h.type === g.type) typeRight++;
    else errors.push(`type: ${g.name} is ${g.type}, predicted ${h.type}`);
  });
  for (const [i, g] of gold.entries()) {
    for (const form of goldForms[i]!) if (!holders.has(form)) errors.push(`form not found: ${form} (${g.name})`);
  }
  return {
    goldForms: new Set(goldForms.flat()).size,
    foundForms: found.length,
    precision,
    recall,
    f1,
    strictRecall,
    split,
    wrongPeople,
    typeRight,
    typeTotal,
    errors,
  };
}

function report(s: Score, goldCount: number, predictedCount: number): string {
  return markdownTable(
    ['gold entities', 'predicted entities', 'forms found', 'pair P', 'pair R', 'pair F1', 'pair R (all forms)', 'split', 'people merged wrongly', 'type accuracy'],
    [[
      goldCount,
      predictedCount,
      `${s.foundForms}/${s.goldForms}`,
      fmt(s.precision),
      fmt(s.recall),
      fmt(s.f1),
      fmt(s.strictRecall),
      s.split.length,
      s.wrongPeople.length,
      `${fmt(s.typeTotal > 0 ? s.typeRight / s.typeTotal : NaN)} (${s.typeRight}/${s.typeTotal})`,
    ]],
  );
}

// Run as a script (npm run bench:aliases), not when bench:language imports score and demoExport.
if (isMain(import.meta.url)) {
  const flags = readFlags();
  const gold = (JSON.parse(readFileSync(flags.gold, 'utf8')) as { entities: GoldEntity[] }).entities;
  const predicted = (await demoExport(flags.corpus)).entities;
  const result = score(gold, predicted);
  const table = report(result, gold.length, predicted.length);
  console.log(table);
  console.log(`\nsplit: ${result.split.join('; ') || 'none'}`);
  console.log(`people merged wrongly: ${result.wrongPeople.join('; ') || 'none'}`);
  if (flags.errors) console.log('\n' + result.errors.join('\n'));
}
