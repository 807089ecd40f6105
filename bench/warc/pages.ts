// Fictional news pages for the WARC benchmark, generated from a seeded generator so every run writes the same bytes.
// Each page is a full HTML document (navigation, an article of 6-14 paragraphs, a related-links aside, a footer)
// about one invented story: outlets, people, places and events are made up from syllables and templates.

export class Seeded {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }
  /** Uniform in [0, 1): a 32-bit LCG, plenty for generating text. */
  next(): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return this.state / 4294967296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'san', 'vo', 'rin', 'da', 'pel', 'nor', 'shi', 'tu', 'bra', 'gen', 'fa', 'lis', 'mon', 'ze', 'quo', 'hal', 'ves', 'ar', 'ul', 'tor'];
const OUTLET_WORDS = ['Ledger', 'Courier', 'Wire', 'Herald', 'Dispatch', 'Gazette', 'Observer', 'Bulletin'];
const VERBS = ['announced', 'rejected', 'approved', 'postponed', 'investigated', 'defended', 'questioned', 'extended'];
const TOPICS = ['the harbour expansion', 'a water tariff', 'the regional budget', 'a rail strike', 'flood barriers', 'the school reform', 'a mining permit', 'the bridge repairs'];
const FILLER = ['officials said', 'according to records seen by reporters', 'residents told the council', 'the ministry confirmed', 'in a statement on Tuesday', 'after weeks of talks', 'despite objections from the opposition', 'as the deadline approached'];

function capitalised(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

export class PageGenerator {
  private readonly random: Seeded;
  readonly outlets: { name: string; host: string }[];
  private readonly people: string[];
  private readonly places: string[];

  constructor(seed = 20260312) {
    this.random = new Seeded(seed);
    const word = (n: number) => Array.from({ length: n }, () => this.random.pick(SYLLABLES)).join('');
    this.places = Array.from({ length: 200 }, () => capitalised(word(2 + this.random.int(2))));
    this.people = Array.from({ length: 2000 }, () => `${capitalised(word(2))} ${capitalised(word(2 + this.random.int(2)))}`);
    this.outlets = Array.from({ length: 40 }, (_, i) => {
      const place = this.places[i]!;
      const name = `${place} ${OUTLET_WORDS[i % OUTLET_WORDS.length]!}`;
      return { name, host: `www.${name.toLowerCase().replace(/\s+/g, '-')}.example` };
    });
  }

  private sentence(place: string, person: string): string {
    const r = this.random;
    switch (r.int(4)) {
      case 0:
        return `${person} ${r.pick(VERBS)} ${r.pick(TOPICS)} in ${place}, ${r.pick(FILLER)}.`;
      case 1:
        return `"We will not accept ${r.pick(TOPICS)} without a vote," said ${person}, who has led the ${place} council since ${2000 + r.int(26)}.`;
      case 2:
        return `The council in ${place} ${r.pick(VERBS)} the plan on ${r.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}, ${r.pick(FILLER)}, with ${1 + r.int(90)} votes in favour.`;
      default:
        return `Costs for ${r.pick(TOPICS)} rose to ${1 + r.int(900)} million, ${r.pick(FILLER)}, while ${r.pick(this.people)} ${r.pick(VERBS)} the figures.`;
    }
  }

  /** One page: its URL, capture date and HTML. `n` makes the URL unique. */
  page(n: number): { url: string; date: string; html: string } {
    const r = this.random;
    const outlet = r.pick(this.outlets);
    const place = r.pick(this.places);
    const person = r.pick(this.people);
    const day = 1 + r.int(28);
    const month = 1 + r.int(12);
    const date = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(r.int(24)).padStart(2, '0')}:15:00Z`;
    const title = `${place} ${r.pick(VERBS).replace(/ed$/, 's')} ${r.pick(TOPICS)}`;
    const paragraphs = Array.from({ length: 6 + r.int(9) }, () =>
      Array.from({ length: 2 + r.int(3) }, () => this.sentence(place, r.next() < 0.5 ? person : r.pick(this.people))).join(' '),
    );
    const related = Array.from({ length: 5 }, (_, i) => `<li><a href="/news/${n + i + 1}">${r.pick(this.places)} ${r.pick(TOPICS)}</a></li>`).join('');
    const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | ${outlet.name}</title>
<meta property="og:site_name" content="${outlet.name}">
<meta name="author" content="${person}">
<meta property="article:published_time" content="${date}">
<link rel="stylesheet" href="/static/site.css"></head>
<body><nav><a href="/">Home</a> <a href="/region">Region</a> <a href="/politics">Politics</a> <a href="/business">Business</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all</div>
<article><h1>${title}</h1><p class="byline">By ${person}</p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<aside class="related"><h3>Related</h3><ul>${related}</ul></aside>
<footer>&copy; ${outlet.name} · <a href="/about">About</a> · <a href="/contact">Contact</a></footer>
</body></html>
`;
    return { url: `https://${outlet.host}/news/${date.slice(0, 10)}/${n}`, date, html };
  }
}
