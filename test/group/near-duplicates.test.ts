import { describe, it, expect } from 'vitest';
import { groupCorpus } from '../../src/group/index.js';
import { findDuplicates, shingles } from '../../src/group/near-duplicates.js';
import { DEFAULT_GROUP_SETTINGS } from '../../src/group/settings.js';
import { a1, a5, article, corpus } from './corpus.js';

const COUNCIL = [
  'The Brennock county council voted seven to four on Tuesday night to close the Quarry Lane recycling depot at the end of June, citing rising repair costs and falling use since the new kerbside collection began.',
  'Councillor Ruth Adeyemi, who chairs the environment committee, said the depot needed a new roof and weighbridge that the council could not afford this year.',
  'Residents who opposed the closure said the kerbside service does not take garden waste or old furniture, and warned that fly-tipping along the quarry road would rise.',
];

describe('findDuplicates', () => {
  const links = groupCorpus(corpus).duplicates;
  const linkOf = (id: string) => links.find((link) => link.documentId === id);

  it('links an exact copy under another headline to the original', () => {
    expect(linkOf('a2')).toEqual({ documentId: 'a2', duplicateOf: 'a1', reason: 'exact-text' });
  });

  it('links a trimmed copy by containment of the shorter text', () => {
    expect(linkOf('a3')).toEqual({ documentId: 'a3', duplicateOf: 'a1', reason: 'contained: 1.00 of shorter text' });
  });

  it('links a lightly edited copy by shingle Jaccard and reports the score', () => {
    const link = linkOf('a4');
    expect(link?.duplicateOf).toBe('a1');
    expect(link?.reason).toMatch(/^near-duplicate: shingle Jaccard 0\.(8|9)\d$/);
  });

  it('leaves independent reports of the same story alone', () => {
    expect(links.map((link) => link.documentId).sort()).toEqual(['a2', 'a3', 'a4']);
  });

  it('points at the earliest published copy whatever the input order', () => {
    const early = article({ id: 'z-late-id', published: '2024-05-01T08:00:00Z', title: 'Depot to close', segments: [COUNCIL] });
    const late = article({ id: 'a-early-id', published: '2024-05-02T08:00:00Z', title: 'Depot closing', segments: [COUNCIL] });
    expect(findDuplicates([late, early], DEFAULT_GROUP_SETTINGS)).toEqual([
      { documentId: 'a-early-id', duplicateOf: 'z-late-id', reason: 'exact-text' },
    ]);
  });

  it('breaks a publication-time tie by ingestion time, then by id', () => {
    const spec = { published: '2024-05-01T08:00:00Z', title: 'Depot to close', segments: [COUNCIL] };
    const x = article({ ...spec, id: 'x', ingestedAt: '2024-05-03T00:00:00Z' });
    const y = article({ ...spec, id: 'y', ingestedAt: '2024-05-02T00:00:00Z' });
    expect(findDuplicates([x, y], DEFAULT_GROUP_SETTINGS)[0]?.duplicateOf).toBe('y');
    const p = article({ ...spec, id: 'p' });
    const q = article({ ...spec, id: 'q' });
    expect(findDuplicates([q, p], DEFAULT_GROUP_SETTINGS)[0]?.duplicateOf).toBe('p');
  });

  it('sends a copy of a copy to the earliest document and names the copy it matched', () => {
    const original = article({ id: 'o', published: '2024-05-01T08:00:00Z', title: 'Depot', segments: [COUNCIL] });
    // One five-word phrase rewritten in the first paragraph: about a tenth of the shingles change.
    const edited = COUNCIL.map((p) => p.replace('citing rising repair costs and', 'pointing to a costly backlog of'));
    const reprint = article({ id: 'r', published: '2024-05-01T10:00:00Z', title: 'Depot', segments: [edited] });
    // The reprint's first two paragraphs: wholly inside the reprint, but under 90% inside the original.
    const trimmed = article({ id: 't', published: '2024-05-01T12:00:00Z', title: 'Depot', segments: [edited.slice(0, 2)] });
    const found = findDuplicates([trimmed, reprint, original], DEFAULT_GROUP_SETTINGS);
    expect(found.find((l) => l.documentId === 'r')?.duplicateOf).toBe('o');
    const viaReprint = found.find((l) => l.documentId === 't');
    expect(viaReprint?.duplicateOf).toBe('o');
    expect(viaReprint?.reason).toMatch(/\(via r\)$/);
  });

  it('does not link empty texts or short briefs that share a sentence', () => {
    const empty1 = article({ id: 'e1', published: '2024-05-01T08:00:00Z', title: 'Photo', segments: [[]] });
    const empty2 = article({ id: 'e2', published: '2024-05-01T09:00:00Z', title: 'Photo', segments: [[]] });
    const brief = article({
      id: 'brief',
      published: '2024-05-01T09:00:00Z',
      title: 'In brief',
      segments: [['Floodwaters from the Maren River forced about 1,200 residents from their homes.']],
    });
    expect(findDuplicates([empty1, empty2, brief, a1, a5], DEFAULT_GROUP_SETTINGS)).toEqual([]);
  });
});

describe('shingles', () => {
  it('makes overlapping five-word shingles from normalised words', () => {
    const set = shingles('The river, the RIVER rose fast today!', 5);
    expect([...set]).toEqual(['the river the river rose', 'river the river rose fast', 'the river rose fast today']);
  });

  it('keeps a text shorter than one shingle as a single shingle', () => {
    expect([...shingles('Polls close at eight.', 5)]).toEqual(['polls close at eight']);
  });
});
