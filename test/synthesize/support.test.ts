import { describe, it, expect } from 'vitest';
import { claimOf, supportIn } from '../../src/synthesize/support.js';
import { article } from '../group/corpus.js';

const doc = (text: string) => article({ id: 'd', published: null, title: null, segments: [[text]] });

describe('support check', () => {
  const claim = claimOf('About 12,000 protesters marched through central Korvask on Saturday to demand the audit.');

  it('accepts a reworded passage that names the same place and gives a compatible figure', () => {
    const support = supportIn(claim, doc('Crowds filled the old town. On Saturday 12,000 protesters marched through central Korvask, demanding the audit.'));
    expect(support?.evidence).toBe('On Saturday 12,000 protesters marched through central Korvask, demanding the audit.');
  });

  it('rejects a passage whose figure for the same quantity contradicts the sentence', () => {
    expect(supportIn(claim, doc('On Saturday 4,000 protesters marched through central Korvask, demanding the audit.'))).toBeNull();
  });

  it('rejects a document that shares the topic but not the statement', () => {
    expect(supportIn(claim, doc('The Korvask council will debate the water audit on Tuesday. Bills rose again in January.'))).toBeNull();
  });

  it('does not let the first report of a signing support a later sentence about the same people', () => {
    const later = claimOf('Three months after President Ana Dravec and Premier Tomas Hollin signed the Ostrel Accord, the border half of the deal is working.');
    const signingDay = doc(
      'President Ana Dravec and Premier Tomas Hollin signed the Ostrel Accord on Thursday in the border town of Ostrel. The accord opens the crossing to freight.',
    );
    expect(supportIn(later, signingDay)).toBeNull();
    const followUp = doc('Three months after Ana Dravec and Tomas Hollin signed the Ostrel Accord, the border half of the deal is working, traders say.');
    expect(supportIn(later, followUp)).not.toBeNull();
  });
});
