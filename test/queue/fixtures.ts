// A small fictional outlet whose articles repeat two standing lines, so the outlet-boilerplate evidence (and with it
// the distributed path's second pass) has something to find. Written for these tests; no real outlet or article.
import path from 'node:path';
import { write } from '../cli/run-cli.js';

const STANDING_LINES = [
  'Brackwater Post reporters Ilka Varro and Tomas Brenn contributed reporting from the river district.',
  'Readers can reach the Brackwater Post newsroom with tips about the Dunmere ferry service at any hour.',
];

const ARTICLES = [
  {
    slug: 'ferry-fares',
    title: 'Dunmere ferry fares rise for the first time in six years',
    date: '2026-05-04',
    body: [
      'The Dunmere ferry board approved a fare increase of forty cents on Monday, the first rise since 2020.',
      'Board chair Oskar Lintvelt said fuel costs had doubled and the old fares no longer covered crew wages.',
      '"We held the line as long as we could," Lintvelt said after the vote.',
    ],
  },
  {
    slug: 'ferry-strike-threat',
    title: 'Ferry crews threaten strike over Dunmere rota changes',
    date: '2026-05-11',
    body: [
      'Crews on the Dunmere ferry said on Thursday they would strike if the new night rota goes ahead.',
      'Union organiser Marta Quell said the rota left some deckhands with four hours of rest between shifts.',
      '"Tired crews make mistakes on a river this fast," Quell told the Brackwater Post.',
    ],
  },
  {
    slug: 'ferry-rota-deal',
    title: 'Dunmere ferry board and crews agree on night rota',
    date: '2026-05-18',
    body: [
      'The Dunmere ferry board and its crews reached a deal on the night rota late on Sunday, averting a strike.',
      'Under the deal no deckhand works two night shifts in a row, Oskar Lintvelt and Marta Quell said in a joint statement.',
      'Services will run as normal on Monday morning.',
    ],
  },
  {
    slug: 'riverside-market',
    title: 'Brackwater riverside market reopens after flood repairs',
    date: '2026-06-02',
    body: [
      'The riverside market in Brackwater reopened on Saturday after three months of repairs to its flood wall.',
      'Stallholder Enna Dovik said trade on the first morning was brisker than before the flood.',
      'The council spent 1.2 million on the new wall, according to its budget papers.',
    ],
  },
];

function page(a: (typeof ARTICLES)[number]): string {
  const paragraphs = [...a.body, ...STANDING_LINES].map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${a.title} | The Brackwater Post</title>
<meta property="og:site_name" content="The Brackwater Post">
<meta property="article:published_time" content="${a.date}T08:00:00+01:00">
</head><body><article><h1>${a.title}</h1>
${paragraphs}
</article></body></html>
`;
}

/** Writes the outlet's articles under `dir` and returns the directory to ingest. */
export function writeBoilerplateOutlet(dir: string): string {
  const root = path.join(dir, 'brackwater-post');
  for (const a of ARTICLES) write(root, `${a.slug}.html`, page(a));
  return root;
}

export const STANDING_LINE_PROBE = 'contributed reporting from the river district';
