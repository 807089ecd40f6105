// Timeline gold for the demo corpus (examples/corpus, all fiction), and the score of timelines against it.
// Written by reading the demo documents: the main dated happenings of each gold story, with the date an analyst
// would give each and how a timeline should label it. Story slugs are those of examples/gold.json.

export interface GoldHappening {
  what: string;
  /** First ISO day. */
  date: string;
  /** Last ISO day of a week, month or range; absent for a day. */
  end?: string;
  precision: 'day' | 'week' | 'month' | 'quarter' | 'year' | 'range';
  /** The label a timeline should show. */
  label: string;
  /** Words of which an entry's text must hold at least one (case-blind) to be about this happening. */
  cues: string[];
}

export type TimelineGold = Record<string, GoldHappening[]>;

/** The shape of a timeline entry this scorer reads (src/synthesize/timeline.ts TimelineEntry has more). */
export interface ScoredEntry {
  date: string;
  end: string | null;
  precision: string;
  label: string;
  text: string;
}

const day = (date: string, label: string, what: string, cues: string[]): GoldHappening => ({ what, date, precision: 'day', label, cues });

export const DEMO_TIMELINE_GOLD: TimelineGold = {
  'marovia-kestria': [
    day('2026-03-12', '12 Mar 2026', 'Sarrow and Kettler sign the Velmora Accord in Velmora', ['accord', 'agreement', 'signed']),
    day('2026-03-13', '13 Mar 2026', 'Kettler returns to Drenholm hailing a "turning point"', ['returned', 'drenholm']),
    day('2026-03-13', '13 Mar 2026', 'The thaler and Port Hallam shippers rally on the accord', ['thaler', 'shares']),
    day('2026-05-01', '1 May 2026', 'The Gravna crossing opens to freight around the clock', ['gravna', '24 hours', 'around the clock']),
    day('2026-10-02', '2 Oct 2026', 'Kestria closes the Gravna crossing to freight after lorries are impounded', ['closed', 'shut']),
    day('2026-10-06', '6 Oct 2026', 'Sarrow and Kettler agree by telephone to reopen the crossing', ['call', 'telephone', 'phone', 'agreed']),
    day('2026-10-08', '8 Oct 2026', 'The first impounded lorries cross as joint inspectors start work', ['lorries', 'crossed', 'inspectors']),
    day('2026-10-09', '9 Oct 2026', 'Freight traffic at Gravna resumes', ['resume', 'reopen']),
    day('2026-10-13', '13 Oct 2026', 'The joint Ilsen River commission holds its first session in Drenholm', ['commission', 'session']),
  ],
  'tarn-valley-flood': [
    day('2026-04-17', '17 Apr 2026', 'The Ilsen bursts its banks in Lessing; about 1,200 evacuated', ['burst', 'banks', 'evacuat', 'flood']),
    day('2026-04-17', '17 Apr 2026', 'The highest flood alert reaches Lessing at 4:10 a.m.', ['alert']),
    day('2026-04-17', '17 Apr 2026', 'Kestrian gauges at Harnsee show the river rising from about 1:05 a.m.', ['harnsee', 'gauge']),
    day('2026-04-18', '18 Apr 2026', 'A second crest raises evacuations to 3,400; Volkov visits Lessing', ['3,400', 'second', 'volkov']),
    day('2026-04-19', '19 Apr 2026', 'Volkov orders an independent inquiry led by Judge Falk', ['inquiry']),
    day('2026-07-22', '22 Jul 2026', 'The Falk report finds the warning came about three hours late', ['report', 'inquiry', 'falk']),
    day('2026-07-23', '23 Jul 2026', 'Volkov faces calls to resign and tells the Assembly what will change', ['resign', 'assembly', 'volkov']),
  ],
  'marovia-budget': [
    day('2026-05-19', '19 May 2026', 'Officials brief a 2.4-billion-thaler flood fund', ['2.4', 'briefed', 'told reporters', 'officials']),
    day('2026-05-20', '20 May 2026', 'Ostrova presents the emergency budget: 3.1 billion thalers and a bank levy', ['budget', '3.1', 'set aside']),
    day('2026-05-21', '21 May 2026', 'Bond markets shrug off the bigger deficit', ['bond', 'yield', 'investors']),
    day('2026-05-27', '27 May 2026', 'The Assembly votes on the budget', ['assembly', 'vote']),
  ],
  'port-hallam-strike': [
    {
      what: 'The remote-controlled cranes begin work at the container terminal',
      date: '2026-06-01', end: '2026-06-07', precision: 'week', label: 'week of 1 Jun 2026', cues: ['crane'],
    },
    day('2026-06-08', '8 Jun 2026', 'Talks between the union and the port authority break down', ['talks']),
    day('2026-06-09', '9 Jun 2026', 'Dock workers walk out in an indefinite strike', ['strike', 'walked', 'walkout']),
    day('2026-06-10', '10 Jun 2026', 'Second day of the strike: ships queue off Port Hallam', ['second day', 'ships', 'anchor']),
    day('2026-06-11', '11 Jun 2026', 'Third day: the strike costs 40 million thalers a day; Kestrian grain diverted', ['third day', 'grain', '40 million']),
  ],
  'velmora-film-festival': [
    day('2026-09-19', '19 Sep 2026', 'José Ibáñez wins the Golden Heron; Lidia Maro the Silver Heron', ['heron', 'won', 'award']),
  ],
};

