// Entity recognition on MEANTIME: Dossier's findMentions beside compromise, span F1 per type, in one run.
// Usage: npm run bench:nlp -- --data ../shared/data/nlp/meantime [--errors errors.txt]
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { globSync } from 'tinyglobby';
import { MENTION_RULES } from '../../src/language/mention-rules/index.js';
import { findMentions } from '../../src/language/mentions.js';
import { UsageError, parseFlags } from '../lib/args.js';
import { isMain } from './is-main.js';
import { bareNameExtent } from './name-extent.js';
import { fmt, markdownTable } from '../lib/table.js';
import { GOLD_TYPES, parseMeantime, type GoldType, type MeantimeDocument } from './meantime.js';
import { charsToTokens, emptyCounts, normaliseSpan, overlapF1, prf, scoreDocument, type Counts, type TokenSpan } from './span-score.js';

/** A system's typed character spans over a document's text. */
interface CharSpan {
  start: number;
  end: number;
  type: GoldType;
}

interface System {
  name: string;
  run(text: string): CharSpan[];
}

// How each system's types map onto MEANTIME's: PER = person, ORG = organisation, LOC = place (countries, cities,
// regions, and demonyms used as modifiers, which MEANTIME marks as PRE.NAM locations).
const DOSSIER_TYPES: Record<string, GoldType | undefined> = { person: 'PER', organization: 'ORG', place: 'LOC' };

function dossierWith(name: string, rules: typeof MENTION_RULES): System {
  return {
    name,
    run: (text) =>
      findMentions(text, rules).flatMap((m) => {
        const type = DOSSIER_TYPES[m.type];
        return type ? [{ start: m.start, end: m.end, type }] : [];
      }),
  };
}

const dossier = dossierWith('dossier', MENTION_RULES);
// Ablation: how much of the score the list of well-known organisations carries (MEANTIME's topics are Apple, Airbus,
// GM and the stock market, and the list names big companies). The list still guards role splitting.
const dossierNoOrgList = dossierWith(
  'dossier − org list',
  MENTION_RULES.filter((r) => r.name !== 'organization-gazetteer'),
);

interface CompromiseTerm {
  offset: { start: number; length: number };
}

const compromise: System = {
  name: 'compromise',
  run: (text) => {
    const doc = nlp(text);
    const spans = (view: { json(o: object): CompromiseTerm[] }, type: GoldType) =>
      view.json({ offset: true }).map((t) => ({ start: t.offset.start, end: t.offset.start + t.offset.length, type }));
    return [...spans(doc.people(), 'PER'), ...spans(doc.organizations(), 'ORG'), ...spans(doc.places(), 'LOC')];
  },
};

// Gold: named mentions only (NAM, and PRE.NAM names used as modifiers); nominal and pronoun mentions are not NER targets.
const NAMED = new Set(['NAM', 'PRE.NAM']);

interface GoldSets {
  /** Named mentions, each with the other extents MEANTIME gives it. */
  gold: TokenSpan[];
  /** Typed mentions that are not names ("Russian" in "Russian markets" as a nominal, unset types): set aside. */
  neutral: TokenSpan[];
}

function goldSpans(doc: MeantimeDocument): GoldSets {
  const typed = doc.mentions.flatMap((m) => {
    const span = m.type ? normaliseSpan(doc.tokens, m.first, m.last) : null;
    return span && m.type ? [{ first: span[0], last: span[1], type: m.type, named: NAMED.has(m.syntactic), entity: m.entity }] : [];
  });
  const key = (s: { first: number; last: number }) => `${s.first}:${s.last}`;
  const namedKeys = new Set(typed.filter((m) => m.named).map(key));
  const gold = typed
    .filter((m) => m.named)
    .map((m) => {
      // The same entity marked again inside the name mention, on a span that is not itself a scored name.
      const inner = typed.filter(
        (x) => x.entity !== null && x.entity === m.entity && x.first >= m.first && x.last <= m.last && key(x) !== key(m) && !namedKeys.has(key(x)),
      );
      const alternatives = inner.map((x) => [x.first, x.last] as const);
      // A person's bare name without the title or apposition MEANTIME includes ("President Vladimir Putin").
      const name = m.type === 'PER' ? bareNameExtent(doc.tokens, m.first, m.last) : null;
      if (name && !namedKeys.has(key({ first: name[0], last: name[1] }))) alternatives.push(name);
      return { first: m.first, last: m.last, type: m.type, alternatives };
    });
  const neutral = typed.filter((m) => !m.named).map(({ first, last, type }) => ({ first, last, type }));
  return { gold, neutral };
}

/** System spans as normalised token spans inside the annotated sentences. */
function predictedSpans(doc: MeantimeDocument, spans: CharSpan[]): TokenSpan[] {
  return spans.flatMap((s) => {
    const tokens = charsToTokens(doc.tokens, s.start, s.end);
    const span = tokens && normaliseSpan(doc.tokens, tokens[0], tokens[1]);
    if (!span || doc.tokens[span[0]]!.sentence > doc.annotatedThrough) return [];
    return [{ first: span[0], last: span[1], type: s.type }];
  });
}

function spanText(doc: MeantimeDocument, s: TokenSpan): string {
  return doc.text.slice(doc.tokens[s.first]!.start, doc.tokens[s.last - 1]!.end);
}

