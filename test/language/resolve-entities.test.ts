import { createHash } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { resolveEntities } from '../../src/language/resolve-entities.js';
import { article, corpus } from '../group/corpus.js';

const hash10 = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 10);

describe('resolveEntities on the test corpus', () => {
  const entities = resolveEntities(corpus);
  const named = (name: string) => entities.find((e) => e.name === name);
  const reasonFor = (name: string, alias: string) => named(name)?.merges.find((m) => m.alias === alias)?.reason;

  it('merges name variants of one person under the most frequent full name', () => {
    const maria = named('Maria Ostrova')!;
    expect(maria.type).toBe('person');
    expect([...maria.aliases].sort()).toEqual(['Maria K. Ostrova', 'Mariah Ostrova', 'Ms. Ostrova']);
    expect(maria.documentIds).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
  });

  it('gives every merge its reason', () => {
    expect(reasonFor('Maria Ostrova', 'Maria K. Ostrova')).toMatch(/^middle initial/);
    expect(reasonFor('Maria Ostrova', 'Mariah Ostrova')).toMatch(/^one-letter edit in first name/);
    expect(reasonFor('Maria Ostrova', 'Ms. Ostrova')).toMatch(/^surname only: the one person named Ostrova in the same document/);
    expect(reasonFor('Dmitri Volkov', 'Dmitry Volkov')).toMatch(/^transliteration variant \(i\/y ending\)/);
    expect(reasonFor('Dmitri Volkov', 'Volkov')).toMatch(/^surname only/);
    for (const entity of entities) expect(entity.merges.map((m) => m.alias)).toEqual(entity.aliases);
  });

  it('keeps a second person with the same surname apart, and does not guess an ambiguous surname', () => {
    const irina = named('Irina Ostrova')!;
    expect(irina.aliases).toEqual([]);
    expect(irina.documentIds).toEqual(['a5']);
    // In a5 both Ostrovas appear, so the bare "Ostrova" there stays its own, unresolved entity.
    const bare = named('Ostrova')!;
    expect(bare.documentIds).toEqual(['a5']);
    expect(named('Maria Ostrova')!.aliases).not.toContain('Ostrova');
  });

  it('derives ids from type and canonical name', () => {
    expect(named('Maria Ostrova')!.id).toBe(`n_${hash10('person:Maria Ostrova')}`);
    expect(named('Harlow Bend')!.id).toBe(`n_${hash10('place:Harlow Bend')}`);
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
  });

  it('merges places and organisations by normalised name only', () => {
    expect(named('Harlow Bend')!.documentIds).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'r1', 'a6', 'a7']);
    expect(named('Kestrel Dockers Union')!.type).toBe('organization');
    expect(named('Kestrel Port Authority')).toBeDefined();
  });

  it('is independent of input order', () => {
    expect(resolveEntities([...corpus].reverse())).toEqual(entities);
  });
});

describe('resolveEntities name rules', () => {
  const doc = (id: string, published: string, text: string, people: string[], extra: Record<string, string[]> = {}) =>
    article({ id, published, title: null, segments: [[text]], names: { person: people, ...extra } });

  it('attaches a surname-only mention to the one person of that surname in the corpus', () => {
    const entities = resolveEntities([
      doc('d1', '2024-06-01T00:00:00Z', 'Talks were led by Samuel Okafor of the dockers union.', ['Samuel Okafor']),
      doc('d2', '2024-06-02T00:00:00Z', 'Okafor said the offer was an insult.', ['Okafor']),
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]!.documentIds).toEqual(['d1', 'd2']);
    expect(entities[0]!.merges).toEqual([{ alias: 'Okafor', reason: 'surname only: the one person named Okafor in the corpus' }]);
  });

  it('does not attach a surname shared by two people in the corpus', () => {
    const entities = resolveEntities([
      doc('d1', '2024-06-01T00:00:00Z', 'Anna Berg chairs the school board.', ['Anna Berg']),
      doc('d2', '2024-06-02T00:00:00Z', 'Tomas Berg coaches the under-12 team.', ['Tomas Berg']),
      doc('d3', '2024-06-03T00:00:00Z', 'Mr. Berg declined to comment.', ['Mr. Berg']),
    ]);
    expect(entities.map((e) => e.name)).toEqual(['Anna Berg', 'Tomas Berg', 'Berg']);
    expect(entities.every((e) => e.documentIds.length === 1)).toBe(true);
  });

  it('uses the document to pick between people who share a surname', () => {
    const entities = resolveEntities([
      doc('d1', '2024-06-01T00:00:00Z', 'Anna Berg chairs the school board. Ms. Berg voted no.', ['Anna Berg', 'Ms. Berg']),
      doc('d2', '2024-06-02T00:00:00Z', 'Tomas Berg coaches the team. Mr. Berg was pleased.', ['Tomas Berg', 'Mr. Berg']),
    ]);
    expect(entities.map((e) => [e.name, e.aliases, e.documentIds])).toEqual([
      ['Anna Berg', ['Ms. Berg'], ['d1']],
      ['Tomas Berg', ['Mr. Berg'], ['d2']],
    ]);
  });

  it('does not merge short first names one letter apart, nor two different middle initials', () => {
    const entities = resolveEntities([
      doc('d1', '2024-06-01T00:00:00Z', 'Jon Hale and Don Hale run the ferry. John P. Reyes and John Q. Reyes both ran.', [
        'Jon Hale', 'Don Hale', 'John P. Reyes', 'John Q. Reyes',
      ]),
    ]);
    expect(entities.map((e) => e.name).sort()).toEqual(['Don Hale', 'John P. Reyes', 'John Q. Reyes', 'Jon Hale']);
  });

  it('folds case, diacritics, possessives and titles into the same normalised name', () => {
    const entities = resolveEntities([
      doc('d1', '2024-06-01T00:00:00Z', 'Renée Duval spoke first. Later RENEE DUVAL’s office and Dr. Renée Duval confirmed it.', [
        'Renée Duval', 'RENEE DUVAL’s', 'Dr. Renée Duval',
      ]),
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]!.name).toBe('Renée Duval');
    expect(entities[0]!.merges).toEqual([
      { alias: 'RENEE DUVAL', reason: 'same normalised name' },
      { alias: 'Dr. Renée Duval', reason: 'same name with title "dr"' },
    ]);
  });
});
