// The head of a scraped text page: the lines around the headline that carry its byline, dates, the
// writer's role and reading time ("Colm Aderley" / "May 12, 2026", "Posted on March 9, 2026 by Gretchen Olway",
// "Bethan Crowe Local Democracy Reporter", "4 minute read"). They become metadata, never body text.
import { parseByline, parseBylineDate, splitAuthors } from './byline.js';
import { datelineDate, normalizeDate } from './dates.js';
import { LINE_RULES } from './text-rules/index.js';
import { normalizeSpace } from './text-util.js';
import type { Block } from './types.js';

export type HeadKind = 'byline' | 'dateline' | 'role' | 'name' | 'reading-time' | 'image-credit';

export interface HeadLine {
  kind: HeadKind;
  authors: string[];
  date: string | null;
  /** True for an update stamp ("Updated ..."), which loses to the original publication date. */
  updated: boolean;
}

// Job titles that follow a writer's name: "Health correspondent, KRN News", "Chief sports writer".
const ROLE_NOUN =
  /\b(reporters?|correspondents?|writers?|editors?|columnists?|contributors?|critics?|producers?|photographers?|journalists?|presenters?|analysts?|bureau chief|staff)\b/i;
// A role line is a label, not a sentence: no finite verb of the kind bios use.
const SENTENCE_VERB = /\b(is|was|are|were|has|have|had|said|says|writes|covers|reports|joined|will)\b/i;
const MAX_ROLE_WORDS = 8;
// "Posted on March 9, 2026 by Gretchen Olway", "Curated by Idris Fenwick", "Photography by Ruben Teague".
const CREDIT_BY =
  /^(posted|published|curated|compiled|edited|produced|written|words|story|text|reporting|report|photography|photographs|photos|pictures|illustrations?|video)\b(?:\s+(?:on|at)\s+(.+?))?\s+by:?\s+(.+)$/i;
// Credits that name a photographer or illustrator rather than the writer.
const PICTURE_CREDIT = /^(photography|photographs|photos|pictures|illustrations?|video)\b/i;
// "4 minute read", "Reading time: 9 minutes", "Listen to this article · 6:12 min", "5 min listen".
const READING_TIME =
  /^(\d+\s*-?\s*min(?:ute)?s?\.?\s+(?:read|listen)|reading time:?\s*\d+\s*min(?:ute)?s?|(?:listen to|hear) (?:this|the) (?:article|story)\b.{0,30}|\d+\s*min(?:ute)?s? (?:read|listen))$/i;
// A newsletter's or broadcast's presenter: "With Sunita Rowe", "Presented by ...", "Hosted by ...".
const PRESENTED = /^(?:with|presented by|hosted by|curated by)\s+(.{3,60})$/i;
// "Photographer: Lewis Armitt", "Photo: Irma Kessel": a picture credit, not the writer's role.
const PICTURE_LABEL = /^(photographer|photo(graph)?s?|pictures?|images?|illustrations?|video|credit)\s*:\s*\S/i;
// "Hugo Penrose · 14 January 2026 · Local news": name, date and section set off by dots or bars.
const PART_SEPARATOR = /\s+[|·•]\s+/;
const MAX_EXTRA_PART_WORDS = 4;

/** A line of three or more parts holding a person's name and a date (the rest short labels), else null. */
function partsLine(line: string): HeadLine | null {
  const parts = line.split(PART_SEPARATOR);
  if (parts.length < 3 || line.length > 160) return null;
  const dateAt = parts.findIndex((p) => datelineDate(p) !== null);
  const namesAt = parts.findIndex((p, i) => i !== dateAt && personNames(nameParts(p)));
  if (dateAt < 0 || namesAt < 0) return null;
  const rest = parts.filter((_, i) => i !== dateAt && i !== namesAt);
  if (!rest.every((p) => wordsIn(p) <= MAX_EXTRA_PART_WORDS && !/[.!?]$/.test(p))) return null;
  return { kind: 'byline', authors: nameParts(parts[namesAt]!), date: datelineDate(parts[dateAt]!), updated: /^(last )?updated\b/i.test(parts[dateAt]!) };
}

function nameParts(part: string): string[] {
  const byline = parseByline(part);
  if (byline.length > 0) return byline;
  const names = splitAuthors(part);
  return names.every((n) => wordsIn(n) >= 2 && wordsIn(n) <= MAX_NAME_WORDS) ? names : [];
}

