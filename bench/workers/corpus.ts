// A generated corpus for the worker bench: N HTML articles from fictional outlets about fictional story threads,
// deterministic for a seed. Each thread is covered by several outlets over several days (so grouping has real work),
// every outlet carries one standing line (so the boilerplate second pass runs), and every article is unique.
import fs from 'node:fs';
import path from 'node:path';

const OUTLETS = [
  'The Brackwater Post', 'Dunmere Evening Star', 'Velmora Courier', 'Harbor Ledger', 'Kestrian Herald', 'Tarn Valley Gazette',
  'Northgate Times', 'Marovian Observer', 'Capital Briefing', 'Financial Compass', 'Lowfield Chronicle', 'Ashby Wire',
];
const PEOPLE = ['Oskar Lintvelt', 'Marta Quell', 'Enna Dovik', 'Ilsa Marran', 'Teodor Vask', 'Lidia Maro', 'Piet Hollan', 'Sanne Orlov', 'Ravi Dunmore', 'Agnes Kettle', 'Bruno Sallow', 'Yara Feld'];
const PLACES = ['Brackwater', 'Dunmere', 'Lessing', 'Velmora', 'Gravna', 'Tarn', 'Northgate', 'Ashby', 'Lowfield', 'Kestria'];
const SUBJECTS = ['ferry service', 'flood wall', 'port strike', 'school budget', 'rail link', 'water tariffs', 'harbour dredging', 'hospital wing', 'bridge repairs', 'fishing quotas'];
const ACTIONS = ['approved', 'delayed', 'rejected', 'reopened talks on', 'launched an inquiry into', 'cut funding for', 'expanded', 'suspended'];
const BODIES = ['council', 'regional assembly', 'ferry board', 'port authority', 'transport ministry', 'health trust'];
const STANDING = (outlet: string) => `Readers can reach the ${outlet} newsroom with tips at any hour of the day or night.`;

/** Mulberry32: a small deterministic PRNG, so the same seed writes the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'ver', 'min', 'tas', 'or', 'quel', 'dra', 'pen', 'sul', 'bri', 'mot', 'gan', 'ves', 'til', 'run'];

/** A made-up proper name of a thread (a project, a vessel, a company): what makes one thread's articles its own. */
function coined(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  const word = Array.from({ length: n }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Documents per story thread: enough outlets and days per thread for multi-document stories. */
const DOCS_PER_THREAD = 8;

export function writeCorpus(dir: string, count: number, seed = 7): { files: number; bytes: number } {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    const thread = Math.floor(i / DOCS_PER_THREAD);
    const threadRand = prng(seed * 1000 + thread);
    const tpick = <T>(list: readonly T[]) => list[Math.floor(threadRand() * list.length)] as T;
    const [place, subject, body, action, lead] = [tpick(PLACES), tpick(SUBJECTS), tpick(BODIES), tpick(ACTIONS), tpick(PEOPLE)];
    // Each thread has its own named project, firm and official, as real stories have their own names.
    const [project, firm, official] = [coined(threadRand), `${coined(threadRand)} ${tpick(['Holdings', 'Works', 'Marine', 'Group'])}`, `${coined(threadRand)} ${coined(threadRand)}`];
    const outlet = OUTLETS[i % OUTLETS.length] as string;
    const day = 1 + ((thread * 3 + (i % DOCS_PER_THREAD)) % 27);
    const month = 1 + (thread % 12);
    const date = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const speaker = pick(PEOPLE);
    const amount = (1 + Math.floor(rand() * 90)) / 10;
    const title = `${place} ${body} ${action} ${project} ${subject} deal with ${firm}`;
    const paragraphs = [
      `The ${place} ${body} ${action} the ${project} ${subject} contract with ${firm} on ${date}, after weeks of debate led by ${lead}.`,
      `${official}, who runs ${firm}, said the ${project} work would cost about ${amount} million over three years, according to papers seen by the ${outlet}.`,
      `"We owe the people of ${place} an answer on ${project}," ${speaker} said, adding that a vote was expected within ${2 + (i % 5)} weeks.`,
      `Critics argued that ${firm} had ignored warnings from engineers about ${project}, and ${official} called for a review.`,
      `Residents interviewed on ${date} were divided, with ${10 + (i % 80)} of them backing the ${project} plan.`,
      STANDING(outlet),
    ];
    const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${title} | ${outlet}</title>
<meta property="og:site_name" content="${outlet}">
<meta name="author" content="${pick(PEOPLE)}">
<meta property="article:published_time" content="${date}T08:00:00+01:00">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer>Copyright ${outlet}</footer></body></html>
`;
    const file = path.join(dir, `${String(i).padStart(5, '0')}.html`);
    fs.writeFileSync(file, html);
    bytes += html.length;
  }
  return { files: count, bytes };
}
