import { createHash } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import type { Grouping } from '../../src/core/records.js';
import { groupCorpus } from '../../src/group/index.js';
import { clusterStories } from '../../src/group/stories.js';
import { DEFAULT_GROUP_SETTINGS } from '../../src/group/settings.js';
import { a1, a6, a7, b1, b2, c1, corpus, flood } from './corpus.js';

const hash10 = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 10);
const storyWith = (grouping: Grouping, documentId: string) => grouping.stories.find((s) => s.documentIds.includes(documentId))!;

describe('groupCorpus stories', () => {
  const grouping = groupCorpus(corpus);

  it('finds the flood story and the strike story', () => {
    expect(grouping.stories).toHaveLength(2);
    const floodStory = storyWith(grouping, 'a1');
    const strikeStory = storyWith(grouping, 'b1');
    expect(floodStory.documentIds).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'r1', 'a6', 'a7']);
    expect(strikeStory.documentIds).toEqual(['b1', 'r1', 'b2']);
  });

  it('splits a roundup page by segment into the stories its segments belong to', () => {
    expect(storyWith(grouping, 'a1').segmentIds).toContain('r1:1');
    expect(storyWith(grouping, 'a1').segmentIds).not.toContain('r1:2');
    expect(storyWith(grouping, 'b1').segmentIds).toEqual(['b1:1', 'r1:2', 'b2:1']);
  });

  it('names a story after its founding segment', () => {
    expect(storyWith(grouping, 'a1').id).toBe(`s_${hash10('a1:1')}`);
    expect(storyWith(grouping, 'b1').id).toBe(`s_${hash10('b1:1')}`);
  });

  it('titles a story with the headline of one of its articles, never the roundup page', () => {
    const titles = flood.map((doc) => doc.title);
    expect(titles).toContain(storyWith(grouping, 'a1').title);
    expect(storyWith(grouping, 'b1').title).not.toBe('Morning Briefing');
  });

  it('gives the same result for any input order and on a second run', () => {
    expect(groupCorpus([...corpus].reverse())).toEqual(grouping);
    expect(groupCorpus(corpus)).toEqual(grouping);
  });

  it('keeps story and event ids when later articles are added', () => {
    const before = groupCorpus(corpus.filter((doc) => doc !== a6 && doc !== a7));
    const after = groupCorpus([...corpus, c1]);
    for (const story of before.stories) {
      const same = after.stories.find((s) => s.id === story.id);
      expect(same).toBeDefined();
      expect(same!.events[0]!.id).toBe(story.events[0]!.id);
      expect(same!.documentIds).toEqual(expect.arrayContaining(story.documentIds));
    }
    expect(after.stories).toHaveLength(3);
    expect(storyWith(after, 'c1').id).toBe(`s_${hash10('c1:1')}`);
  });

  it('puts a copy in its original story even when its own words would not get it there', () => {
    // Pretend the strike report is a copy of the flood report: it must follow its "original".
    const stories = clusterStories([a1, b1, b2], [{ documentId: 'b1', duplicateOf: 'a1', reason: 'exact-text' }], DEFAULT_GROUP_SETTINGS);
    expect(stories.find((s) => s.documentIds.includes('a1'))!.documentIds).toEqual(['a1', 'b1']);
    // b2 cannot join through b1 (a copy does not move the centroid), so it founds its own story.
    expect(stories.find((s) => s.documentIds.includes('b2'))!.documentIds).toEqual(['b2']);
  });

  it('starts a new story for every segment when the threshold cannot be met', () => {
    const strict = groupCorpus([a1, a6, b1, b2], { storySimilarity: 1.01 });
    expect(strict.stories.map((s) => s.documentIds)).toEqual([['a1'], ['b1'], ['b2'], ['a6']]);
  });
});

describe('groupCorpus events', () => {
  const grouping = groupCorpus(corpus);
  const floodEvents = storyWith(grouping, 'a1').events;

  it('splits the flood story where coverage pauses for more than ten days', () => {
    expect(floodEvents.map((e) => e.documentIds)).toEqual([
      ['a1', 'a2', 'a3', 'a4', 'a5', 'r1'],
      ['a6', 'a7'],
    ]);
    expect(floodEvents[0]!.segmentIds).toEqual(['a1:1', 'a2:1', 'a3:1', 'a4:1', 'a5:1', 'r1:1']);
  });

  it('dates each event by its earliest article and titles it with that article', () => {
    expect(floodEvents.map((e) => [e.date, e.title])).toEqual([
      ['2024-03-04', a1.title],
      ['2024-03-27', a6.title],
    ]);
  });

  it('names events after their founding segment', () => {
    expect(floodEvents.map((e) => e.id)).toEqual([`e_${hash10('a1:1')}`, `e_${hash10('a6:1')}`]);
  });

  it('keeps one event when the gap setting is wider than the pause', () => {
    const wide = groupCorpus(corpus, { eventGapDays: 30 });
    expect(storyWith(wide, 'a1').events).toHaveLength(1);
  });

  it('puts undated articles in the latest event and leaves the date to the dated ones', () => {
    const undated = { ...b2, id: 'b3', published: null, text: b2.text, segments: [{ id: 'b3:1', text: b2.segments[0]!.text + ' Talks resume next week.' }] };
    undated.text = undated.segments[0]!.text;
    const g = groupCorpus([b1, undated]);
    expect(g.stories).toHaveLength(1);
    expect(g.stories[0]!.events).toEqual([
      expect.objectContaining({ date: '2024-03-06', documentIds: ['b1', 'b3'], segmentIds: ['b1:1', 'b3:1'] }),
    ]);
  });
});
