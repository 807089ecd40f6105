// The title or role written directly before a person's name ("Treasury Secretary Maria K. Ostrova", "Ms. Ostrova").
// Mentions drop titles; the resolver reads them back from the text as evidence for aliases and for telling apart
// two people who share a surname.
import { CALENDAR_SET, TITLE_PART_SET, TITLE_WORD_SET } from '../gazetteers/index.js';

export interface WrittenTitle {
  /** The title as written, e.g. "Treasury Secretary" or "Ms.". */
  surface: string;
  /** Lower-case role without a country adjective ("treasury secretary", "president", "ms"). */
  key: string;
}

// Courtesy titles say how a person is addressed, not what they do; they never name a role on their own ("the ms").
export const COURTESY_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame']);
// A role has at most this many words before the name ("Deputy Prime Minister", "Kestrian Prime Minister").
const MAX_TITLE_WORDS = 4;
// Capitalised words a role may carry in front of its title word ("Treasury Secretary", "Interior Minister").
const MAX_ROLE_QUALIFIERS = 2;
// A capitalised country adjective in front of a role ("Marovian President") is not part of the role itself.
const COUNTRY_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ic)$/u;
// Words that start a sentence or phrase rather than a role.
const NOT_QUALIFIERS: ReadonlySet<string> = new Set(['The', 'A', 'An', 'And', 'But', 'Then', 'When', 'As', 'By', 'For', 'With', 'Former', 'Outgoing']);

const bare = (word: string) => word.replace(/\.$/, '');
// "on Tuesday President Sarrow": a day or month in front is a date, not part of the role.
const isQualifier = (word: string) => !NOT_QUALIFIERS.has(word) && !word.endsWith('.') && !CALENDAR_SET.has(word);

/** The title written right before `start` in `text`, or null. Only spaces may separate title words and the name. */
export function titleBefore(text: string, start: number): WrittenTitle | null {
  const window = text.slice(Math.max(0, start - 80), start);
  // Only words on the same line: a title never runs over a paragraph break.
  const before = window.slice(window.lastIndexOf('\n') + 1);
  if (!/[ \t]$/.test(before)) return null;
  const words = before.trimEnd().split(/[ \t]+/);
  // Capitalised words right before the name, stopping at any other punctuation than an abbreviation period.
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0 && run.length < MAX_TITLE_WORDS; i--) {
    const word = words[i]!;
    if (!/^\p{Lu}[\p{L}-]*\.?$/u.test(word)) break;
    run.unshift(word);
  }
  if (run.length === 0 || !TITLE_WORD_SET.has(bare(run[run.length - 1]!))) return null;
  // Run back over title words, then allow a few capitalised qualifiers ("Treasury"), never a sentence opener.
  let from = run.length - 1;
  while (from > 0 && TITLE_PART_SET.has(bare(run[from - 1]!))) from--;
  let qualifiers = 0;
  while (from > 0 && qualifiers < MAX_ROLE_QUALIFIERS && isQualifier(run[from - 1]!)) {
    from--;
    qualifiers++;
  }
  const kept = run.slice(from);
  // A courtesy title goes alone: in "Treasury Ms." the "Treasury" belongs to something else.
  if (COURTESY_TITLES.has(bare(kept[kept.length - 1]!).toLowerCase())) {
    const last = kept[kept.length - 1]!;
    return { surface: last, key: bare(last).toLowerCase() };
  }
  const roleWords = kept.filter((w, i) => !(i === 0 && kept.length > 1 && COUNTRY_ADJECTIVE.test(w) && !TITLE_PART_SET.has(w)));
  return { surface: kept.join(' '), key: roleWords.map((w) => bare(w).toLowerCase()).join(' ') };
}
