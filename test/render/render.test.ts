import { describe, it, expect } from 'vitest';
import type { DocumentRecord } from '../../src/contract/analysis.js';
import type { Dossier } from '../../src/render/dossier.js';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';

function doc(id: string, publisher: string, published: string, title: string, duplicateOf: string | null = null): DocumentRecord {
  return {
    id, key: `${id}.html`, source: `${id}.html`, format: 'html', title, publisher, authors: [], published, publishedConfidence: 1, language: 'en', url: null,
    text: '', removed: [], segments: [], duplicateOf, borrowedFrom: [],
  };
}

const dossier: Dossier = {
  story: {
    id: 's_0123456789',
    title: 'Harbor strike <script>alert(1)</script> ends',
    documents: ['d_a', 'd_b'],
    events: [{ id: 'e_1', title: 'Dockworkers return', date: '2026-06-20', documents: ['d_a', 'd_b'] }],
    summary: [{ text: 'Dockworkers at Port Hallam returned to work on Saturday.', citations: ['d_a', 'd_b'] }],
    timeline: [{ date: '2026-06-20', text: 'Dockworkers return', citations: ['d_b'] }],
    quotes: ['q_1'],
    entities: ['n_1'],
    conflicts: [{ topic: 'workers', statements: [{ text: 'About 4,000 walked out.', documentId: 'd_a' }, { text: 'About 2,500 walked out.', documentId: 'd_b' }] }],
    borrowing: [{ from: 'Meridian Wire', to: 'Harbor Ledger', documentId: 'd_a', cue: 'according to Meridian Wire' }],
  },
  documents: [doc('d_a', 'Harbor Ledger', '2026-06-20T08:00:00Z', 'Strike ends'), doc('d_b', 'Coastal Wire', '2026-06-20T09:00:00Z', 'Cranes move again', 'd_a')],
  quotes: [{ id: 'q_1', text: 'We go back <b>tomorrow</b>', speaker: { entityId: 'n_1', name: 'Kasimir Lund' }, documentId: 'd_a', alsoIn: ['d_b'] }],
  entities: [{ id: 'n_1', name: 'Kasimir Lund', type: 'person', aliases: ['Kasimir Lund', 'Mr. Lund'], documents: ['d_a'] }],
};

describe('dossier renderers', () => {
  it('Markdown numbers sources once and cites them everywhere with the same numbers', () => {
    const md = renderMarkdown(dossier);
    expect(md).toContain('- Dockworkers at Port Hallam returned to work on Saturday. [1][2]');
    expect(md).toContain('- **2026-06-20** Dockworkers return [2]');
    expect(md).toContain('**Kasimir Lund**');
    expect(md).toContain('[1][2]');
    expect(md).toContain('- Harbor Ledger credits Meridian Wire [1]');
    expect(md).toContain('- Kasimir Lund (person), also “Mr. Lund”');
    expect(md).toContain('1. Harbor Ledger, 2026-06-20: Strike ends — d_a.html');
    expect(md).toContain('2. Coastal Wire, 2026-06-20: Cranes move again (copy of [1]) — d_b.html');
  });

  it('HTML escapes everything that came from documents', () => {
    const html = renderHtml(dossier);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('Harbor strike &lt;script&gt;alert(1)&lt;/script&gt; ends');
    expect(html).toContain('We go back &lt;b&gt;tomorrow&lt;/b&gt;');
    expect(html).toMatch(/<li id="src-2">Coastal Wire, 2026-06-20: Cranes move again <code>d_b\.html<\/code><\/li>/);
  });

  it('groups quotes by the linked entity, whatever the speaker was called in each article', async () => {
    const { quotesBySpeaker } = await import('../../src/render/dossier.js');
    const quotes = [
      { id: 'q_1', text: 'We go back tomorrow', speaker: { entityId: 'n_1', name: 'Mr. Lund' }, documentId: 'd_a', alsoIn: [] },
      { id: 'q_2', text: 'The cranes stay off', speaker: { entityId: 'n_1', name: 'Kasimir Lund' }, documentId: 'd_b', alsoIn: [] },
      { id: 'q_3', text: 'Nobody told us', speaker: { entityId: null, name: 'a senior customs official' }, documentId: 'd_b', alsoIn: [] },
    ];
    const groups = quotesBySpeaker(quotes, dossier.entities);
    expect(groups.map(([label, qs]) => [label, qs.map((q) => q.id)])).toEqual([
      ['Kasimir Lund', ['q_1', 'q_2']],
      ['a senior customs official', ['q_3']],
    ]);
  });
});
