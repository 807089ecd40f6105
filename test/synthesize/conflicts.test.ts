import { describe, it, expect } from 'vitest';
import type { EventGroup } from '../../src/core/records.js';
import { findConflicts, findFigures, singular } from '../../src/synthesize/conflicts.js';
import { article } from '../group/corpus.js';

describe('findFigures', () => {
  const figures = (sentence: string) => findFigures(sentence).map((f) => [f.key, f.topic, f.value]);

  it('reads counts with thousands separators, scales and spelled numbers', () => {
    expect(figures('About 1,200 residents and twelve people were moved.')).toEqual([
      ['resident', 'residents', 1200],
      ['person', 'people', 12],
    ]);
    expect(figures('The storm cut power to 3.5 million homes.')).toEqual([['home', 'homes', 3_500_000]]);
  });

  it('looks past modifiers to the counted noun', () => {
    expect(figures('Crews rescued 40 stranded Eastside families overnight.')).toEqual([['family', 'families', 40]]);
  });

  it('names money by what it is for', () => {
    expect(figures('The region pledged $4.5 billion in aid.')).toEqual([['$:aid', 'aid', 4_500_000_000]]);
    expect(figures('He announced a $45 million reconstruction fund.')).toEqual([
      ['$:reconstruction fund', 'reconstruction fund', 45_000_000],
    ]);
  });

  it('ignores years, durations and numbers with no counted noun', () => {
    expect(figures('In 2011 the river rose for three days and 24 hours later it fell by 2.')).toEqual([]);
  });
});

describe('singular', () => {
  it('roughly lemmatises plural nouns and rejects words that are not plural', () => {
    expect(['residents', 'families', 'buses', 'people', 'status', 'water'].map(singular)).toEqual([
      'resident', 'family', 'bus', 'person', null, null,
    ]);
  });
});

describe('findConflicts', () => {
  const doc = (id: string, published: string, text: string) => article({ id, published, title: null, segments: [[text]] });
  const event = (ids: string[]): EventGroup => ({ id: 'e', title: 't', date: null, segmentIds: [], documentIds: ids });

  it('does not count a second figure in the same article as a conflict', () => {
    const d1 = doc('d1', '2024-06-01T00:00:00Z', 'Officials said 1,200 residents were evacuated. By evening 300 residents had returned.');
    const d2 = doc('d2', '2024-06-01T06:00:00Z', 'About 1,200 residents left their homes.');
    const docs = new Map([d1, d2].map((d) => [d.id, d]));
    expect(findConflicts([event(['d1', 'd2'])], docs, new Set())).toEqual([]);
  });

  it('reports a later figure for the same quantity as a change between days', () => {
    const d1 = doc('d1', '2024-06-01T00:00:00Z', 'At least 12 people died in the collapse.');
    const d2 = doc('d2', '2024-06-20T00:00:00Z', 'The death toll rose to 15 people.');
    const d3 = doc('d3', '2024-06-21T00:00:00Z', 'Officials put the death toll at 17 people.');
    const docs = new Map([d1, d2, d3].map((d) => [d.id, d]));
    const conflicts = findConflicts([event(['d1']), event(['d2', 'd3'])], docs, new Set());
    expect(conflicts.map((c) => [c.topic, c.between, c.compatible, c.statements.map((s) => s.documentId)])).toEqual([
      ['people', 'days', false, ['d2', 'd3']],
    ]);
  });
});
