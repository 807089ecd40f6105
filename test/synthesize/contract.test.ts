// dossier/analysis@1 grows by adding fields: an export written before the synthesis fields still validates.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { Story } from '../../src/contract/analysis.js';

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

  it('still rejects a story missing a field of the first release', () => {
    const { summary: _summary, ...broken } = oldStory;
    expect(validate({ schema: 'dossier/analysis@1', documents: [], entities: [], quotes: [], stories: [broken] })).toBe(false);
  });
});
