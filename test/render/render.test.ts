import { describe, it, expect } from 'vitest';
import type { DocumentRecord } from '../../src/contract/analysis.js';
import type { Dossier } from '../../src/render/dossier.js';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';

function doc(id: string, publisher: string, published: string, title: string, duplicateOf: string | null = null): DocumentRecord {
  return {
    id, key: `${id}.html`, source: `${id}.html`, format: 'html', title, publisher, authors: [], published, modified: null, publishedConfidence: 1, language: 'en', url: null,
    text: '', removed: [], segments: [], duplicateOf, borrowedFrom: [],
  };
}

const dossier: Dossier = {
  story: {
    id: 's_0123456789',
    title: 'Harbor strike <script>alert(1)</script> ends',
    documents: ['d_a', 'd_b'],
    events: [{ id: 'e_1', title: 'Dockworkers return', date: '2026-06-20', documents: ['d_a', 'd_b'] }],
    summary: [{ text: 'Dockworkers at Port Hallam returned to work on Saturday.', citations: ['d_a', 'd_b'], eventId: 'e_1', origin: 'd_a', lead: true }],
    timeline: [
      { date: '2026-06-20', end: null, precision: 'day', approximate: false, label: '', text: 'Dockworkers return', citations: ['d_b'] },
      { date: '2026-06-15', end: '2026-06-21', precision: 'week', approximate: false, label: 'week of 15 Jun 2026', text: 'Cranes idle', citations: ['d_a'] },
    ],
    quotes: ['q_1'],
    entities: ['n_1'],
    conflicts: [
      {
        topic: 'workers', kind: 'figure', between: 'outlets', compatible: false,
        note: 'Not compatible: “about 4,000 workers” and “about 2,500 workers” cannot both be true.',
        statements: [
          { text: 'About 4,000 workers walked out.', documentId: 'd_a', outlet: 'Harbor Ledger', published: '2026-06-20T08:00:00Z', figure: 'About 4,000 workers' },
          { text: 'About 2,500 workers walked out.', documentId: 'd_b', outlet: 'Coastal Wire', published: '2026-06-20T09:00:00Z', figure: 'About 2,500 workers' },
        ],
      },
    ],
    borrowing: [{ from: 'Meridian Wire', to: 'Harbor Ledger', documentId: 'd_a', cue: 'according to Meridian Wire' }],
    speakers: [],
    borrowingGraph: { outlets: [], edges: [] },
    sourceMatrix: {
      outlets: [
        { outlet: 'Harbor Ledger', documents: ['d_a'], firstCovered: '2026-06-20T08:00:00Z', firstDocumentId: 'd_a', exclusive: ['q1'] },
        { outlet: 'Coastal Wire', documents: ['d_b'], firstCovered: '2026-06-20T09:00:00Z', firstDocumentId: 'd_b', exclusive: [] },
      ],
      facts: [
        { id: 's1', kind: 'summary', text: 'Dockworkers at Port Hallam returned to work on Saturday.', outlets: ['Harbor Ledger', 'Coastal Wire'], documents: ['d_a', 'd_b'] },
        { id: 'q1', kind: 'quote', text: 'Kasimir Lund: “We go back <b>tomorrow</b>”', outlets: ['Harbor Ledger'], documents: ['d_a'] },
      ],
    },
    abstract: null,
  },
  documents: [doc('d_a', 'Harbor Ledger', '2026-06-20T08:00:00Z', 'Strike ends'), doc('d_b', 'Coastal Wire', '2026-06-20T09:00:00Z', 'Cranes move again', 'd_a')],
  quotes: [{ id: 'q_1', text: 'We go back <b>tomorrow</b>', speaker: { entityId: 'n_1', name: 'Kasimir Lund' }, documentId: 'd_a', alsoIn: ['d_b'] }],
  entities: [{ id: 'n_1', name: 'Kasimir Lund', type: 'person', aliases: ['Kasimir Lund', 'Mr. Lund'], documents: ['d_a'] }],
};

describe('dossier renderers', () => {
  it('Markdown numbers sources once and cites them everywhere with the same numbers', () => {
    const md = renderMarkdown(dossier);
    expect(md).toContain('- **Dockworkers at Port Hallam returned to work on Saturday.** [1][2]');
    expect(md).toContain('- **2026-06-20** Dockworkers return [2]');
    expect(md).toContain('- **week of 15 Jun 2026** Cranes idle [1]');
    expect(md).toContain('**Kasimir Lund**');
    expect(md).toContain('[1][2]');
    expect(md).toContain('- Meridian Wire → Harbor Ledger: Harbor Ledger names it as a source [1]');
    expect(md).toContain('**workers** (figure, between outlets, not compatible)');
    expect(md).toContain('- Harbor Ledger, 2026-06-20: “About 4,000 workers” — About 4,000 workers walked out. [1]');
    expect(md).toContain('> — first in Harbor Ledger, 2026-06-20 [1]; re-reported by Coastal Wire, 2026-06-20 [2]');
    expect(md).toContain('| Harbor Ledger | 2026-06-20 [1] | 1 | q1 |');
    expect(md).toContain('| s1: Dockworkers at Port Hallam returned to work on Saturday. | ✓ | ✓ |');
    expect(md).toContain('- Kasimir Lund (person), also “Mr. Lund”');
    expect(md).toContain('1. Harbor Ledger, 2026-06-20: Strike ends — d_a.html');
    expect(md).toContain('2. Coastal Wire, 2026-06-20: Cranes move again (copy of [1]) — d_b.html');
  });

  it('HTML escapes everything that came from documents', () => {
    const html = renderHtml(dossier);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('Harbor strike &lt;script&gt;alert(1)&lt;/script&gt; ends');
    expect(html).toContain('We go back &lt;b&gt;tomorrow&lt;/b&gt;');
    expect(html).toMatch(/<li id="src-2">Coastal Wire, 2026-06-20: Cranes move again \(copy of \[1\]\) <code>d_b\.html<\/code><\/li>/);
    expect(html).toContain('q1: Kasimir Lund: “We go back &lt;b&gt;tomorrow&lt;/b&gt;”');
    expect(html).not.toMatch(/<(?:script|link|img)\b|src=|https?:\/\//);
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
