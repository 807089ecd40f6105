// The outlet of a scraped text page, from the lines its chrome leaves behind: a masthead first line,
// a "Outlet | Home | News" menu, "More from Outlet", "Get the best of Outlet in your inbox", "© 2026 Outlet".
import { comparable } from './text-util.js';
import { copyrightName, plausibleSiteName } from './metadata/site-name.js';

interface Cue {
  name: string;
  /** How much one such line counts. */
  weight: number;
  read(line: string, index: number): string | null;
}

// Section names that follow "More from" without being the outlet.
const SECTION_WORDS = /^(business|sport|sports|politics|world|news|opinion|culture|local|national|markets?|economy|tech|technology|science|health|travel|lifestyle|entertainment|this (author|section|writer)|our (writers|reporters)|the (author|desk))$/i;
// Lines at the very top that may be the masthead.
const MASTHEAD_LINES = 3;

// "Veldt Tribune AS 2026", "Harbor Ledger Ltd": a copyright line's year and company form are not the outlet's name.
const LEGAL_TAIL = /(?:\s+(?:AS|ASA|AB|Ltd|Limited|Inc|LLC|plc|GmbH|S\.?A|BV|NV|Oy|Company|Co)\.?)?(?:\s+(?:19|20)\d{2})?\s*$/;

function withoutLegalTail(name: string | null): string | null {
  const clean = name?.replace(LEGAL_TAIL, '').trim();
  return clean ? clean : null;
}

function outletName(value: string | undefined): string | null {
  const name = plausibleSiteName(value?.trim().replace(LEGAL_TAIL, ''));
  return name && !SECTION_WORDS.test(name) ? name : null;
}

export const PUBLISHER_CUES: readonly Cue[] = [
  { name: 'copyright', weight: 2, read: (line) => (line.length <= 120 ? withoutLegalTail(copyrightName(line)) : null) },
  { name: 'more-from', weight: 1, read: (line) => outletName(/^more (?:from|on) (.+?)[:.]?$/i.exec(line)?.[1]) },
  { name: 'inbox-pitch', weight: 1, read: (line) => outletName(/^get (?:the best of|more from) (.+?) (?:in|delivered to) your inbox\b/i.exec(line)?.[1]) },
  // "Financial Compass | Markets | Economy": the first item of a menu line is the outlet.
  { name: 'menu-line', weight: 1, read: (line, i) => (i < MASTHEAD_LINES + 2 && line.split(/\s+\|\s+/).length >= 3 ? outletName(line.split(/\s+\|\s+/)[0]) : null) },
  { name: 'masthead', weight: 1, read: (line, i) => (i < MASTHEAD_LINES && !/[.!?:,;]$/.test(line) ? outletName(line) : null) },
];

/** The outlet named by at least two cues (or by a copyright line), else null. */
export function textPublisher(lines: string[]): string | null {
  const votes = new Map<string, { name: string; score: number; first: number }>();
  lines.forEach((line, index) => {
    for (const cue of PUBLISHER_CUES) {
      const name = cue.read(line.trim(), index);
      if (!name) continue;
      const key = comparable(name).replace(/^the /, '');
      const entry = votes.get(key) ?? { name, score: 0, first: index };
      entry.score += cue.weight;
      // The fullest spelling wins: "The Harbor Ledger" over "Harbor Ledger"; mixed case over a capitalised masthead.
      const shouting = (n: string): boolean => n === n.toUpperCase();
      if (name.length > entry.name.length || (shouting(entry.name) && !shouting(name) && name.length >= entry.name.length)) entry.name = name;
      votes.set(key, entry);
    }
  });
  const best = [...votes.values()].sort((a, b) => b.score - a.score || a.first - b.first)[0];
  return best && best.score >= 2 ? best.name : null;
}
