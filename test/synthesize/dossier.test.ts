import { describe, it, expect } from 'vitest';
import { resolveEntities } from '../../src/language/resolve-entities.js';
import { resolveQuotes } from '../../src/language/resolve-quotes.js';
import { claimOf, supportIn, synthesizeStory } from '../../src/synthesize/index.js';
import { korvaskDocs, korvaskStory, lanternDay1 } from './korvask.js';

describe('the dossier of a multi-outlet story', () => {
  const docs = new Map(korvaskDocs.map((d) => [d.id, d]));
  const entities = resolveEntities(korvaskDocs);
  const quotes = resolveQuotes(korvaskDocs, entities, []);
  const synthesis = synthesizeStory(korvaskStory, docs, quotes, entities, []);
  const sections = synthesis.sections!;

  it('leads with what happened, who, where and when, and cites every outlet that says it', () => {
    const lead = synthesis.summary[0]!;
    expect(lead.lead).toBe(true);
    expect(lead.text).toMatch(/^(?:About|More than|As many as) 12,000 protesters marched through central Korvask on Saturday/);
    expect(lead.citations).toEqual(['k1', 'k2', 'k3']);
    expect(synthesis.summary.length).toBeGreaterThanOrEqual(3);
    for (const s of synthesis.summary) for (const id of s.citations) expect(supportIn(claimOf(s.text), docs.get(id)!)).not.toBeNull();
    // The day-2 event comes after the day-1 event.
    expect(synthesis.summary.at(-1)!.eventId).toBe('e_uturn');
  });

  it('finds three wordings of the crowd compatible and the two arrest counts not', () => {
    const crowd = synthesis.conflicts.find((c) => c.topic === 'protesters')!;
    expect(crowd).toMatchObject({ kind: 'figure', compatible: true });
    expect(crowd.statements.map((s) => [s.outlet, s.figure])).toEqual([
      ['Lantern Post', 'About 12,000 protesters'],
      ['Ostrel Daily', 'More than 12,000 protesters'],
      ['Brightwater Wire', 'As many as 12,000 protesters'],
    ]);
    const arrests = synthesis.conflicts.find((c) => c.topic === 'people')!;
    expect(arrests).toMatchObject({ kind: 'figure', compatible: false, between: 'outlets' });
    expect(arrests.statements.map((s) => [s.documentId, s.figure])).toEqual([['k1', '14 people'], ['k2', '40 people']]);
    // Incompatible figures are listed before compatible ones.
    expect(synthesis.conflicts.indexOf(arrests)).toBeLessThan(synthesis.conflicts.indexOf(crowd));
  });

  it('finds the U-turn on the audit between days, with both statements and their documents', () => {
    const flip = synthesis.conflicts.find((c) => c.kind === 'claim' && c.statements.some((s) => s.documentId === 'k4'))!;
    expect(flip.between).toBe('days');
    expect(flip.statements.map((s) => s.documentId)).toEqual(['k1', 'k4']);
    expect(flip.statements[0]!.text).toContain('will not release the audit');
    expect(flip.statements[1]!.text).toContain('will publish the audit on Monday');
    expect(flip.topic).toContain('audit');
  });

  it('lists a quote under its speaker with the first outlet and the two that re-reported it', () => {
    const varga = sections.speakers.find((s) => s.speaker === 'Anselm Varga')!;
    expect(varga.quotes).toHaveLength(1);
    const quote = varga.quotes[0]!;
    expect(quote.first).toEqual({ documentId: 'k1', outlet: 'Lantern Post', published: lanternDay1.published });
    expect(quote.reReportedBy.map((r) => r.outlet)).toEqual(['Ostrel Daily', 'Brightwater Wire']);
  });

  it('draws the borrowed-reporting graph from credits and re-reported quotes', () => {
    const edges = sections.borrowingGraph.edges.map((e) => `${e.from} -> ${e.to} (${e.kind}) ${e.documents.join(',')}`).sort();
    expect(edges).toEqual([
      'Lantern Post -> Brightwater Wire (quotes) k3',
      'Lantern Post -> Ostrel Daily (credits) k2',
      'Lantern Post -> Ostrel Daily (quotes) k2',
    ]);
  });

  it('builds a source matrix: first coverage per outlet, who reported what, and what only one outlet has', () => {
    const { outlets, facts } = sections.sourceMatrix;
    expect(outlets.map((o) => [o.outlet, o.firstCovered, o.documents])).toEqual([
      ['Lantern Post', '2026-02-07T18:00:00Z', ['k1', 'k4']],
      ['Ostrel Daily', '2026-02-07T20:30:00Z', ['k2']],
      ['Brightwater Wire', '2026-02-08T06:00:00Z', ['k3']],
    ]);
    const lead = facts.find((f) => f.id === 's1')!;
    expect(lead.outlets).toEqual(['Lantern Post', 'Ostrel Daily', 'Brightwater Wire']);
    const crowd = facts.find((f) => f.kind === 'figure' && f.text.includes('12,000'))!;
    expect(crowd.outlets).toHaveLength(3);
    const quote = facts.find((f) => f.kind === 'quote')!;
    expect(quote.text).toMatch(/^Anselm Varga: “We have nothing to hide/);
    for (const o of outlets) {
      for (const id of o.exclusive) expect(facts.find((f) => f.id === id)!.outlets).toEqual([o.outlet]);
    }
    const exclusive = facts.filter((f) => f.outlets.length === 1).map((f) => f.id).sort();
    expect(outlets.flatMap((o) => o.exclusive).sort()).toEqual(exclusive);
  });
});
