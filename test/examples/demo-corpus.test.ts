// The demo corpus through the real binary, checked against its ground truth (examples/gold.json).
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { AnalysisRecord, DocumentRecord } from '../../src/contract/analysis.js';
import { repoRoot, runCli, tempDir } from '../cli/run-cli.js';

interface GoldDocument {
  story: string | null;
  event: string | null;
  publisher: string;
  published: string;
  duplicateOf: string | null;
  format?: string;
}
const gold = JSON.parse(fs.readFileSync(path.join(repoRoot, 'examples', 'gold.json'), 'utf8')) as {
  documents: Record<string, GoldDocument>;
};

/** B-cubed F1 of predicted clusters against gold clusters over the same items. */
function bcubedF1(items: Map<string, { gold: string; predicted: string }>): number {
  let precision = 0;
  let recall = 0;
  for (const { gold: g, predicted: p } of items.values()) {
    const samePredicted = [...items.values()].filter((o) => o.predicted === p);
    const sameGold = [...items.values()].filter((o) => o.gold === g);
    const both = samePredicted.filter((o) => o.gold === g).length;
    precision += both / samePredicted.length;
    recall += both / sameGold.length;
  }
  precision /= items.size;
  recall /= items.size;
  return (2 * precision * recall) / (precision + recall);
}

describe('demo corpus (examples/corpus) against examples/gold.json', () => {
  let analysis: AnalysisRecord;
  let byKey: Map<string, DocumentRecord>;
  let ingestCode: number;

  beforeAll(() => {
    const db = path.join(tempDir('dossier-demo-'), 'demo.db');
    ingestCode = runCli(['ingest', '--db', db, 'examples/corpus']).code;
    runCli(['analyze', '--db', db]);
    analysis = JSON.parse(runCli(['export', '--db', db]).stdout) as AnalysisRecord;
    byKey = new Map(analysis.documents.map((d) => [d.key, d]));
  });

  it('ingests every article under the keys the gold expects, with no failures', () => {
    expect(ingestCode).toBe(0);
    expect([...byKey.keys()].sort()).toEqual(Object.keys(gold.documents).sort());
  });

  it('finds exactly the wire copies of the gold', () => {
    const idToKey = new Map(analysis.documents.map((d) => [d.id, d.key]));
    const found = Object.fromEntries(
      analysis.documents.filter((d) => d.duplicateOf).map((d) => [d.key, idToKey.get(d.duplicateOf as string)]),
    );
    const expected = Object.fromEntries(
      Object.entries(gold.documents).filter(([, g]) => g.duplicateOf).map(([k, g]) => [k, g.duplicateOf]),
    );
    expect(found).toEqual(expected);
  });

  it('decodes the Latin-1 and the undeclared Windows-1251 pages', () => {
    const latin = [...byKey.values()].find((d) => d.key.endsWith('latin1.html'));
    expect(latin?.text).toContain('José Ibáñez');
    const russian = [...byKey.values()].find((d) => d.key.endsWith('cp1251.html'));
    expect(russian?.language).toBe('ru');
    expect(russian?.text).toMatch(/Кеттлер/);
  });

  it('keeps the metadata that feeds, records and front matter declare', () => {
    for (const [key, g] of Object.entries(gold.documents)) {
      const doc = byKey.get(key);
      if (!doc || !['jsonl', 'json', 'rss', 'atom', 'jsonfeed', 'markdown'].includes(doc.format)) continue;
      expect(doc.publisher, key).toBe(g.publisher);
      expect(doc.published?.slice(0, 10), key).toBe(g.published);
    }
  });

  it('splits the newsletter into its topic sections', () => {
    const newsletter = [...byKey.values()].find((d) => d.key.includes('newsletter'));
    expect(newsletter?.segments.length).toBeGreaterThanOrEqual(3);
  });

  it('groups articles into stories close to the gold, and cites only real documents', () => {
    const items = new Map<string, { gold: string; predicted: string }>();
    for (const [key, g] of Object.entries(gold.documents)) {
      const storyId = byKey.get(key)?.segments[0]?.storyId;
      if (g.story && storyId) items.set(key, { gold: g.story, predicted: storyId });
    }
    expect(items.size).toBeGreaterThan(35);
    // Naive grouping for now (the grouping issue raises this): a regression guard, not a target.
    expect(bcubedF1(items)).toBeGreaterThan(0.8);

    const ids = new Set(analysis.documents.map((d) => d.id));
    for (const story of analysis.stories) {
      for (const sentence of story.summary) {
        expect(sentence.citations.length).toBeGreaterThan(0);
        for (const c of sentence.citations) expect(ids.has(c)).toBe(true);
      }
    }
  });
});
