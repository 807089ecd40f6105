import { describe, it, expect } from 'vitest';
import { sentences } from '../../src/synthesize/sentences.js';
import { leadSentences } from '../../src/synthesize/summary.js';
import { article } from '../group/corpus.js';

describe('sentences', () => {
  it('splits on end punctuation but not after titles or initials', () => {
    expect(sentences('Maria K. Ostrova met Mr. Volkov at 9 a.m. on Monday. They spoke for an hour! Was it enough?')).toEqual([
      'Maria K. Ostrova met Mr. Volkov at 9 a.m. on Monday.',
      'They spoke for an hour!',
      'Was it enough?',
    ]);
  });

  it('keeps closing quotes with their sentence and splits paragraphs', () => {
    expect(sentences('“We will rebuild,” she said. “Every street.”\n\nThe rain stopped.')).toEqual([
      '“We will rebuild,” she said.',
      '“Every street.”',
      'The rain stopped.',
    ]);
  });
});

describe('leadSentences', () => {
  it('skips a dateline and adds a second sentence to a short lead', () => {
    const doc = article({
      id: 'd',
      published: null,
      title: null,
      segments: [['HARLOW BEND.', 'The river crested overnight. Pumps ran until dawn in the Eastside district. Schools stay shut.']],
    });
    expect(leadSentences(doc)).toEqual(['Pumps ran until dawn in the Eastside district.', 'Schools stay shut.']);
  });
});
