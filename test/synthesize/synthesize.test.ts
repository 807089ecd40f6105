import { describe, it, expect } from 'vitest';
import type { Grouping } from '../../src/core/records.js';
import { groupCorpus } from '../../src/group/index.js';
import { resolveEntities } from '../../src/language/resolve-entities.js';
import { resolveQuotes } from '../../src/language/resolve-quotes.js';
import { synthesizeStory } from '../../src/synthesize/index.js';
import { sentences } from '../../src/synthesize/sentences.js';
import { a1, a5, a6, corpus } from '../group/corpus.js';

const storyWith = (grouping: Grouping, documentId: string) => grouping.stories.find((s) => s.documentIds.includes(documentId))!;

describe('synthesizeStory', () => {
  const grouping = groupCorpus(corpus);
  const entities = resolveEntities(corpus);
  const quotes = resolveQuotes(corpus, entities, grouping.duplicates);
  const docs = new Map(corpus.map((doc) => [doc.id, doc]));
  const flood = storyWith(grouping, 'a1');
  const strike = storyWith(grouping, 'b1');
  const floodSynthesis = synthesizeStory(flood, docs, quotes, entities, grouping.duplicates);
  const strikeSynthesis = synthesizeStory(strike, docs, quotes, entities, grouping.duplicates);

  it('summarises each event, in date order, with the lead of its most central original article', () => {
    expect(floodSynthesis.summary.map((s) => s.text)).toEqual([sentences(a1.text)[0], sentences(a6.text)[0]]);
  });

  it('cites every document that carries the summary sentence, copies included', () => {
    expect(floodSynthesis.summary[0]!.citations).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(floodSynthesis.summary[1]!.citations).toEqual(['a6']);
  });

  it('cites at least one document of the story for every summary sentence', () => {
    for (const synthesis of [floodSynthesis, strikeSynthesis]) {
      expect(synthesis.summary.length).toBeGreaterThan(0);
      for (const sentence of synthesis.summary) expect(sentence.citations.length).toBeGreaterThan(0);
    }
    for (const sentence of strikeSynthesis.summary) {
      for (const id of sentence.citations) expect(strike.documentIds).toContain(id);
    }
  });

  it('builds a dated timeline entry per event', () => {
    expect(floodSynthesis.timeline).toEqual([
      { date: '2024-03-04', text: a1.title, citations: ['a1', 'a2', 'a3', 'a4', 'a5', 'r1'] },
      { date: '2024-03-27', text: a6.title, citations: ['a6', 'a7'] },
    ]);
  });

  it('reports different counts of residents from different outlets, not from copies', () => {
    const residents = floodSynthesis.conflicts.find((c) => c.topic === 'residents')!;
    expect(residents.statements).toEqual([
      { text: sentences(a1.text)[0], documentId: 'a1' },
      { text: sentences(a5.text)[0], documentId: 'a5' },
    ]);
  });

  it('reports different amounts for the same fund within the later event', () => {
    const fund = floodSynthesis.conflicts.find((c) => c.topic === 'reconstruction fund')!;
    expect(fund.statements.map((s) => s.documentId)).toEqual(['a6', 'a7']);
    expect(fund.statements[0]!.text).toContain('$45 million');
    expect(fund.statements[1]!.text).toContain('$60 million');
  });

  it('finds no conflict when outlets agree on their figures', () => {
    expect(floodSynthesis.conflicts.map((c) => c.topic).sort()).toEqual(['reconstruction fund', 'residents']);
    expect(strikeSynthesis.conflicts).toEqual([]);
  });

  it('finds the copies itself when no duplicate links are passed', () => {
    expect(synthesizeStory(flood, docs, quotes, entities)).toEqual(floodSynthesis);
  });
});

describe('lead sentences', () => {
  it('skip a section heading and start at the first real sentence', async () => {
    const { leadSentences } = await import('../../src/synthesize/summary.js');
    const doc = {
      id: 'd_news', title: 'The Morning Briefing', publisher: 'The Capital Briefing', published: '2026-06-10', ingestedAt: '',
      text: 'The Velmora Accord at three months\n\nThree months after the two leaders signed the Velmora Accord, the border half of the deal is working, customs data show.',
      segments: [], mentions: [], quotes: [],
    };
    expect(leadSentences(doc)).toEqual([
      'Three months after the two leaders signed the Velmora Accord, the border half of the deal is working, customs data show.',
    ]);
  });
});
