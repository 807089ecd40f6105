import { describe, it, expect } from 'vitest';
import { groupCorpus, StreamingGrouper } from '../../src/group/index.js';
import { averageLinkage } from '../../src/group/average-linkage.js';
import { NearDuplicateIndex } from '../../src/group/near-duplicates.js';
import { DEFAULT_GROUP_SETTINGS } from '../../src/group/settings.js';
import { inCorpusOrder } from '../../src/group/order.js';
import { a1, a2, a6, article, b1, b2, corpus } from './corpus.js';

describe('StreamingGrouper', () => {
  it('places each document as it arrives and ends where the batch wrapper ends', () => {
    const grouper = new StreamingGrouper();
    const assignments = inCorpusOrder(corpus).map((doc) => grouper.add(doc));
    expect(grouper.grouping()).toEqual(groupCorpus(corpus));
    const copy = assignments.find((a) => a.documentId === 'a2')!;
    const original = assignments.find((a) => a.documentId === 'a1')!;
    expect(copy.duplicate).toEqual({ documentId: 'a2', duplicateOf: 'a1', reason: 'exact-text' });
    expect(copy.segments[0]!.storyId).toBe(original.segments[0]!.storyId);
    expect(copy.segments[0]!.eventId).toBe(original.segments[0]!.eventId);
  });

  it('answers with a story and an event for every segment of a roundup', () => {
    const grouper = new StreamingGrouper();
    for (const doc of inCorpusOrder(corpus).filter((d) => d.id !== 'r1')) grouper.add(doc);
    const roundup = grouper.add(corpus.find((d) => d.id === 'r1')!);
    expect(roundup.segments.map((s) => s.segmentId)).toEqual(['r1:1', 'r1:2']);
    expect(roundup.segments[0]!.storyId).not.toBe(roundup.segments[1]!.storyId);
  });

  it('keeps the flood and the strike apart and puts the rebuilding weeks later in a second event of the flood story', () => {
    const grouper = new StreamingGrouper();
    for (const doc of [a1, a2, b1, b2, a6]) grouper.add(doc);
    const { stories } = grouper.grouping();
    const flood = stories.find((s) => s.documentIds.includes('a1'))!;
    expect(flood.documentIds).not.toContain('b1');
    expect(flood.events.map((e) => e.documentIds)).toEqual([['a1', 'a2'], ['a6']]);
  });
});

describe('averageLinkage', () => {
  const day = 24 * 60 * 60 * 1000;
  const close = (a: number, b: number) => (Math.floor(a / 2) === Math.floor(b / 2) ? 0.9 : 0.05);

  it('joins items whose mean similarity passes the threshold and no others', () => {
    const items = [0, 1, 2, 3].map(() => ({ time: null }));
    expect(averageLinkage(items, close, 0.5, 10 * day)).toEqual([[0, 1], [2, 3]]);
    expect(averageLinkage(items, () => 0.6, 0.5, 10 * day)).toEqual([[0, 1, 2, 3]]);
  });

  it('never joins coverage further apart in time than the gap, however similar', () => {
    const items = [{ time: 0 }, { time: 2 * day }, { time: 40 * day }];
    expect(averageLinkage(items, () => 0.9, 0.5, 10 * day)).toEqual([[0, 1], [2]]);
  });
});

describe('NearDuplicateIndex', () => {
  const paragraph = (n: number) =>
    `Paragraph ${n} of the council report sets out how the Brennock depot budget for year ${2020 + n} was spent on roofing, weighbridge repairs, staff overtime and the new kerbside rounds that replaced the Saturday opening hours.`;
  const long = Array.from({ length: 8 }, (_, i) => paragraph(i + 1));

  it('finds a trimmed copy of a long text, where only sampled shingles are indexed', () => {
    const index = new NearDuplicateIndex(DEFAULT_GROUP_SETTINGS);
    const original = article({ id: 'long', published: '2024-05-01T08:00:00Z', title: 'Depot spending', segments: [long] });
    const trimmed = article({ id: 'cut', published: '2024-05-01T09:00:00Z', title: 'Where the depot money went', segments: [long.slice(0, 5)] });
    expect(index.add(original)).toBeNull();
    expect(index.add(trimmed)).toEqual({ documentId: 'cut', duplicateOf: 'long', reason: 'contained: 1.00 of shorter text' });
  });

  it('does not link a text that only shares its topic words', () => {
    const index = new NearDuplicateIndex(DEFAULT_GROUP_SETTINGS);
    index.add(article({ id: 'long', published: '2024-05-01T08:00:00Z', title: 'Depot spending', segments: [long] }));
    const other = article({
      id: 'other',
      published: '2024-05-02T08:00:00Z',
      title: 'Depot closes',
      segments: [['The Brennock depot closed on Saturday after councillors voted to end weekend opening; staff will move to the kerbside rounds.']],
    });
    expect(index.add(other)).toBeNull();
  });
});

describe('segment headings', () => {
  it('reads a short unpunctuated opening line as a roundup section heading', async () => {
    const { segmentHeading } = await import('../../src/group/streaming.js');
    expect(segmentHeading('Docks at a standstill\n\nPort Hallam’s container terminal did not move a single box yesterday.')).toBe('Docks at a standstill');
    expect(segmentHeading('Port Hallam’s terminal did not move.\n\nDock workers walked out.')).toBeNull();
    expect(segmentHeading('Docks at a standstill')).toBeNull();
  });
});
