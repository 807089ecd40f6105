// Lookup sets over the gazetteer lists.
import { CITIES } from './cities.js';
import { COUNTRIES } from './countries.js';
import { DEMONYMS } from './demonyms.js';
import { FIRST_NAMES } from './first-names.js';
import { CALENDAR_WORDS, LEADING_FUNCTION_WORDS, NON_ENTITY_WORDS, WEEKDAYS } from './non-entities.js';
import { ORGANIZATION_HEADS, SURNAME_HEADS } from './organization-heads.js';
import { LEGAL_ENDINGS, ORGANIZATION_EXTENSIONS, ORGANIZATIONS } from './organizations.js';
import { PERSON_TITLES, ROLE_NOUNS } from './person-titles.js';
import { PLACE_HEADS, PLACE_PREFIXES } from './place-heads.js';
import { REGIONS } from './regions.js';

/** Lookup key for place names: lower case, periods and extra spaces dropped ("U.S." -> "us"). */
export function placeKey(name: string): string {
  return name.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

/** Lookup key for organisation names: case kept ("Apple" is not "apple"), periods and extra spaces dropped. */
export function organizationKey(name: string): string {
  return name.replace(/\./g, '').replace(/\s*([-&])\s*/g, '$1').replace(/\s+/g, ' ').trim();
}

export const PLACES = new Set([...COUNTRIES, ...CITIES, ...REGIONS].map(placeKey));
/** Countries alone: "Paris, France" joins a city to its country, "India, China" is a list. */
export const COUNTRY_SET = new Set(COUNTRIES.map(placeKey));
/** Places that follow a city after a comma ("Mobile, Alabama", "Toulouse, France"). */
// Washington and New York are states as well as cities ("Everett, Washington", "Manhattan, New York").
export const CONTAINER_PLACES = new Set([...COUNTRIES, ...REGIONS, 'Washington', 'New York'].map(placeKey));
export const DEMONYM_SET = new Set(DEMONYMS.map(placeKey));
export const ORGANIZATION_SET = new Set(ORGANIZATIONS.map(organizationKey));
export const ORGANIZATION_EXTENSION_SET = new Set(ORGANIZATION_EXTENSIONS);
export const FIRST_NAME_SET = new Set(FIRST_NAMES);
export const CALENDAR_SET = new Set(CALENDAR_WORDS);
export const WEEKDAY_SET = new Set(WEEKDAYS);
export const LEGAL_ENDING_SET = new Set(LEGAL_ENDINGS);
export const SURNAME_HEAD_SET = new Set(SURNAME_HEADS);
export const NON_ENTITY_SET = new Set(NON_ENTITY_WORDS.map(organizationKey));
export const LEADING_FUNCTION_SET = new Set(LEADING_FUNCTION_WORDS);
export const ORGANIZATION_HEAD_SET = new Set(ORGANIZATION_HEADS);
export const PLACE_HEAD_SET = new Set(PLACE_HEADS);
export const PLACE_PREFIX_SET = new Set(PLACE_PREFIXES);
export const ROLE_NOUN_SET = new Set(ROLE_NOUNS);
/** Title words a role can end on ("Minister", "Secretary"): one-word titles and the last word of longer ones. */
export const TITLE_WORD_SET = new Set(PERSON_TITLES.map((t) => t.split(' ').pop()!));
/** Every word of a title, for running back to its start ("Press" in "Press Secretary"); not a title alone. */
export const TITLE_PART_SET = new Set(PERSON_TITLES.flatMap((t) => t.split(' ')));
export { PERSON_TITLES };

/** A known organisation, alone or with a corporate ending ("Apple", "Apple Inc.", "Ford Motor Company"). */
export function isKnownOrganization(words: readonly string[]): boolean {
  for (let k = words.length; k > 0; k--) {
    if (!ORGANIZATION_SET.has(organizationKey(words.slice(0, k).join(' ')))) continue;
    if (words.slice(k).every((w) => ORGANIZATION_EXTENSION_SET.has(w))) return true;
  }
  return false;
}
