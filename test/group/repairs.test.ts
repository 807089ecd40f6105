// Merge repairs: fragments of an event rejoin it by their nearest reports; a page's short tail goes with the page.
import { describe, it, expect } from 'vitest';
import { attachFragments } from '../../src/group/fragments.js';
import { groupCorpus } from '../../src/group/index.js';
import { a1, a3, a4, a5, article } from './corpus.js';

describe('attachFragments', () => {
  // Items 0-3 are one event, 4-6 another; item 7 was left alone by average linkage.
  const clusters = [[0, 1, 2, 3], [4, 5, 6], [7]];

  it('moves a lone report into the event holding most of its neighbour weight', () => {
    const neighbours = (i: number) => (i === 7 ? [{ item: 2, similarity: 0.5 }, { item: 0, similarity: 0.4 }, { item: 5, similarity: 0.2 }] : []);
    expect(attachFragments(clusters, neighbours)).toEqual([[0, 1, 2, 3, 7], [4, 5, 6]]);
  });

  it('leaves it alone when its neighbours are split, outside the story, or too far in time', () => {
    const split = (i: number) => (i === 7 ? [{ item: 2, similarity: 0.4 }, { item: 5, similarity: 0.4 }] : []);
    expect(attachFragments(clusters, split)).toEqual(clusters);
    const elsewhere = (i: number) => (i === 7 ? [{ item: -1, similarity: 0.6 }, { item: 2, similarity: 0.3 }] : []);
    expect(attachFragments(clusters, elsewhere)).toEqual(clusters);
    const near = (i: number) => (i === 7 ? [{ item: 2, similarity: 0.9 }] : []);
    expect(attachFragments(clusters, near, () => false)).toEqual(clusters);
  });

  it('never moves a report out of an event larger than a fragment', () => {
    const neighbours = (i: number) => (i === 4 ? [{ item: 0, similarity: 0.9 }] : []);
    expect(attachFragments(clusters, neighbours)).toEqual(clusters);
  });
});

describe('a page with a short tail', () => {
  const WIRE_NAMES = { person: ['Maria Ostrova', 'Ms. Ostrova'], place: ['Harlow Bend', 'Maren River', 'Eastside', 'Maren'] };
  const explainer = article({
    id: 'ex',
    publisher: 'River Times',
    published: '2024-03-05T12:00:00Z',
    title: 'The Harlow Bend flood in four points',
    segments: [
      [
        'The Maren River burst its banks at Harlow Bend on Monday after three days of rain, and about 1,200 residents of the Eastside district were evacuated overnight.',
        'Maria Ostrova of the regional emergency agency opened shelters at two schools; forecasters expect the river to crest on Wednesday, and pumps are on their way from neighbouring districts.',
      ],
      ['River Times explains the news that matters in the valley. Sign up for our morning letter.'],
    ],
    names: WIRE_NAMES,
  });

  it('puts the tail with the page instead of founding a story named after the page', () => {
    const grouping = groupCorpus([a1, a3, a4, a5, explainer]);
    expect(grouping.stories).toHaveLength(1);
    const [story] = grouping.stories;
    expect(story!.segmentIds).toEqual(expect.arrayContaining(['ex:1', 'ex:2']));
    const event = story!.events.find((e) => e.segmentIds.includes('ex:1'))!;
    expect(event.segmentIds).toContain('ex:2');
  });

  it('keeps a long second segment on a different subject in a story of its own', () => {
    const roundup = article({
      id: 'rd',
      publisher: 'River Times',
      published: '2024-03-05T12:00:00Z',
      title: 'Morning letter',
      segments: [
        explainer.segments[0]!.text.split('\n\n'),
        [
          'The Brennock dock strike entered its second day on Tuesday as crane operators refused to unload two container ships, and the port authority said talks with the union would resume on Thursday.',
          'Shipping agents said at least nine vessels were waiting off the harbour wall, and a grain cargo bound for the mills at Tarrow has been diverted north.',
        ],
      ],
      names: { ...WIRE_NAMES, place: [...WIRE_NAMES.place, 'Brennock', 'Tarrow'] },
    });
    const grouping = groupCorpus([a1, a3, a4, a5, roundup]);
    expect(grouping.stories).toHaveLength(2);
    expect(grouping.stories[1]!.segmentIds).toEqual(['rd:2']);
  });
});
