import { describe, it, expect } from 'vitest';
import { StreamingGrouper } from '../../src/group/index.js';
import { Vocabulary } from '../../src/group/vectors.js';
import { a1, a2, a3, a4, a5, a6, a7, b1, b2, r1 } from './corpus.js';

// The flood (March 4-5), the strike (March 6-7), then the flood's rebuilding three weeks later (March 27-28).
const stream = [a1, a2, a3, a4, a5, r1, b1, b2, a6, a7];

describe('StreamingGrouper with a live window', () => {
  it('retires old segments and finds the quiet story again through its summary, with ids unchanged', () => {
    const grouper = new StreamingGrouper({ liveWindowDays: 10 });
    const first = stream.slice(0, 8).map((doc) => grouper.add(doc));
    const floodStory = first[0]!.segments[0]!.storyId;
    const rebuilding = grouper.add(a6);
    // By March 27 nothing of March 4-7 is live: both stories went quiet before a6 arrived.
    expect(grouper.stats().liveSegments).toBe(1);
    expect(grouper.stats().dormantStories).toBe(1);
    expect(rebuilding.segments[0]!.storyId).toBe(floodStory);
    grouper.add(a7);
    const { stories } = grouper.grouping();
    const flood = stories.find((s) => s.id === floodStory)!;
    expect(flood.documentIds).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'r1', 'a6', 'a7']);
    // Retired segments keep their events: the flood itself and the rebuilding stay two events.
    expect(flood.events.map((e) => e.documentIds)).toEqual([['a1', 'a2', 'a3', 'a4', 'a5', 'r1'], ['a6', 'a7']]);
    expect(flood.events[0]!.id).toBe(first[0]!.segments[0]!.eventId);
    const strike = stories.find((s) => s.documentIds.includes('b1'))!;
    expect(strike.documentIds).toEqual(['r1', 'b1', 'b2']);
  });

  it('forgets a story that stayed quiet for longer than dormantStoryDays', () => {
    const grouper = new StreamingGrouper({ liveWindowDays: 10, dormantStoryDays: 15 });
    const first = stream.slice(0, 8).map((doc) => grouper.add(doc));
    const rebuilding = grouper.add(a6);
    expect(grouper.stats().dormantStories).toBe(0);
    expect(rebuilding.segments[0]!.storyId).not.toBe(first[0]!.segments[0]!.storyId);
    // The forgotten story is still reported, with every document it had.
    const flood = grouper.grouping().stories.find((s) => s.id === first[0]!.segments[0]!.storyId)!;
    expect(flood.documentIds).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'r1']);
    expect(flood.title).toBe(a1.title);
  });

  it('hands over a forgotten story once, as grouping() reported it, and keeps no records of its segments', () => {
    const grouper = new StreamingGrouper({ liveWindowDays: 10, dormantStoryDays: 15 });
    for (const doc of stream.slice(0, 8)) grouper.add(doc);
    grouper.add(a6);
    const reported = grouper.grouping();
    const finished = grouper.takeFinished();
    // Both March stories went quiet on March 7 and were forgotten by March 27.
    expect(finished.map((s) => s.documentIds)).toEqual([['a1', 'a2', 'a3', 'a4', 'a5', 'r1'], ['r1', 'b1', 'b2']]);
    expect(finished).toEqual(reported.stories.filter((s) => !s.documentIds.includes('a6')));
    expect(grouper.takeFinished()).toEqual([]);
    expect(grouper.grouping().stories.map((s) => s.documentIds)).toEqual([['a6']]);
    expect(grouper.stats()).toMatchObject({ segments: 10, heldSegments: 1 });
  });

  it('keeps at most maxLiveSegments segments live in an undated stream, and forgets the terms only they carried', () => {
    const undated = stream.map((doc) => ({ ...doc, published: null }));
    const capped = new StreamingGrouper({ maxLiveSegments: 3 });
    const unbounded = new StreamingGrouper();
    for (const doc of undated) {
      capped.add(doc);
      unbounded.add(doc);
      expect(capped.stats().liveSegments).toBeLessThanOrEqual(3);
    }
    expect(unbounded.stats().liveSegments).toBe(unbounded.stats().segments - 3);
    expect(capped.stats().vocabulary).toBeLessThan(unbounded.stats().vocabulary);
    // Every segment is still assigned.
    const segments = capped.grouping().stories.flatMap((s) => s.segmentIds);
    expect(segments).toHaveLength(undated.reduce((n, d) => n + d.segments.length, 0));
  });

  it('does not count a copy as a live segment', () => {
    const grouper = new StreamingGrouper();
    grouper.add(a1);
    grouper.add(a2);
    expect(grouper.stats()).toMatchObject({ segments: 2, liveSegments: 1 });
  });
});

describe('Vocabulary', () => {
  it('forgets a term once nothing refers to it, and keeps counting documents for IDF', () => {
    const vocabulary = new Vocabulary();
    const harbour = vocabulary.id('harbour');
    const crane = vocabulary.id('crane');
    vocabulary.observe([harbour, crane]);
    vocabulary.observe([harbour]);
    vocabulary.pin(crane);
    const rareIdf = vocabulary.idf(crane);
    expect(rareIdf).toBeGreaterThan(vocabulary.idf(harbour));
    vocabulary.forget([harbour, crane]);
    vocabulary.forget([harbour]);
    // "harbour" is carried by no live segment; "crane" is still pinned (by a story summary, say).
    expect(vocabulary.size).toBe(1);
    expect(vocabulary.id('crane')).toBe(crane);
    expect(vocabulary.idf(crane)).toBe(rareIdf);
    // A forgotten term comes back under a new id, counted afresh.
    expect(vocabulary.id('harbour')).not.toBe(harbour);
    expect(vocabulary.count).toBe(2);
  });
});
