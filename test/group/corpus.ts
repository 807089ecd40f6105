// Hand-written test corpus: two stories (a river flood, a port strike), wire copies, a roundup page,
// a second flood event weeks later, a changed figure, name variants and re-reported quotes.
import type { AnalyzedDocument, Mention, QuoteFinding } from '../../src/core/records.js';
import type { EntityType } from '../../src/contract/analysis.js';

export interface ArticleSpec {
  id: string;
  publisher?: string;
  published: string | null;
  ingestedAt?: string;
  title: string | null;
  /** One inner array per segment; a single-topic article has one. */
  segments: string[][];
  names?: Partial<Record<EntityType, string[]>>;
  quotes?: { text: string; speaker: string | null }[];
}

/** Every occurrence of each listed name, longest names first, never overlapping a longer one. */
function mentionsIn(text: string, names: ArticleSpec['names'] = {}): Mention[] {
  const listed = Object.entries(names).flatMap(([type, list]) => (list ?? []).map((name) => ({ name, type: type as EntityType })));
  listed.sort((a, b) => b.name.length - a.name.length);
  const taken: [number, number][] = [];
  const out: Mention[] = [];
  for (const { name, type } of listed) {
    let from = 0;
    for (let at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, from)) {
      from = at + name.length;
      if (taken.some(([s, e]) => at < e && at + name.length > s)) continue;
      taken.push([at, at + name.length]);
      out.push({ text: name, start: at, end: at + name.length, type });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function quotesIn(text: string, quotes: ArticleSpec['quotes'] = []): QuoteFinding[] {
  return quotes.map(({ text: quote, speaker }) => {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`quote not in text: ${quote}`);
    return { text: quote, speaker, start, end: start + quote.length };
  });
}

export function article(spec: ArticleSpec): AnalyzedDocument {
  const segmentTexts = spec.segments.map((paragraphs) => paragraphs.join('\n\n'));
  const text = segmentTexts.join('\n\n');
  return {
    id: spec.id,
    title: spec.title,
    publisher: spec.publisher ?? null,
    published: spec.published,
    ingestedAt: spec.ingestedAt ?? '2024-04-15T00:00:00Z',
    text,
    segments: segmentTexts.map((segmentText, i) => ({ id: `${spec.id}:${i + 1}`, text: segmentText })),
    mentions: mentionsIn(text, spec.names),
    quotes: quotesIn(text, spec.quotes),
  };
}

const FLOOD_PLACES = ['Harlow Bend', 'Maren River', 'Eastside', 'Maren'];
const OSTROVA_QUOTE = 'We will not leave anyone behind on the river road,';

const WIRE = [
  'Floodwaters from the Maren River forced about 1,200 residents from their homes in Harlow Bend on Monday, after three days of heavy rain pushed the river over its banks near the old rail bridge.',
  `Maria Ostrova, director of the regional emergency agency, said crews had evacuated the low-lying Eastside district overnight and opened shelters at two schools. "${OSTROVA_QUOTE}" Ms. Ostrova said.`,
  "Mayor Dmitri Volkov said the town's water supply was safe but asked residents to avoid driving through flooded streets. Forecasters expect the river to crest on Wednesday, and the regional agency has asked for pumps from neighbouring districts.",
  'The Maren last flooded Harlow Bend in 2011, when the water reached the steps of the town hall and the old rail bridge was closed for a month.',
];
const WIRE_NAMES = { person: ['Maria Ostrova', 'Ms. Ostrova', 'Dmitri Volkov'], place: FLOOD_PLACES };
const WIRE_QUOTES = [{ text: OSTROVA_QUOTE, speaker: 'Ms. Ostrova' }];

/** The original wire story. */
export const a1 = article({
  id: 'a1',
  publisher: 'Northwire',
  published: '2024-03-04T08:00:00Z',
  title: 'Maren River floods force 1,200 from homes in Harlow Bend',
  segments: [WIRE],
  names: WIRE_NAMES,
  quotes: WIRE_QUOTES,
});

/** Exact copy under another headline. */
export const a2 = article({
  id: 'a2',
  publisher: 'Daily Courier',
  published: '2024-03-04T09:30:00Z',
  title: 'Floods force 1,200 from homes',
  segments: [WIRE],
  names: WIRE_NAMES,
  quotes: WIRE_QUOTES,
});

/** Trimmed copy: the last two paragraphs cut. */
export const a3 = article({
  id: 'a3',
  publisher: 'Valley Post',
  published: '2024-03-04T11:00:00Z',
  title: 'Harlow Bend evacuates as the Maren rises',
  segments: [WIRE.slice(0, 2)],
  names: WIRE_NAMES,
  quotes: WIRE_QUOTES,
});

/** Lightly edited copy: two phrases changed. */
export const a4 = article({
  id: 'a4',
  publisher: 'Riverside Gazette',
  published: '2024-03-04T12:00:00Z',
  title: 'Maren River floods force 1,200 from homes in Harlow Bend',
  segments: [
    WIRE.map((p) => p.replace('on Monday, after', 'on Monday morning, after').replace('heavy rain', 'torrential rain')),
  ],
  names: WIRE_NAMES,
  quotes: WIRE_QUOTES,
});

/** Independent report of the same flood: a different figure, a misspelt first name, a second Ostrova. */
export const a5 = article({
  id: 'a5',
  publisher: 'The Ledger',
  published: '2024-03-05T07:00:00Z',
  title: 'Thousands flee as Maren River swamps Harlow Bend',
  segments: [
    [
      'More than 3,400 residents of Harlow Bend spent the night in shelters after the Maren River burst its banks, emergency officials said on Tuesday.',
      'Mariah Ostrova, who leads the regional emergency agency, said rescue boats had reached every street in the Eastside district. “We will not leave anyone behind … on the river road,” Ostrova told reporters.',
      'Irina Ostrova, who runs a bakery on Mill Street, said the water rose faster than anyone expected. “By midnight the bread ovens were under a metre of water,” she said.',
      'Mayor Dmitry Volkov said the town would ask the regional government for emergency funds once the water receded.',
    ],
  ],
  names: { person: ['Mariah Ostrova', 'Irina Ostrova', 'Ostrova', 'Dmitry Volkov'], place: [...FLOOD_PLACES, 'Mill Street'] },
  quotes: [
    { text: 'We will not leave anyone behind … on the river road,', speaker: 'Ostrova' },
    { text: 'By midnight the bread ovens were under a metre of water,', speaker: 'Irina Ostrova' },
  ],
});

/** Strike story, wire original. */
export const b1 = article({
  id: 'b1',
  publisher: 'Northwire',
  published: '2024-03-06T10:00:00Z',
  title: 'Dockworkers walk out at Port of Kestrel over pay',
  segments: [
    [
      "About 2,000 dockworkers at the Port of Kestrel walked off the job on Wednesday, halting container traffic at the country's second-busiest harbour in a dispute over pay and night shifts.",
      'Samuel Okafor, head of the Kestrel Dockers Union, said talks with the port authority had collapsed after eight months. "Our members have carried this port through every storm, and they deserve a fair wage," Mr. Okafor said.',
      'Linda Marsh, chief executive of the Kestrel Port Authority, called the strike premature and said 14 ships were waiting offshore.',
    ],
  ],
  names: {
    person: ['Samuel Okafor', 'Mr. Okafor', 'Linda Marsh'],
    organization: ['Kestrel Dockers Union', 'Kestrel Port Authority'],
    place: ['Port of Kestrel'],
  },
  quotes: [{ text: 'Our members have carried this port through every storm, and they deserve a fair wage,', speaker: 'Mr. Okafor' }],
});

/** Strike story, second outlet: the union quote trimmed, the same figures. */
export const b2 = article({
  id: 'b2',
  publisher: 'Harbor Times',
  published: '2024-03-07T06:00:00Z',
  title: 'Kestrel port strike strands ships as union digs in',
  segments: [
    [
      'Ships queued outside the Port of Kestrel on Thursday as a strike by 2,000 dockworkers entered its second day with no new talks scheduled between the union and the port authority.',
      'Union leader Samuel Okafor told a rally that members had “carried this port through every storm and they deserve a fair wage.”',
      'Port authority chief Linda Marsh said 14 ships were waiting to unload and warned that perishable cargo would be diverted to other harbours.',
    ],
  ],
  names: { person: ['Samuel Okafor', 'Linda Marsh'], place: ['Port of Kestrel'] },
  quotes: [{ text: 'carried this port through every storm and they deserve a fair wage.', speaker: 'Samuel Okafor' }],
});

/** A roundup page: one segment per story. */
export const r1 = article({
  id: 'r1',
  publisher: 'Northwire Digest',
  published: '2024-03-07T05:00:00Z',
  title: 'Morning Briefing',
  segments: [
    [
      'Flood: Harlow Bend residents remained in shelters overnight as the Maren River stayed above flood level in the Eastside district, regional emergency officials said.',
    ],
    [
      'Strike: The walkout by dockworkers at the Port of Kestrel enters a second day, with the union and the port authority still far apart on pay.',
    ],
  ],
  names: { place: ['Harlow Bend', 'Maren River', 'Eastside', 'Port of Kestrel'] },
});

/** Second flood event, three weeks later. */
export const a6 = article({
  id: 'a6',
  publisher: 'Northwire',
  published: '2024-03-27T09:00:00Z',
  title: 'Harlow Bend begins rebuilding after Maren River floods',
  segments: [
    [
      'Residents of Harlow Bend began clearing mud from homes in the Eastside district on Wednesday, three weeks after the Maren River flooded the town and forced hundreds of families to evacuate.',
      'Maria K. Ostrova, director of the regional emergency agency, said 300 homes had been inspected and most could be repaired. Mayor Dmitri Volkov announced a $45 million reconstruction fund for the flooded streets and the rail bridge.',
      '“We will not leave anyone behind on the river road,” Ms. Ostrova said, repeating the promise she made when the water rose.',
    ],
  ],
  names: { person: ['Maria K. Ostrova', 'Ms. Ostrova', 'Dmitri Volkov'], place: FLOOD_PLACES },
  quotes: [{ text: 'We will not leave anyone behind on the river road,', speaker: 'Ms. Ostrova' }],
});

/** Second flood event, another outlet with another figure for the fund. */
export const a7 = article({
  id: 'a7',
  publisher: 'The Ledger',
  published: '2024-03-28T07:30:00Z',
  title: 'Harlow Bend fund to rebuild flooded Eastside',
  segments: [
    [
      'Harlow Bend will spend a $60 million reconstruction fund on homes and streets in the Eastside district damaged when the Maren River flooded this month, Mayor Dmitry Volkov said on Thursday.',
      'Volkov said 300 homes had been inspected by the regional emergency agency and that repairs to the rail bridge would start in May.',
    ],
  ],
  names: { person: ['Dmitry Volkov', 'Volkov'], place: FLOOD_PLACES },
});

/** A later, unrelated article (for the "adding documents renames nothing" checks). */
export const c1 = article({
  id: 'c1',
  publisher: 'Dunmore Herald',
  published: '2024-04-12T08:00:00Z',
  title: 'Dunmore library reopens after two-year renovation',
  segments: [
    [
      'The Dunmore public library reopened its doors on Friday after a two-year renovation that added a children’s reading room, a rooftop garden and a small recording studio.',
      'Head librarian Tomasz Wierzbicki said more than 800 visitors came through on the first morning, many of them asking about the restored reading lamps.',
    ],
  ],
  names: { person: ['Tomasz Wierzbicki'], place: ['Dunmore'] },
});

export const flood = [a1, a2, a3, a4, a5, a6, a7];
export const strike = [b1, b2];
/** The corpus in a scrambled input order (grouping must not depend on it). */
export const corpus = [a5, b2, a3, r1, a1, a7, b1, a4, a2, a6];