/** Exact-span scores of one system on one type. */
export interface EntityScore {
  system: string;
  type: GoldType;
  p: number;
  r: number;
  f1: number;
  overlapF1: number;
  /** F1 on MEANTIME's name extents alone: no alternative extent, nothing set aside. */
  strictF1: number;
  predicted: number;
  setAside: number;
  gold: number;
}

export interface EntityRun {
  documents: number;
  scores: EntityScore[];
  speed: string[];
  errors: string[];
}

/** Dossier, its ablation and compromise over the MEANTIME intra-doc XML under `data`, in one pass each. */
export function scoreMeantime(data: string, withErrors = false): EntityRun {
  const files = globSync('**/intra-doc_annotation/**/*.xml', { cwd: data, absolute: true }).sort();
  if (files.length === 0) throw new UsageError(`no MEANTIME intra-doc XML under ${data}`);
  const docs = files.map(parseMeantime);
  const systems = [dossier, dossierNoOrgList, compromise];
  const scores: EntityScore[] = [];
  const speed: string[] = [];
  // Errors are listed for the full Dossier and compromise only.
  const errors: string[] = [];
  for (const system of systems) {
    const counts = new Map<GoldType, Counts>(GOLD_TYPES.map((t) => [t, emptyCounts()]));
    let elapsed = 0;
    // One untimed pass over a few documents so the first system does not pay the JIT warm-up alone.
    for (const doc of docs.slice(0, 5)) system.run(doc.text);
    for (const doc of docs) {
      const t0 = performance.now();
      const spans = system.run(doc.text);
      elapsed += performance.now() - t0;
      const predicted = predictedSpans(doc, spans);
      const { gold, neutral } = goldSpans(doc);
      for (const type of GOLD_TYPES) scoreDocument(predicted, gold, type, counts.get(type)!, neutral);
      if (withErrors && system !== dossierNoOrgList) errors.push(...listErrors(system.name, doc, predicted, gold, neutral));
    }
    for (const type of GOLD_TYPES) {
      const c = counts.get(type)!;
      const exact = prf(c.exact, c.predicted, c.gold);
      const strict = prf(c.strictExact, c.strictPredicted, c.gold);
      scores.push({
        system: system.name,
        type,
        p: exact.p,
        r: exact.r,
        f1: exact.f1,
        overlapF1: overlapF1(c),
        strictF1: strict.f1,
        predicted: c.predicted,
        setAside: c.setAside,
        gold: c.gold,
      });
    }
    speed.push(`${system.name} ${fmt(docs.length / (elapsed / 1000), 1)} docs/s`);
  }
  return { documents: docs.length, scores, speed, errors };
}

function main(): void {
  const flags = parseFlags(process.argv.slice(2), { data: { type: 'string' }, errors: { type: 'string' } });
  if (!flags.data) throw new UsageError('--data <meantime folder> is required');
  const { documents, scores, speed, errors } = scoreMeantime(flags.data, Boolean(flags.errors));
  const rows = scores.map((x) => [x.system, x.type, fmt(x.p), fmt(x.r), fmt(x.f1), fmt(x.strictF1), fmt(x.overlapF1), x.predicted, x.setAside, x.gold]);
  console.log(`MEANTIME English, ${documents} documents (intra-doc annotation; named PER/ORG/LOC mentions in the annotated sentences)\n`);
  console.log(markdownTable(['system', 'type', 'P', 'R', 'F1 (exact)', 'F1 (name extents only)', 'F1 (overlap)', 'predicted', 'set aside', 'gold'], rows));
  console.log(`\nspeed: ${speed.join(', ')}`);
  if (flags.errors) {
    writeFileSync(flags.errors, errors.join('\n') + '\n');
    console.log(`errors written to ${flags.errors}`);
  }
}

/** Misses and false alarms of one system on one document, for reading (set-aside predictions are not listed). */
function listErrors(system: string, doc: MeantimeDocument, predicted: TokenSpan[], gold: TokenSpan[], neutral: TokenSpan[]): string[] {
  const k = (s: { first: number; last: number; type: GoldType }) => `${s.type}:${s.first}:${s.last}`;
  const extents = (g: TokenSpan) => [k(g), ...(g.alternatives ?? []).map(([first, last]) => k({ first, last, type: g.type }))];
  const goldKeys = new Set(gold.flatMap(extents));
  const neutralKeys = new Set(neutral.map(k));
  const predKeys = new Set(predicted.map(k));
  const name = doc.file.split(/[\\/]/).pop()!;
  const out: string[] = [];
  for (const s of new Map(predicted.map((x) => [k(x), x])).values())
    if (!goldKeys.has(k(s)) && !neutralKeys.has(k(s))) out.push(`${system}\tFP\t${s.type}\t${spanText(doc, s)}\t${name}`);
  for (const s of new Map(gold.map((x) => [k(x), x])).values())
    if (!extents(s).some((e) => predKeys.has(e))) out.push(`${system}\tFN\t${s.type}\t${spanText(doc, s)}\t${name}`);
  return out;
}

// Run as a script (npm run bench:nlp), not when bench:language imports scoreMeantime.
if (isMain(import.meta.url)) {
  try {
    main();
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`bench:nlp: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
}


