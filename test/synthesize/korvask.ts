// A fictional multi-outlet story for synthesis tests: a protest in Korvask over a water-utility audit, reported by
// three outlets over two days, with a figure worded three ways, a clashing arrest count, a U-turn on the audit
// and a quote re-reported by two outlets.
import type { AnalyzedDocument, StoryGroup } from '../../src/core/records.js';
import { article } from '../group/corpus.js';

const VARGA_QUOTE = 'We have nothing to hide from the people of Korvask, and nothing to prove to the council';
const names = { person: ['Anselm Varga', 'Varga', 'Ilona Brest'], place: ['Korvask', 'Mirna Square'], organization: ['Korvask Water Authority'] };

export const lanternDay1 = article({
  id: 'k1',
  publisher: 'Lantern Post',
  published: '2026-02-07T18:00:00Z',
  title: 'Thousands march in Korvask over water audit',
  segments: [[
    'About 12,000 protesters marched through central Korvask on Saturday to demand that the Korvask Water Authority publish an audit of its finances, after two years of rising water bills.',
    `Anselm Varga, director of the authority, said the Korvask Water Authority will not release the audit while the council inquiry is running. "${VARGA_QUOTE}," Varga said.`,
    'Police arrested 14 people near Mirna Square after a shop window was broken, a police spokesman said.',
  ]],
  names,
  quotes: [{ text: VARGA_QUOTE, speaker: 'Anselm Varga' }],
});

export const ostrelDay1 = article({
  id: 'k2',
  publisher: 'Ostrel Daily',
  published: '2026-02-07T20:30:00Z',
  title: 'Korvask protest: crowds demand water authority audit',
  segments: [[
    'More than 12,000 protesters marched through central Korvask on Saturday, calling on the Korvask Water Authority to publish the audit of its accounts.',
    `Authority director Anselm Varga has refused to hand the audit to the council. "${VARGA_QUOTE}," he told reporters, according to the Lantern Post.`,
    'Police arrested 40 people near Mirna Square during scuffles in the evening.',
    'City councillor Ilona Brest, who tabled the motion for the audit, joined the march at its start in the old town.',
  ]],
  names,
  quotes: [{ text: VARGA_QUOTE, speaker: 'Anselm Varga' }],
});

export const wireDay1 = article({
  id: 'k3',
  publisher: 'Brightwater Wire',
  published: '2026-02-08T06:00:00Z',
  title: 'Korvask march over water bills draws thousands',
  segments: [[
    'As many as 12,000 protesters marched through central Korvask on Saturday over rising water bills, demanding the audit of the Korvask Water Authority.',
    `"${VARGA_QUOTE}," said Anselm Varga, the authority's director.`,
  ]],
  names,
  quotes: [{ text: VARGA_QUOTE, speaker: 'Anselm Varga' }],
});

export const lanternDay2 = article({
  id: 'k4',
  publisher: 'Lantern Post',
  published: '2026-02-09T09:00:00Z',
  title: 'Water authority to publish audit after Korvask march',
  segments: [[
    'The Korvask Water Authority will publish the audit on Monday, its director Anselm Varga said on Sunday, two days after the march.',
    'Councillor Ilona Brest welcomed the decision and said the council inquiry would continue.',
  ]],
  names,
});

export const korvaskDocs: AnalyzedDocument[] = [
  lanternDay1,
  // The Ostrel Daily credits the Lantern Post for the quote.
  { ...ostrelDay1, borrowed: [{ outlet: 'Lantern Post', cue: 'according to the Lantern Post' }] },
  wireDay1,
  lanternDay2,
];

export const korvaskStory: StoryGroup = {
  id: 's_korvask',
  title: 'Korvask water audit protest',
  segmentIds: korvaskDocs.map((d) => `${d.id}:1`),
  documentIds: korvaskDocs.map((d) => d.id),
  events: [
    { id: 'e_march', title: 'Thousands march in Korvask', date: '2026-02-07', segmentIds: ['k1:1', 'k2:1', 'k3:1'], documentIds: ['k1', 'k2', 'k3'] },
    { id: 'e_uturn', title: 'Authority to publish audit', date: '2026-02-09', segmentIds: ['k4:1'], documentIds: ['k4'] },
  ],
};
