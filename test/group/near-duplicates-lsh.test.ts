import { describe, it, expect } from 'vitest';
import { LshBuckets } from '../../src/group/lsh.js';
import { estimatedJaccard, minHashes, permutationSeeds } from '../../src/group/minhash.js';
import { DUPLICATE_WINDOW, NearDuplicateIndex, findDuplicates } from '../../src/group/near-duplicates.js';
import { DEFAULT_GROUP_SETTINGS } from '../../src/group/settings.js';
import { article } from './corpus.js';

const FERRY = [
  'The Kestrel Isles ferry operator cancelled all sailings between Port Ilvery and Skarra on Thursday after the harbour crane that loads vehicles broke down during the morning shift.',
  'A spokeswoman for Isles Link said about 340 passengers had been booked on the three crossings and would be offered places on Friday sailings or a full refund.',
  'Engineers from the mainland were due to arrive on the afternoon boat, but the company said it could not yet say when the crane would be working again.',
  'Shopkeepers on Skarra said fresh food deliveries, which arrive by lorry on the morning crossing, would run short by the weekend if the fault lasted more than two days.',
  'The crane was installed in 2009 and last overhauled four years ago; islanders have asked the regional council for a replacement since a similar breakdown in March.',
];

describe('updated versions of one article', () => {
  it('links an update with a paragraph added, a figure changed and a new headline to the first version', () => {
    const first = article({ id: 'ferry-1', published: '2024-06-06T09:10:00Z', title: 'Ferry sailings cancelled after crane fault', segments: [FERRY] });
    const updatedParagraphs = [
      FERRY[0]!,
      FERRY[1]!.replace('about 340 passengers', 'about 410 passengers'),
      FERRY[2]!,
      'Late on Thursday the company said a replacement part had been found in Aberlane and that one sailing would run on Friday evening, carrying foot passengers only.',
      FERRY[3]!,
      FERRY[4]!,
    ];
    const update = article({ id: 'ferry-2', published: '2024-06-06T17:45:00Z', title: 'UPDATE: Isles ferry to run one sailing Friday after crane repair', segments: [updatedParagraphs] });
    const links = findDuplicates([update, first], DEFAULT_GROUP_SETTINGS);
    expect(links).toHaveLength(1);
    expect(links[0]!.documentId).toBe('ferry-2');
    expect(links[0]!.duplicateOf).toBe('ferry-1');
    // The first version is almost wholly inside the update; the update's new paragraph keeps Jaccard under 0.8.
    expect(links[0]!.reason).toMatch(/^contained: 0\.9\d of shorter text$/);
  });

  it('does not link an update when only the topic is shared', () => {
    const first = article({ id: 'ferry-1', published: '2024-06-06T09:10:00Z', title: 'Ferry sailings cancelled', segments: [FERRY] });
    const followUp = article({
      id: 'ferry-3',
      published: '2024-06-08T08:00:00Z',
      title: 'Skarra ferry back in service',
      segments: [[
        'Sailings between Port Ilvery and Skarra resumed on Saturday morning after engineers fitted a new hydraulic pump to the harbour crane.',
        'Isles Link said the first crossing carried 52 vehicles, most of them delivery lorries that had waited at Port Ilvery since Thursday.',
        'The regional council will discuss funding for a replacement crane at its July meeting, a councillor said.',
      ]],
    });
    expect(findDuplicates([first, followUp], DEFAULT_GROUP_SETTINGS)).toEqual([]);
  });
});

describe('trimmed copies found through the lead', () => {
  it('links a copy keeping only the first paragraph of five, whose whole-text Jaccard is about a fifth', () => {
    const index = new NearDuplicateIndex(DEFAULT_GROUP_SETTINGS);
    expect(index.add(article({ id: 'full', published: '2024-06-06T09:10:00Z', title: 'Ferry cancelled', segments: [FERRY] }))).toBeNull();
    const brief = article({ id: 'brief', published: '2024-06-06T10:00:00Z', title: 'Isles ferry off', segments: [FERRY.slice(0, 1)] });
    expect(index.add(brief)).toEqual({ documentId: 'brief', duplicateOf: 'full', reason: 'contained: 1.00 of shorter text' });
  });

  it('links a reprint whose first paragraph was cut when the rest is long enough for whole-text banding', () => {
    const index = new NearDuplicateIndex(DEFAULT_GROUP_SETTINGS);
    index.add(article({ id: 'full', published: '2024-06-06T09:10:00Z', title: 'Ferry cancelled', segments: [FERRY] }));
    const reprint = article({ id: 'tail', published: '2024-06-06T11:00:00Z', title: 'Ferry', segments: [FERRY.slice(1)] });
    expect(index.add(reprint)?.reason).toBe('contained: 1.00 of shorter text');
  });
});

describe('window', () => {
  it('no longer links a copy of a document that left the window', () => {
    const index = new NearDuplicateIndex(DEFAULT_GROUP_SETTINGS);
    index.add(article({ id: 'old', published: '2024-01-01T00:00:00Z', title: 'Ferry', segments: [FERRY] }));
    // Filler documents of a single distinct word each: cheap, and copies of nothing.
    for (let i = 0; i < DUPLICATE_WINDOW; i++) index.add({ id: `f${i}`, text: `filler${i}` });
    const copy = article({ id: 'late', published: '2024-09-01T00:00:00Z', title: 'Ferry', segments: [FERRY] });
    expect(index.add(copy)).toBeNull();
    // The late copy is now indexed itself, so its own copy is linked again.
    expect(index.add({ ...copy, id: 'later' })?.duplicateOf).toBe('late');
  });
});

describe('minHashes', () => {
  const seeds = permutationSeeds(128);
  const range = (from: number, to: number) => Uint32Array.from({ length: to - from }, (_, i) => from + i);

  it('estimates Jaccard similarity from the share of equal positions', () => {
    // Sets 0..199 and 100..299: Jaccard 100/300.
    const a = minHashes(range(0, 200), seeds, 24).whole;
    const b = minHashes(range(100, 300), seeds, 24).whole;
    expect(Math.abs(estimatedJaccard(a, b) - 1 / 3)).toBeLessThan(0.12);
    expect(estimatedJaccard(a, minHashes(range(0, 200), seeds, 24).whole)).toBe(1);
    expect(estimatedJaccard(a, minHashes(range(5000, 5200), seeds, 24).whole)).toBeLessThan(0.05);
  });

  it('gives the lead the signature of the first items only', () => {
    const long = minHashes(range(0, 200), seeds, 24);
    expect([...long.lead]).toEqual([...minHashes(range(0, 24), seeds, 24).whole]);
    const short = minHashes(range(0, 10), seeds, 24);
    expect(short.lead).toBe(short.whole);
  });
});

describe('LshBuckets', () => {
  const seeds = permutationSeeds(12);
  const sig = (from: number) => minHashes(Uint32Array.from({ length: 50 }, (_, i) => from + i), seeds, 50).whole;

  it('collects documents sharing a band and forgets pruned ones', () => {
    const buckets = new LshBuckets(4, 3, 64);
    buckets.insert(sig(0), 0);
    buckets.insert(sig(1000), 1);
    const found = new Set<number>();
    buckets.collect(sig(0), found);
    expect([...found]).toEqual([0]);
    buckets.prune((doc) => doc !== 0);
    const again = new Set<number>();
    buckets.collect(sig(0), again);
    expect([...again]).toEqual([]);
  });
});