// A blog's "Posted on DATE by fenlandnotes": the account handle is no writer's name, but the date is the post's.
const HANDLE = /^@?[\p{Ll}\d][\p{Ll}\d_.-]{1,30}$/u;
// A magazine's issue line, "November 2026 issue", "The June 2026 edition": the first of that month.
const ISSUE_LINE =
  /^(?:(?:the|our)\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{4})(?:\s+(?:issue|edition))?$/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** YYYY-MM-01 for a month-only date ("November 2026"), else null. */
export function monthDate(text: string): string | null {
  const m = ISSUE_LINE.exec(normalizeSpace(text));
  if (!m) return null;
  return `${m[2]}-${String(MONTHS.indexOf(m[1]!.toLowerCase()) + 1).padStart(2, '0')}-01`;
}

// "Callum Breck at Riverside Park", "Ana Kvist in Halbury": a reporter's name and where they filed from.
const NAME_AT_PLACE = /^(.+?)\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

// A person's name line is short.
const MAX_NAME_LINE_LENGTH = 80;
const MAX_NAME_WORDS = 4;
// Words that open a job title, never a person's name.
const JOB_WORD = /\b(local|senior|chief|political|health|business|sports?|staff|deputy|associate|contributing|special|foreign|economics|education|transport|crime|court|arts|science|technology|environment|social|digital|news|features?|managing|executive|assistant|junior|freelance|democracy)\b/i;
// "Bethan Crowe Local Democracy Reporter": a two-word name run straight into a capitalised job title.
const NAME_THEN_ROLE = /^(\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’-]+)\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)$/u;

const wordsIn = (line: string): number => line.split(/\s+/).filter(Boolean).length;

// The job title ends the line, or comes before ", Outlet": "Chief sports writer", "Health correspondent, KRN News".
// A headline that mentions an editor ("Editor quits after row over story") does not end so.
const ROLE_AT_END = new RegExp(`${ROLE_NOUN.source}(\\s*,\\s*[^,]{1,40})?$`, 'i');

function isRoleLine(line: string): boolean {
  return wordsIn(line) <= MAX_ROLE_WORDS && ROLE_AT_END.test(line) && !SENTENCE_VERB.test(line) && !/[.!?]$/.test(line) && /^\p{Lu}/u.test(line);
}

// Words that make a capitalised run an outlet or a desk, not a person ("Tidewater Times", "Lakeland Radio News Brief").
const NOT_A_PERSON =
  /\b(news|radio|daily|times|brief|briefing|bulletin|weekly|post|herald|gazette|review|tribune|ledger|courier|chronicle|observer|journal|report|staff|desk|team|newsletter|magazine|online|tv|channel|media|press|agency|wire|network|live|edition|today|sport|sports|weather|opinion)\b/i;

/** True when every name reads as a person's. */
export function personNames(names: readonly string[]): boolean {
  return names.length > 0 && names.every((n) => !NOT_A_PERSON.test(n));
}

// "Tidewater Times" under a writer's name: the outlet the writer works for.
function isAffiliation(text: string): boolean {
  const line = normalizeSpace(text);
  return wordsIn(line) <= MAX_NAME_WORDS && NOT_A_PERSON.test(line) && splitAuthors(line).length === 1;
}

const NEUTRAL = { index: 0, title: null, previousReason: null, proseBefore: 0, isHeading: false, plainText: true } as const;

/** Names of a line that holds only names ("Colm Aderley", "Jonas Velt and Irma Kessel"), else []. */
export function nameLine(line: string): string[] {
  if (line.length > MAX_NAME_LINE_LENGTH || /[.!?:]$/.test(line)) return [];
  const names = splitAuthors(line);
  return personNames(names) && names.every((n) => wordsIn(n) >= 2 && wordsIn(n) <= MAX_NAME_WORDS) ? names : [];
}

