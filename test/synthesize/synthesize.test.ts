import { describe, it, expect } from 'vitest';
import type { Grouping } from '../../src/core/records.js';
import { groupCorpus } from '../../src/group/index.js';
import { resolveEntities } from '../../src/language/resolve-entities.js';
import { resolveQuotes } from '../../src/language/resolve-quotes.js';
import { claimOf, supportIn, synthesizeStory } from '../../src/synthesize/index.js';
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

  it('opens with the first report\'s lead and covers every event in date order, in 3 to 8 sentences', () => {
    const summary = floodSynthesis.summary;
    expect(summary.length).toBeGreaterThanOrEqual(3);
    expect(summary.length).toBeLessThanOrEqual(8);
    expect(summary[0]).toMatchObject({ text: sentences(a1.text)[0], lead: true, origin: 'a1' });
    expect(summary.filter((s) => s.lead)).toHaveLength(1);
    const eventOrder = flood.events.map((e) => e.id);
    const ranks = summary.map((s) => eventOrder.indexOf(s.eventId!));
    expect(new Set(ranks).size).toBe(flood.events.length);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });

  it('cites every document that supports a summary sentence, copies included, and no other', () => {
    expect(floodSynthesis.summary[0]!.citations).toEqual(['a1', 'a2', 'a3', 'a4']);
    for (const s of floodSynthesis.summary) {
      for (const id of flood.documentIds) {
        const supported = supportIn(claimOf(s.text), docs.get(id)!) !== null;
        expect([id, supported || id === s.origin]).toEqual([id, s.citations.includes(id)]);
      }
    }
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

  it('builds a timeline from the dates its documents name, merged across outlets (see timeline.test.ts)', () => {
    const lead = floodSynthesis.timeline.find((e) => e.date === '2024-03-04')!;
    expect(lead).toMatchObject({ text: sentences(a1.text)[0], precision: 'day', label: '4 Mar 2024' });
    expect(lead.citations).toContain('a1');
    expect(floodSynthesis.timeline.map((e) => e.date)).toContain('2024-03-27');
  });

  it('reports different counts of residents from different outlets, not from copies', () => {
    const residents = floodSynthesis.conflicts.find((c) => c.topic === 'residents')!;
    expect(residents.statements.map((s) => [s.documentId, s.figure])).toEqual([
      ['a1', 'about 1,200 residents'],
      ['a5', 'More than 3,400 residents'],
    ]);
    expect(residents).toMatchObject({ kind: 'figure', compatible: false, between: 'days' });
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
