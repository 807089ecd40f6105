// A generated 500-document story for the serve benchmark: one fictional event (a breakwater collapse in the port
// town of Brinemouth and the ten days after it), reported by 25 fictional outlets. Deterministic (seeded).
//
// Each article is a JSON record (title, outlet, author, date, text): a lead drawn from six wordings of the day's
// news, four to seven paragraphs drawn from a pool of facts (three wordings each, some with figures that differ by
// outlet: evacuee and cost counts), one or two quotes from six recurring speakers, sometimes a credit to the
// wire ("according to Meridian Wire"); one article in ten is a wire copy run verbatim by a second outlet.
// Articles spread over ten days, most on the first three.

let state = 20260814;
const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

const OUTLETS = [
  'Brinemouth Tribune', 'Coastal Herald', 'Meridian Wire', 'The Harbor Ledger', 'Northgate Times', 'The Velmora Courier',
  'Kestrian Herald', 'Tarn Valley Gazette', 'Financial Compass', 'The Marovian Observer', 'Saltmarsh Post', 'Gull Point Daily',
  'The Capital Briefing', 'Drenholm Evening News', 'Estuary Weekly', 'Port Hallam Mercury', 'The Lantern', 'Westerly Review',
  'Orsk Lake Chronicle', 'Ilsen Valley Voice', 'The Daily Ferry', 'Seaboard Standard', 'Anchor & Chain', 'The Tidewatch',
  'Harbourside Bulletin',
];
const AUTHORS = ['Edda Vantrell', 'Oskar Lind', 'Mira Soll', 'Piet Aranda', 'Hana Quist', 'Tomas Reel', 'Lena Varga', 'Jon Brask'];

const DAYS = ['2026-08-14', '2026-08-15', '2026-08-16', '2026-08-17', '2026-08-18', '2026-08-19', '2026-08-20', '2026-08-21', '2026-08-22', '2026-08-24'];
/** Most coverage comes in the first days. */
const DAY_WEIGHTS = [30, 20, 14, 9, 7, 6, 5, 4, 3, 2];

const LEADS: readonly ((d: { evacuated: string; day: string }) => string)[] = [
  (d) => `BRINEMOUTH - A 300-metre section of the Brinemouth breakwater collapsed during a storm surge on ${d.day}, flooding the harbour quarter and forcing ${d.evacuated} residents from their homes.`,
  (d) => `The Brinemouth breakwater gave way on ${d.day} as a storm surge struck the port, sending seawater through the harbour quarter; ${d.evacuated} people were evacuated.`,
  (d) => `Seawater poured into the harbour quarter of Brinemouth on ${d.day} after the town's breakwater collapsed in a storm surge, and ${d.evacuated} residents left their homes.`,
  (d) => `Harbour council engineers are inspecting what remains of the Brinemouth breakwater, which collapsed on ${d.day} and let a storm surge flood the harbour quarter, displacing ${d.evacuated} residents.`,
  (d) => `Brinemouth is counting the cost of the breakwater collapse on ${d.day}, which flooded the harbour quarter and drove ${d.evacuated} residents from their homes.`,
  (d) => `Questions are mounting over the Brinemouth breakwater, whose collapse on ${d.day} flooded the harbour quarter and forced ${d.evacuated} residents out.`,
];

const EVACUATED = ['about 1,200', 'more than 1,200', 'nearly 1,300', '1,200', 'some 1,250', 'as many as 1,400'];
const COSTS = ['40 million thalers', 'about 40 million thalers', 'up to 55 million thalers', 'more than 45 million thalers'];

const FACTS: readonly (readonly string[])[] = [
  [
    'The breakwater was built in 1968 and last repaired in 2011, according to harbour council records.',
    'Council records show the breakwater, built in 1968, was last repaired in 2011.',
    'The 1968 breakwater had not been repaired since 2011, records from the harbour council show.',
  ],
  [
    'Councillor Ilse Granholm said the council had been warned in March that the seaward wall was cracking.',
    'The harbour council received a warning in March that the seaward wall was cracking, councillor Ilse Granholm said.',
    'A March report to the harbour council described cracks in the seaward wall, Ilse Granholm told reporters.',
  ],
  [
    'Rescue crews in boats moved through the flooded streets of the harbour quarter through the night.',
    'Boats carried rescue crews street by street through the flooded harbour quarter overnight.',
    'Overnight, rescue crews used boats to reach residents in the flooded harbour quarter.',
  ],
  [
    'The port of Brinemouth was closed to cargo ships while divers surveyed the harbour mouth for debris.',
    'Cargo ships were kept out of the port while divers checked the harbour mouth for debris.',
    'Divers surveyed the harbour mouth for debris and the port stayed closed to cargo traffic.',
  ],
  [
    'Mayor Ansel Morrow declared a state of emergency and opened the Brinemouth sports hall as a shelter.',
    'A state of emergency was declared by Mayor Ansel Morrow, who opened the sports hall to evacuees.',
    'The sports hall became a shelter after Mayor Ansel Morrow declared a state of emergency.',
  ],
  [
    'Engineers estimate that rebuilding the breakwater will cost {cost}.',
    'Rebuilding the breakwater will cost {cost}, engineers estimate.',
    'The harbour council put the cost of a new breakwater at {cost}.',
  ],
  [
    'Shipping firms said cargo bound for Brinemouth was being diverted to Port Hallam.',
    'Cargo for Brinemouth is being diverted to Port Hallam, shipping firms said.',
    'Freight is going to Port Hallam instead while the port is closed, according to shipping firms.',
  ],
  [
    'No deaths were reported, but eleven people were treated in hospital for hypothermia.',
    'Eleven people were treated for hypothermia in hospital; no deaths were reported.',
    'Hospital staff treated eleven people for hypothermia, and no one died.',
  ],
  [
    'The national coastal agency said it would open an inquiry into the collapse within a week.',
    'An inquiry into the collapse will open within a week, the national coastal agency said.',
    'Within a week, the national coastal agency will begin an inquiry into why the breakwater failed.',
  ],
  [
    'Residents of the harbour quarter began returning home on Monday as the water receded.',
    'As the water receded on Monday, residents started returning to the harbour quarter.',
    'The first residents went back to the harbour quarter on Monday once the water had gone down.',
  ],
];

