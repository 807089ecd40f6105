import { describe, expect, it } from 'vitest';
import { detectLanguage, splitSentences } from '../../src/language/index.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('does not split after honorifics, titles and initials', () => {
    expect(texts('Mr. Hun Sen met Dr. Sok Chea and Gen. Tea Banh. Sen. Ross and Gov. Diaz arrived later. Maria K. Ostrova spoke last.')).toEqual([
      'Mr. Hun Sen met Dr. Sok Chea and Gen. Tea Banh.',
      'Sen. Ross and Gov. Diaz arrived later.',
      'Maria K. Ostrova spoke last.',
    ]);
  });

  it('keeps U.S./U.N. and decimals inside a sentence, but ends at "U.S. The"', () => {
    expect(texts('U.S. officials and U.N. envoys said growth was 3.5 percent. Prices rose 0.4 percent in the U.S. The euro fell.')).toEqual([
      'U.S. officials and U.N. envoys said growth was 3.5 percent.',
      'Prices rose 0.4 percent in the U.S.',
      'The euro fell.',
    ]);
  });

  it('ends a sentence after a closing quote mark', () => {
    expect(texts('She said, "We will appeal." The court declined. “It is over.” He left.')).toEqual([
      'She said, "We will appeal."',
      'The court declined.',
      '“It is over.”',
      'He left.',
    ]);
  });

  it('gives offsets into the text and breaks at blank lines', () => {
    const text = 'Flood walls approved\n\nThe vote was 7-2.  Work starts in June.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['Flood walls approved', 'The vote was 7-2.', 'Work starts in June.']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('detectLanguage', () => {
  it('names the language of a paragraph', () => {
    expect(detectLanguage('The city council voted on Tuesday to spend millions rebuilding the sea walls that failed last winter.')).toBe('en');
    expect(detectLanguage('Le conseil municipal a voté mardi pour reconstruire les digues qui ont cédé pendant les tempêtes de l’hiver.')).toBe('fr');
  });

  it('returns null for text too short to tell', () => {
    expect(detectLanguage('Flood walls approved')).toBeNull();
  });
});
