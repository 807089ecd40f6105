import { createHash } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { groupCorpus } from '../../src/group/index.js';
import { resolveEntities } from '../../src/language/resolve-entities.js';
import { resolveQuotes } from '../../src/language/resolve-quotes.js';
import { article, corpus } from '../group/corpus.js';

const hash10 = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 10);

describe('resolveQuotes on the test corpus', () => {
  const grouping = groupCorpus(corpus);
  const entities = resolveEntities(corpus);
  const quotes = resolveQuotes(corpus, entities, grouping.duplicates);
  const entityId = (name: string) => entities.find((e) => e.name === name)!.id;

  it('keeps one quote per distinct quoted text', () => {
    expect(quotes).toHaveLength(3);
  });

  it('merges copies, an ellipsis version and a later re-use of the same quote', () => {
    const promise = quotes.find((q) => q.text.startsWith('We will not leave'))!;
    expect(promise.text).toBe('We will not leave anyone behind on the river road,');
    expect(promise.documentId).toBe('a1');
    expect(promise.alsoIn).toEqual(['a2', 'a3', 'a4', 'a5', 'a6']);
    expect(promise.id).toBe(`q_${hash10('we will not leave anyone behind on the river road')}`);
  });

  it('merges a trimmed quote contained in the original', () => {
    const wage = quotes.find((q) => q.text.includes('fair wage'))!;
    expect(wage.documentId).toBe('b1');
    expect(wage.alsoIn).toEqual(['b2']);
  });

  it('links speakers to entities through their aliases', () => {
    const promise = quotes.find((q) => q.documentId === 'a1')!;
    expect(promise.speakerName).toBe('Ms. Ostrova');
    expect(promise.speakerEntityId).toBe(entityId('Maria Ostrova'));
    const bakery = quotes.find((q) => q.text.startsWith('By midnight'))!;
    expect(bakery.speakerEntityId).toBe(entityId('Irina Ostrova'));
    expect(quotes.find((q) => q.documentId === 'b1')!.speakerEntityId).toBe(entityId('Samuel Okafor'));
  });
});

describe('resolveQuotes rules', () => {
  const doc = (id: string, published: string, quotes: { text: string; speaker: string | null }[], people: string[] = []) =>
    article({
      id,
      published,
      title: null,
      segments: [quotes.map((q) => `“${q.text}” ${q.speaker ?? 'an official'} said.`)],
      names: { person: people },
      quotes,
    });

  it('tolerates punctuation, case and a one-word edit but keeps different quotes apart', () => {
    const d1 = doc('d1', '2024-06-01T00:00:00Z', [
      { text: 'The bridge will reopen to traffic before the end of the summer holidays.', speaker: null },
      { text: 'Nobody will be charged a toll to cross it.', speaker: null },
    ]);
    const d2 = doc('d2', '2024-06-02T00:00:00Z', [
      { text: 'the bridge will reopen to traffic before the end of the summer holiday', speaker: null },
      { text: 'Drivers will be charged a toll to cross it.', speaker: null },
    ]);
    const quotes = resolveQuotes([d2, d1], [], []);
    expect(quotes.map((q) => [q.documentId, q.alsoIn])).toEqual([
      ['d1', ['d2']],
      ['d1', []],
      ['d2', []],
    ]);
  });

  it('keeps a negated quote apart from the affirmative one', () => {
    const d1 = doc('d1', '2024-06-01T00:00:00Z', [{ text: 'The council has approved the budget for the new bridge this year.', speaker: null }]);
    const d2 = doc('d2', '2024-06-02T00:00:00Z', [{ text: 'The council has not approved the budget for the new bridge this year.', speaker: null }]);
    expect(resolveQuotes([d1, d2], [], [])).toHaveLength(2);
  });

  it('does not merge short fragments by containment', () => {
    const d1 = doc('d1', '2024-06-01T00:00:00Z', [{ text: 'No comment.', speaker: null }]);
    const d2 = doc('d2', '2024-06-02T00:00:00Z', [{ text: 'We have no comment at this stage of the inquiry.', speaker: null }]);
    expect(resolveQuotes([d1, d2], [], [])).toHaveLength(2);
  });

  it('accepts a heavier edit only inside a known copy of the original', () => {
    const original = doc('o', '2024-06-01T00:00:00Z', [
      { text: 'We expect the new line to carry forty thousand passengers a day by next spring.', speaker: null },
    ]);
    const copy = doc('c', '2024-06-01T06:00:00Z', [
      { text: 'We expect the line to carry 40,000 passengers each day by spring.', speaker: null },
    ]);
    expect(resolveQuotes([original, copy], [], [])).toHaveLength(2);
    const linked = resolveQuotes([original, copy], [], [{ documentId: 'c', duplicateOf: 'o', reason: 'near-duplicate: shingle Jaccard 0.82' }]);
    expect(linked).toHaveLength(1);
    expect(linked[0]!.alsoIn).toEqual(['c']);
  });

  it('leaves the speaker unlinked when the name is ambiguous or unknown', () => {
    const d1 = doc('d1', '2024-06-01T00:00:00Z', [{ text: 'The vote was rushed through without a proper debate.', speaker: 'Berg' }], [
      'Anna Berg',
      'Tomas Berg',
    ]);
    const d2 = doc('d2', '2024-06-02T00:00:00Z', [{ text: 'Every family in the valley will feel this decision.', speaker: 'a senior official' }]);
    const entities = resolveEntities([d1, d2]);
    const quotes = resolveQuotes([d1, d2], entities, []);
    expect(quotes.map((q) => [q.speakerName, q.speakerEntityId])).toEqual([
      ['Berg', null],
      ['a senior official', null],
    ]);
  });
});
