// Lookup sets over the gazetteer lists.
import { CITIES } from './cities.js';
import { COUNTRIES } from './countries.js';
import { FIRST_NAMES } from './first-names.js';
import { CALENDAR_WORDS, LEADING_FUNCTION_WORDS } from './non-entities.js';
import { ORGANIZATION_HEADS } from './organization-heads.js';
import { PERSON_TITLES, ROLE_NOUNS } from './person-titles.js';
import { REGIONS } from './regions.js';

/** Lookup key for place names: lower case, periods and extra spaces dropped ("U.S." -> "us"). */
export function placeKey(name: string): string {
  return name.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

export const PLACES = new Set([...COUNTRIES, ...CITIES, ...REGIONS].map(placeKey));
export const FIRST_NAME_SET = new Set(FIRST_NAMES);
export const CALENDAR_SET = new Set(CALENDAR_WORDS);
export const LEADING_FUNCTION_SET = new Set(LEADING_FUNCTION_WORDS);
export const ORGANIZATION_HEAD_SET = new Set(ORGANIZATION_HEADS);
export const ROLE_NOUN_SET = new Set(ROLE_NOUNS);
/** Single title words ("Minister"), from one- and several-word titles. */
export const TITLE_WORD_SET = new Set(PERSON_TITLES.flatMap((t) => t.split(' ')));
export { PERSON_TITLES };
