import { describe, it, expect } from 'vitest';
import { StreamingGrouper } from '../../src/group/index.js';
import { article } from './corpus.js';

// A one-line brief arrives before the full reports of its event; the first full report is too different from it to
// join, so the brief founds a story of its own. Once the event's coverage has a shape, the brief belongs there.
const brief = article({
  id: 'f0',
  published: '2024-05-02T06:00:00Z',
  title: 'Fire on boat off Tarnholm',
  segments: [['Fire on a boat off Tarnholm overnight; the coastguard said everyone aboard was safe.']],
  names: { place: ['Tarnholm'] },
});
const first = article({
  id: 'f1',
  published: '2024-05-02T09:00:00Z',
  title: 'Lifeboats take 212 passengers from the Selka',
  segments: [
    [
      'Lifeboats lifted 212 passengers and crew from the Selka, a car ferry on the Velmora crossing, after an engine-room blaze early on Thursday.',
      'Captain Ilse Marrow said two fishing boats helped take people off in calm water, and that nobody was badly hurt.',
    ],
  ],
  names: { person: ['Ilse Marrow'], organization: ['Selka'], place: ['Velmora'] },
});
const second = article({
  id: 'f2',
  published: '2024-05-02T12:00:00Z',
  title: 'Selka ferry fire: passengers rescued off Tarnholm',
  segments: [
    [
      'A fire on the Selka ferry off Tarnholm forced the coastguard to rescue 212 passengers and crew on Thursday, Captain Ilse Marrow said.',
      'The blaze started in the engine room of the car ferry on the Velmora crossing; lifeboats and fishing boats took passengers off.',
    ],
  ],
  names: { person: ['Ilse Marrow'], organization: ['Selka'], place: ['Tarnholm', 'Velmora'] },
});

describe('lone reports', () => {
  it('moves a brief that founded its own story into the story its event grew into, keeping that story id', () => {
    const grouper = new StreamingGrouper();
    const briefStory = grouper.add(brief).segments[0]!.storyId;
    const firstStory = grouper.add(first).segments[0]!.storyId;
    expect(firstStory).not.toBe(briefStory);
    expect(grouper.stats().stories).toBe(2);
    grouper.add(second);
    expect(grouper.stats().stories).toBe(1);
    const { stories } = grouper.grouping();
    expect(stories).toHaveLength(1);
    expect(stories[0]!.id).toBe(firstStory);
    expect(stories[0]!.documentIds).toEqual(['f0', 'f1', 'f2']);
    expect(stories[0]!.segmentIds).toEqual(['f0:1', 'f1:1', 'f2:1']);
  });
});