/**
 * Tolerance: a day in the gold needs an entry on that very day at day precision (a coarser entry, such as the week
 * or month holding it, is too vague to count). A week, month or range in the gold takes any entry lying wholly
 * inside it, at its own or a finer precision.
 */
export function dateMatches(entry: ScoredEntry, gold: GoldHappening): boolean {
  if (gold.precision === 'day') return entry.precision === 'day' && entry.date === gold.date;
  const end = gold.end ?? gold.date;
  return entry.date >= gold.date && (entry.end ?? entry.date) <= end;
}

const about = (entry: ScoredEntry, gold: GoldHappening) => gold.cues.some((c) => entry.text.toLowerCase().includes(c.toLowerCase()));

export interface TimelineScore {
  story: string;
  gold: number;
  entries: number;
  /** Entries whose date is a gold happening's date. */
  entriesOnGoldDates: number;
  /** Gold happenings with an entry on their date that is about them. */
  found: number;
  /** Of those found, how many show the gold label. */
  labelsRight: number;
  missed: string[];
}

export interface TimelineScores {
  stories: TimelineScore[];
  /** Entries on a gold date / all entries. */
  precision: number;
  /** Gold happenings found / all gold happenings. */
  recall: number;
  f1: number;
  labelAccuracy: number;
}

/**
 * Date accuracy of timelines against gold. `entriesByStory` holds each gold story's entries (a system story is
 * assigned to the gold story most of its documents belong to; see `entriesByGoldStory`). Precision: the share of
 * entries dated on some gold happening's date; recall: the share of gold happenings with an entry on their date
 * whose text holds one of their cue words; label accuracy: of the happenings found, the share labelled as in gold.
 */
export function scoreTimeline(entriesByStory: Record<string, readonly ScoredEntry[]>, gold: TimelineGold = DEMO_TIMELINE_GOLD): TimelineScores {
  const stories = Object.entries(gold).map(([story, happenings]): TimelineScore => {
    const entries = entriesByStory[story] ?? [];
    const onGoldDates = entries.filter((e) => happenings.some((g) => dateMatches(e, g))).length;
    let found = 0;
    let labelsRight = 0;
    const missed: string[] = [];
    for (const g of happenings) {
      const hits = entries.filter((e) => dateMatches(e, g) && about(e, g));
      if (hits.length === 0) {
        missed.push(`${g.label}: ${g.what}`);
        continue;
      }
      found++;
      if (hits.some((e) => e.label === g.label)) labelsRight++;
    }
    return { story, gold: happenings.length, entries: entries.length, entriesOnGoldDates: onGoldDates, found, labelsRight, missed };
  });
  const sum = (f: (s: TimelineScore) => number) => stories.reduce((n, s) => n + f(s), 0);
  const precision = sum((s) => s.entries) ? sum((s) => s.entriesOnGoldDates) / sum((s) => s.entries) : 0;
  const recall = sum((s) => s.gold) ? sum((s) => s.found) / sum((s) => s.gold) : 0;
  const found = sum((s) => s.found);
  return {
    stories,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    labelAccuracy: found ? sum((s) => s.labelsRight) / found : 0,
  };
}

/**
 * Pools the entries of system stories by gold story: each system story goes to the gold story that most of its
 * documents belong to (`goldStoryOf` maps a document id to its gold story, null for none).
 */
export function entriesByGoldStory<E extends ScoredEntry>(
  stories: readonly { documents: readonly string[]; timeline: readonly E[] }[],
  goldStoryOf: (documentId: string) => string | null,
): Record<string, E[]> {
  const pooled: Record<string, E[]> = {};
  for (const story of stories) {
    const counts = new Map<string, number>();
    for (const id of story.documents) {
      const g = goldStoryOf(id);
      if (g) counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (!best) continue;
    (pooled[best[0]] ??= []).push(...story.timeline);
  }
  return pooled;
}
