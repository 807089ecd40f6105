// A speaker phrase as written ("presidential spokesman Aurel Demsky", "a senior Treasury official", "she") read into
// a speaker: the name alone, with any role kept apart as evidence, and what kind of speaker it is.
import { TITLE_ABBREVIATIONS } from '../abbreviations.js';
import { isOutletName } from '../borrowed-reporting.js';

export type SpeakerKind = 'person' | 'organization' | 'unnamed' | 'pronoun' | 'nominal';

export interface SpeakerPhrase {
  speaker: string;
  kind: SpeakerKind;
  /** A role written with the name ("presidential spokesman"), kept as evidence. */
  role?: string;
}

// A speaker phrase longer than this is a clause, not a name or noun phrase.
export const MAX_SPEAKER_WORDS = 8;

export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

// Words of a role or title written before a name; a name keeps what follows the last of them.
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'mayor', 'president', 'presidential', 'prime', 'minister', 'secretary', 'judge', 'councillor', 'councilman', 'councilwoman',
  'senator', 'governor', 'chancellor', 'general', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chairman',
  'chairwoman', 'chair', 'chief', 'executive', 'officer', 'commissioner', 'ambassador', 'king', 'queen', 'prince', 'princess',
  'deputy', 'vice', 'leader', 'member', 'observer', 'lawmaker', 'professor', 'captain', 'colonel', 'lieutenant', 'sergeant',
  'inspector', 'superintendent', 'bishop', 'premier', 'head', 'founder', 'analyst', 'economist', 'researcher', 'lawyer',
  'attorney', 'coach', 'manager', 'editor', 'correspondent', 'author', 'envoy', 'diplomat',
  // Descriptions written before a name like a title ("Resident Touch Sarun", "farmer Prem Buth").
  'resident', 'villager', 'farmer', 'teacher', 'student', 'voter', 'activist', 'worker', 'driver', 'owner', 'monk', 'candidate',
  'councilor', 'official',
  // Tabloid descriptions worn like titles ("TV chef Dale Hartigan", "pop singer …", "council boss …").
  'chef', 'singer', 'presenter', 'footballer', 'boss',
]);

// Last words that make a capitalised phrase an organisation ("the Interior Ministry", "Kestria's trade ministry").
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'office', 'association', 'union', 'authority', 'institute', 'party', 'bank', 'committee', 'commission',
  'council', 'service', 'agency', 'department', 'government', 'court', 'presidency', 'assembly', 'federation', 'group',
  'network', 'company', 'corporation', 'police', 'army', 'embassy', 'foundation', 'fund', 'organization', 'organisation',
  'board', 'administration', 'cabinet', 'parliament', 'senate', 'house', 'watch', 'coalition', 'alliance', 'league',
  'federation', 'centre', 'center', 'university', 'tribunal', 'secretariat', 'bureau', 'directorate', 'inc', 'ltd', 'firm',
]);

// Determiners of an unnamed speaker ("a senior official", "one shop steward").
const INDEFINITE = /^(a|an|one|another|two|three|several|some)\s/i;
// A capitalised run right after one of these is a place or object, not the speaker ("in Velmora").
const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'from', 'to', 'of', 'for', 'with', 'by', 'about', 'into', 'near', 'after', 'before']);
// Conjunctions and adverbs, and subordinators opening a clause ("Although Um Dina says"), are no part of the speaker.
const LEADING_JUNK = /^(?:and|but|so|then|while|as|also|however|meanwhile|later|earlier|now|still|again|with|according\s+to|although|though|because|since|if|unless|whether|once|whereas)\s+/i;
// A document speaks for its owner ("NEC’s statement said", "the ministry’s report says").
const OWNED_DOCUMENT = /^(.+?)[’']s?\s+(?:(?:official|written|joint|latest|new)\s+)?(?:statement|report|letter|website|announcement|communique|communiqué|release|press\s+release|post|tweet|email|e-mail|filing|notice|memo|memorandum)$/i;
// Two names joined by "and" speak together ("Sithong Soeng and Vijit Supinit").
const NAME_PAIR = /^((?:[\p{Lu}][\p{L}’'.-]*\s+){1,3})and\s+((?:[\p{Lu}][\p{L}’'.-]*\s*){2,4})$/u;
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'da', 'del', 'la', 'le', 'bin', 'al', 'di', 'du']);
const HONORIFICS: ReadonlySet<string> = new Set(['mr.', 'ms.', 'mrs.', 'dr.', 'mr', 'ms', 'mrs', 'dr', 'sir', 'dame', 'madam']);

