// dossier/analysis@1 grows by adding fields: an export written before the synthesis fields still validates.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { analysisJsonSchema, Document, Story } from '../../src/contract/analysis.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'docs', 'analysis.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const oldStory = {
  id: 's_1', title: 'Harbor strike', documents: ['d_a'],
  events: [{ id: 'e_1', title: 'Walkout', date: '2026-06-09', documents: ['d_a'] }],
  summary: [{ text: 'Dock workers walked out on Tuesday.', citations: ['d_a'] }],
  timeline: [{ date: '2026-06-09', text: 'Walkout', citations: ['d_a'] }],
  quotes: [], entities: [],
  conflicts: [{ topic: 'workers', statements: [{ text: 'About 4,000 walked out.', documentId: 'd_a' }] }],
  borrowing: [],
};

describe('the analysis contract', () => {
  it('is what docs/analysis.schema.json publishes (regenerate it with `npm run build && node scripts/write-schema.js`)', () => {
    expect(JSON.parse(JSON.stringify(analysisJsonSchema()))).toEqual(schema);
  });

  it('accepts an export written before the synthesis fields existed', () => {
    const ok = validate({ schema: 'dossier/analysis@1', documents: [], entities: [], quotes: [], stories: [oldStory] });
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('reads an old story with the documented defaults', () => {
    const story = Story.parse(oldStory);
    expect(story.summary[0]).toEqual({ ...oldStory.summary[0], eventId: null, origin: null, lead: false });
    expect(story.timeline[0]).toMatchObject({ end: null, precision: 'day', approximate: false, label: '' });
    expect(story.conflicts[0]).toMatchObject({ kind: 'figure', between: 'outlets', compatible: false, note: '' });
    expect(story).toMatchObject({ speakers: [], borrowingGraph: { outlets: [], edges: [] }, sourceMatrix: { outlets: [], facts: [] }, abstract: null });
  });

  it('accepts a document exported before `modified` existed, and reads it as null', () => {
    const oldDocument = {
      id: 'd_a', key: 'ledger/pier.html', source: 'ledger/pier.html', format: 'html', title: 'Pier reopens', publisher: 'Harbor Ledger',
      authors: [], published: '2026-06-09', publishedConfidence: 1, language: 'en', url: null, text: 'The pier reopened.',
      removed: [], segments: [], duplicateOf: null, borrowedFrom: [],
    };
    expect(validate({ schema: 'dossier/analysis@1', documents: [oldDocument], entities: [], quotes: [], stories: [] })).toBe(true);
    expect(Document.parse(oldDocument).modified).toBeNull();
    expect(validate({ schema: 'dossier/analysis@1', documents: [{ ...oldDocument, modified: 7 }], entities: [], quotes: [], stories: [] })).toBe(false);
  });

  it('still rejects a story missing a field of the first release', () => {
    const { summary: _summary, ...broken } = oldStory;
    expect(validate({ schema: 'dossier/analysis@1', documents: [], entities: [], quotes: [], stories: [broken] })).toBe(false);
  });
});