/** What one line of the head is on its own (a name line needs its neighbours; see headLine). */
export function ownKind(text: string): HeadLine | null {
  const line = normalizeSpace(text);
  if (PICTURE_LABEL.test(line)) return { kind: 'image-credit', authors: [], date: null, updated: false };
  const parts = partsLine(line);
  if (parts) return parts;
  const updated = /^(last )?(updated|modified)\b/i.test(line);
  const credit = CREDIT_BY.exec(line);
  if (credit) {
    const names = splitAuthors(credit[3]!.trim());
    if (names.length > 0) {
      const date = credit[2] ? normalizeDate(credit[2]) : null;
      if (PICTURE_CREDIT.test(credit[1]!)) return { kind: 'image-credit', authors: [], date: null, updated: false };
      return { kind: 'byline', authors: names, date, updated: false };
    }
    if (credit[2] && HANDLE.test(credit[3]!.trim())) return { kind: 'byline', authors: [], date: normalizeDate(credit[2]), updated: false };
  }
  const month = monthDate(line);
  if (month) return { kind: 'dateline', authors: [], date: month, updated: false };
  const withDate = parseBylineDate(line, datelineDate);
  // "Lakeland Radio News Brief — Friday 15 May 2026" is a title with its date, not a writer's.
  if (withDate && !personNames(withDate.authors)) return null;
  if (withDate) return { kind: 'byline', authors: withDate.authors, date: withDate.date, updated: /\|\s*(last )?updated\b/i.test(line) };
  const presenter = PRESENTED.exec(line);
  if (presenter && personNames(splitAuthors(presenter[1]!))) return { kind: 'byline', authors: splitAuthors(presenter[1]!), date: null, updated: false };
  const byline = line.length <= 120 ? parseByline(line) : [];
  if (byline.length > 0) return { kind: 'byline', authors: byline, date: null, updated: false };
  const date = datelineDate(line);
  if (date) return { kind: 'dateline', authors: [], date, updated };
  if (READING_TIME.test(line)) return { kind: 'reading-time', authors: [], date: null, updated: false };
  // "Karin Holt, Business correspondent": a name, then the job after a comma.
  const comma = line.indexOf(',');
  if (comma > 0 && isRoleLine(line.slice(comma + 1).trim())) {
    const names = nameLine(line.slice(0, comma).trim());
    if (names.length === 1) return { kind: 'byline', authors: names, date: null, updated: false };
  }
  const nameRole = NAME_THEN_ROLE.exec(line);
  // "Local Democracy Reporter" alone is a job title: the name needs a job after it of two words or more.
  if (nameRole && wordsIn(nameRole[2]!) >= 2 && !JOB_WORD.test(nameRole[1]!) && ROLE_NOUN.test(nameRole[2]!) && !SENTENCE_VERB.test(line)) return { kind: 'byline', authors: [nameRole[1]!], date: null, updated: false };
  if (isRoleLine(line)) return { kind: 'role', authors: [], date: null, updated: false };
  return null;
}

/**
 * The head line at blocks[i], or null. A bare name line counts only next to a date or role line
 * ("Colm Aderley" above "May 12, 2026"), so that "Sign In" or "Play Video" is never taken for a writer.
 */
export function headLine(blocks: readonly Block[], i: number): HeadLine | null {
  const b = blocks[i];
  if (!b || b.kind !== 'paragraph') return null;
  const own = ownKind(b.text);
  if (own) return own;
  const text = normalizeSpace(b.text);
  let names = nameLine(text);
  if (names.length === 0) {
    const at = NAME_AT_PLACE.exec(text);
    if (at) names = nameLine(at[1]!).length === 1 ? nameLine(at[1]!) : [];
  }
  if (names.length === 0 || LINE_RULES.some((r) => r.matches(b.text, NEUTRAL))) return null;
  const beside = [blocks[i - 1], blocks[i + 1]].some((n) => {
    if (!n || n.kind !== 'paragraph') return false;
    const k = ownKind(n.text)?.kind;
    return k === 'dateline' || k === 'role' || k === 'reading-time' || isAffiliation(n.text);
  });
  return beside ? { kind: 'name', authors: names, date: null, updated: false } : null;
}

/** Reason recorded for a removed head line. */
export function headReason(kind: HeadKind): string {
  if (kind === 'name' || kind === 'role') return 'byline';
  return kind;
}

export interface HeadMetadata {
  authors: string[];
  published: string | null;
}

/** Authors from the first line naming them; the original date over an update stamp. */
export function headMetadata(lines: readonly HeadLine[]): HeadMetadata {
  const authors = lines.find((l) => l.authors.length > 0)?.authors ?? [];
  const dated = lines.filter((l) => l.date !== null);
  const original = dated.find((l) => !l.updated) ?? dated[0];
  return { authors, published: original?.date ?? null };
}
