// Visible bylines: "By Maria Ostrova and Tom Reed, Staff Writers" -> ["Maria Ostrova", "Tom Reed"].

// Bylines are short; a longer line starting with "By" is a sentence ("By noon the crowd had grown...").
export const MAX_BYLINE_LENGTH = 120;

// "By Ana Reyes", "Words by Esther Moor", "Written by ...", "Text and photos by ...".
const BYLINE = /^\s*(?:(?:words|written|story|text|reporting|report)(?: and (?:photos|pictures|images))? )?by[:\s]\s*(.+)$/i;
// Outlet trailing a name: " | Reuters", " — Coastal Ledger"
const TRAILER = /\s*(?:[|–—]|\s-\s).*$/;
// A part naming a role rather than a person: ", Staff Writers", "Senior Correspondent"
const ROLE = /\b(staff|writers?|reporters?|correspondents?|editors?|contributors?|desk|bureau|columnist|special to|in [A-Z][a-z]+)\b/i;
// A wire service or outlet after the writer's name: "By Tomas Ferreira, Corvid Press" (the agency is not an author).
const OUTLET_PART = /\b(press|news|agency|wire|times|post|herald|gazette|tribune|media|service)$/i;
const NAME = /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del|bin|al|la|le))*$/u;

/** True when the line reads as a byline. */
export function isByline(line: string): boolean {
  if (line.length > MAX_BYLINE_LENGTH) return false;
  return parseByline(line).length > 0;
}

/** Author names from a "By ..." line; [] when the line is not a byline. */
export function parseByline(line: string): string[] {
  const m = BYLINE.exec(line);
  if (!m) return [];
  return splitAuthors(m[1]!);
}

// "Priya Anand | March 13, 2026", "March 13, 2026 · Priya Anand": names and a date set off by a bar or dot.
const BYLINE_DATE_SEPARATOR = /\s+[|·•]\s+|\s+[—–]\s+/;

/** Names and date of a "Name | Date" line; null when the line is not one. */
export function parseBylineDate(line: string, dateOf: (text: string) => string | null): { authors: string[]; date: string } | null {
  if (line.length > MAX_BYLINE_LENGTH) return null;
  const parts = line.split(BYLINE_DATE_SEPARATOR);
  if (parts.length !== 2) return null;
  for (const [names, when] of [[parts[0]!, parts[1]!], [parts[1]!, parts[0]!]] as const) {
    const date = dateOf(when);
    if (!date) continue;
    const authors = parseByline(names);
    const plain = authors.length > 0 ? authors : splitAuthors(names);
    if (plain.length > 0) return { authors: plain, date };
  }
  return null;
}

/** Split "A, B and C" into names, dropping role trailers; [] if any part does not look like a name. */
export function splitAuthors(list: string): string[] {
  const parts = list
    .replace(/\s+(?:and|&)\s+/gi, '\u0000')
    .split(/\u0000|,\s*/u)
    .map((p) => p.replace(TRAILER, '').trim())
    .filter((p) => p !== '' && !ROLE.test(p))
    .filter((p, i) => i === 0 || !OUTLET_PART.test(p));
  if (parts.length === 0) return [];
  return parts.every((p) => NAME.test(p) && p.split(/\s+/).length <= 5) ? parts : [];
}
