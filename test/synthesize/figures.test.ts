import { describe, it, expect } from 'vitest';
import { describeInterval, findFigures, overlaps } from '../../src/synthesize/figures.js';

const only = (sentence: string) => {
  const figures = findFigures(sentence);
  expect(figures).toHaveLength(1);
  return figures[0]!;
};
const compatible = (a: string, b: string) => overlaps(only(a).interval, only(b).interval);

describe('figures with qualifiers', () => {
  it('reads the qualifier and the range it allows', () => {
    expect(only('More than 12,000 protesters marched.')).toMatchObject({ qualifier: 'More than', value: 12000, phrase: 'More than 12,000 protesters' });
    expect(describeInterval(only('More than 12,000 protesters marched.').interval)).toBe('above 11,500');
    expect(describeInterval(only('Up to 40 lorries waited.').interval)).toBe('at most 40');
    expect(describeInterval(only('Police arrested 14 people.').interval)).toBe('exactly 14');
    expect(describeInterval(only('About 3,400 people fled.').interval)).toBe('3,060 to 3,740');
  });

  it('finds rounded wordings of one figure compatible and different figures not', () => {
    expect(compatible('12,000 protesters marched.', 'More than 12,000 protesters marched.')).toBe(true);
    expect(compatible('More than 12,000 protesters marched.', 'As many as 12,000 protesters marched.')).toBe(true);
    expect(compatible('Nearly 12,000 protesters marched.', 'About 12,000 protesters marched.')).toBe(true);
    expect(compatible('At least 20,000 protesters marched.', 'As many as 12,000 protesters marched.')).toBe(false);
    expect(compatible('Police arrested 14 people.', 'Police arrested 40 people.')).toBe(false);
    expect(compatible('Fewer than 300 homes were damaged.', 'Some 900 homes were damaged.')).toBe(false);
  });

  it('does not read a preposition before a small spelled number as a qualifier', () => {
    expect(only('They struck over eight remote-controlled cranes.')).toMatchObject({ qualifier: null, value: 8 });
  });
});