const QUOTES: readonly { speaker: string; role: string; text: string }[] = [
  { speaker: 'Ilse Granholm', role: 'harbour councillor', text: 'We were told the wall was cracking and we argued about the budget instead' },
  { speaker: 'Ansel Morrow', role: 'the mayor of Brinemouth', text: 'Nobody will be asked to go home until the engineers tell me it is safe' },
  { speaker: 'Petra Lunde', role: 'an opposition councillor', text: 'This was a failure of maintenance, not an act of nature' },
  { speaker: 'Marta Quist', role: 'head of the Brinemouth shippers association', text: 'Every day the port stays shut costs our members a fortune' },
  { speaker: 'Oswin Tarrant', role: 'a harbour quarter resident', text: 'The water came through the door in less than a minute' },
  { speaker: 'Rhea Solberg', role: 'chief engineer of the national coastal agency', text: 'The seaward wall failed first and the rest followed within the hour' },
];

export interface GeneratedRecord {
  id: string;
  url: string;
  title: string;
  publisher: string;
  authors: string[];
  published: string;
  text: string;
}

const TITLES = [
  'Brinemouth breakwater collapses in storm surge',
  'Storm surge breaches Brinemouth breakwater, harbour quarter flooded',
  'Brinemouth evacuates harbour quarter after breakwater fails',
  'Warnings ignored before Brinemouth breakwater collapse, councillor says',
  'Brinemouth port shut as divers survey breakwater debris',
  'Cost of new Brinemouth breakwater put at millions',
  'Inquiry to examine Brinemouth breakwater collapse',
  'Residents return to flooded Brinemouth harbour quarter',
];

function weightedDay(): number {
  const total = DAY_WEIGHTS.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (const [i, w] of DAY_WEIGHTS.entries()) if ((r -= w) < 0) return i;
  return DAY_WEIGHTS.length - 1;
}

function dayName(iso: string): string {
  return ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
}

export function generateStory(count: number): GeneratedRecord[] {
  const records: GeneratedRecord[] = [];
  for (let i = 0; records.length < count; i++) {
    const publisher = pick(OUTLETS);
    const day = weightedDay();
    const published = `${DAYS[day]}T${String(between(6, 21)).padStart(2, '0')}:${String(between(0, 59)).padStart(2, '0')}:00Z`;
    // One in ten is a wire copy of an earlier article, run verbatim under another outlet.
    const original = records.length > 20 && random() < 0.1 ? pick(records) : null;
    if (original) {
      const copier = pick(OUTLETS.filter((o) => o !== original.publisher));
      records.push({ ...original, id: `bench-breakwater-${i}`, url: `https://${slug(copier)}.example/news/${i}`, publisher: copier, published });
      continue;
    }
    const paragraphs = [pick(LEADS)({ evacuated: pick(EVACUATED), day: dayName(DAYS[0]!) })];
    const facts = [...FACTS].sort(() => random() - 0.5).slice(0, between(4, 7));
    for (const fact of facts) paragraphs.push(pick(fact).replace('{cost}', pick(COSTS)));
    for (let q = between(1, 2); q > 0; q--) {
      const quote = pick(QUOTES);
      paragraphs.splice(between(1, paragraphs.length - 1), 0, `"${quote.text}," said ${quote.speaker}, ${quote.role}.`);
    }
    if (publisher !== 'Meridian Wire' && random() < 0.25) paragraphs.push('The harbour council confirmed the figures, according to Meridian Wire.');
    records.push({
      id: `bench-breakwater-${i}`,
      url: `https://${slug(publisher)}.example/news/${i}`,
      title: `${pick(TITLES)}${random() < 0.3 ? ` (${publisher.split(' ')[0]} report)` : ''}`,
      publisher,
      authors: [pick(AUTHORS)],
      published,
      text: paragraphs.join('\n\n'),
    });
  }
  return records;
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