const isCapital = (w: string) => /^[\p{Lu}\p{Lt}]/u.test(w) || /^\p{L}\.$/u.test(w);
const bare = (w: string) => w.toLowerCase().replace(/[’']s$/, '').replace(/[.,]$/, '');

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The run of capitalised words (with particles and initials) that ends the phrase, as word indexes. */
function trailingNameRun(words: string[]): number {
  let i = words.length;
  while (i > 0) {
    const w = words[i - 1]!;
    if (isCapital(w) || (NAME_PARTICLES.has(w.toLowerCase()) && i < words.length && i > 1 && isCapital(words[i - 2]!))) i--;
    else break;
  }
  return i;
}

/** Splits role words off the front of a capitalised run when at least two name words remain ("Mayor Anna Brandt"). */
function stripRole(run: string[]): { name: string[]; role: string[] } {
  let last = -1;
  for (let i = 0; i < run.length; i++) if (ROLE_WORDS.has(bare(run[i]!))) last = i;
  const rest = run.slice(last + 1);
  const nameWords = rest.filter((w) => !HONORIFICS.has(w.toLowerCase()));
  if (last < 0 || nameWords.length < 2) return { name: run, role: [] };
  return { name: rest, role: run.slice(0, last + 1) };
}

/** Index just past the last possessive word of a run when a name (not a role) follows it ("CNRP’s Mu Sochua" -> 1), else 0. */
function possessiveEnd(run: string[]): number {
  for (let i = run.length - 2; i >= 0; i--) {
    if (/[’']s$/.test(run[i]!)) return run.slice(i + 1).every((w) => ROLE_WORDS.has(bare(w))) ? 0 : i + 1;
  }
  return 0;
}

function classifyOne(phrase: string): SpeakerPhrase | null {
  let s = phrase.replace(/\s+/g, ' ').trim().replace(/^[“”"'‘’(]+|[“”"'‘’)]+$/g, '').trim();
  s = s.replace(LEADING_JUNK, '').replace(/[.:;,]+$/, '').trim();
  if (s === '' || wordCount(s) > MAX_SPEAKER_WORDS || !/\p{L}/u.test(s)) return null;
  // A relative clause ("who chairs the council") describes a speaker named before it; it names no one.
  if (/^(?:who|which|that|whose|where|when)\b/i.test(s)) return null;
  const lower = s.toLowerCase();
  if (PRONOUNS.has(lower)) return { speaker: s, kind: 'pronoun' };
  // A news outlet speaks as an organisation ("The Meridian Wire wrote:", "the Phnom Penh Post reported").
  if (isOutletName(s) && !HONORIFICS.has(bare(s.split(' ')[0]!))) return { speaker: s.replace(/^the\s+/i, ''), kind: 'organization' };
  const owned = OWNED_DOCUMENT.exec(s);
  if (owned) {
    const owner = classifyOne(owned[1]!);
    if (owner && owner.kind !== 'pronoun') return owner;
  }
  const pair = NAME_PAIR.exec(s);
  if (pair && pair[1]!.trim().split(/\s+/).length >= 2 && ![...pair[1]!.split(/\s+/), ...pair[2]!.split(/\s+/)].some((w) => ORGANIZATION_HEADS.has(bare(w)) || ROLE_WORDS.has(bare(w)))) {
    return { speaker: s, kind: 'person' };
  }
  const words = s.split(' ');
  const head = bare(words[words.length - 1]!);
  // "one shop steward" is "a shop steward": the numeral only marks the speaker as one of many.
  if (INDEFINITE.test(s)) return { speaker: s.replace(/^one\s+(?=(\S))/i, (_m, c: string) => (/^[aeiou]/i.test(c) ? 'an ' : 'a ')), kind: 'unnamed' };
  // "Jurgen Maas of Aldren Bank", "Soeung Saroeun of the CCC": the name before "of".
  const of = words.findIndex((w, i) => i >= 1 && w === 'of');
  if (of > 0 && words.slice(0, of).every(isCapital) && !words.slice(0, of).every((w) => ROLE_WORDS.has(bare(w)))) {
    const { name, role } = stripRole(words.slice(0, of));
    if (!ORGANIZATION_HEADS.has(bare(words[of - 1]!))) return { speaker: name.join(' '), kind: 'person', role: [...role, ...words.slice(of)].join(' ') || undefined };
  }
  const start = trailingNameRun(words);
  if (start < words.length) {
    const before = start > 0 ? words[start - 1]!.toLowerCase() : '';
    if (PREPOSITIONS.has(before)) return null;
    const run = words.slice(start);
    if (ORGANIZATION_HEADS.has(head)) return { speaker: s, kind: 'organization' };
    if (start > 0 && !/^(the|a|an)$/.test(before) && !ROLE_WORDS.has(bare(before)) && !/[’']s$/.test(before)) {
      // A lowercase word other than a role before the run: "presidential spokesman Aurel Demsky" passes, "report Velmora" not.
      if (!/^[a-z-]+$/.test(before)) return null;
    }
    // A run of role words alone ("the office of the Press Secretary") names a body or a post, not a person.
    // So does a run after "the" that ends in a role word ("the Press Secretary", "the Foreign Minister"): a post, not a name.
    if (run.every((w) => ROLE_WORDS.has(bare(w))) || (before === 'the' && ROLE_WORDS.has(bare(run[run.length - 1]!)))) {
      return { speaker: s, kind: words.some((w) => ORGANIZATION_HEADS.has(bare(w))) ? 'organization' : 'nominal' };
    }
    // "the CNRP’s Mu Sochua": a possessive inside the run says whose the person is; the name follows it.
    const owner = possessiveEnd(run);
    const { name, role } = stripRole(run.slice(owner));
    const roleWords = [...words.slice(0, start), ...run.slice(0, owner), ...role].join(' ');
    if (start > 0 && /^(the)$/i.test(words[0]!) && name.length === 1 && !isCapital(name[0]!)) return { speaker: s, kind: 'nominal' };
    return { speaker: name.join(' '), kind: 'person', role: roleWords === '' ? undefined : roleWords };
  }
  // "the ministry" points back to a body named earlier; "The U.S. government" names one itself.
  if (ORGANIZATION_HEADS.has(head)) return { speaker: s, kind: /^the\s/i.test(s) && words.length <= 3 && !words.slice(1).some(isCapital) ? 'nominal' : 'organization' };
  if (/^the\s/i.test(s) || /[’']s\s/.test(s)) return { speaker: s, kind: 'nominal' };
  return null;
}

/**
 * Reads a speaker phrase. Appositives after a comma are tried when the first part is not a name:
 * "the café's owner, Liesl Brun" -> Liesl Brun; "Brad Adams, director of HRW's Asia division" -> Brad Adams.
 */
export function readSpeakerPhrase(phrase: string): SpeakerPhrase | null {
  const parts = phrase.split(/,\s*/).filter((p) => p.trim() !== '');
  const first = parts[0] === undefined ? null : classifyOne(parts[0]);
  if (first && (first.kind === 'person' || first.kind === 'pronoun')) return first;
  if (first && parts[1] !== undefined) {
    const second = classifyOne(parts[1]);
    if (second?.kind === 'person' && second.role === undefined) return { ...second, role: parts[0]!.trim() };
  }
  return first;
}

/** True when the abbreviation before a full stop is a title or an initial ("Ms.", "K."), so the stop ends no sentence. */
export function isNameAbbreviation(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return TITLE_ABBREVIATIONS.has(w) || /^\p{L}$/u.test(w) || /^(\p{L}\.)+\p{L}$/u.test(w);
}
