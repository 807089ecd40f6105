// Variants of one organisation or place name, each a small named rule over normalised tokens.
// A rule says why name `a` is a variant of name `b`, or returns null. Demonym and country ("Marovian" / "Marovia")
// are never variants: an adjective is not the place.
import { PLACES, placeKey } from '../gazetteers/index.js';

export interface NameVariantRule {
  name: string;
  /** The reason `longer` and `shorter` name one thing, or null. Tokens are normalised; `shown` are as written. */
  match(longer: string[], shorter: string[], shown: { longer: string; shorter: string }): string | null;
}

// A capitalised country adjective before an organisation ("Marovian Treasury" = "Treasury").
const COUNTRY_ADJECTIVE = /^\p{Ll}+(?:ian|ean|ese|ish)$/u;
// Heads a river or crossing carries or drops ("Ilsen River" = "Ilsen", "Gravna crossing" = "Gravna").
const DROPPABLE_PLACE_HEADS: ReadonlySet<string> = new Set(['river', 'crossing']);

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export const countryAdjectiveDropped: NameVariantRule = {
  name: 'country adjective dropped',
  match(longer, shorter, shown) {
    if (longer.length !== shorter.length + 1 || !COUNTRY_ADJECTIVE.test(longer[0]!)) return null;
    return same(longer.slice(1), shorter) ? `country adjective dropped: "${shown.longer}" = "${shown.shorter}"` : null;
  },
};

export const placeHeadDropped: NameVariantRule = {
  name: 'place head dropped',
  match(longer, shorter, shown) {
    if (longer.length !== shorter.length + 1 || !DROPPABLE_PLACE_HEADS.has(longer[longer.length - 1]!)) return null;
    // A known place of that bare name is a different thing ("Congo" the country, "Congo River").
    if (PLACES.has(placeKey(shorter.join(' ')))) return null;
    return same(longer.slice(0, -1), shorter) ? `${longer[longer.length - 1]} dropped: "${shown.longer}" = "${shown.shorter}"` : null;
  },
};

export const NAME_VARIANT_RULES: readonly NameVariantRule[] = [countryAdjectiveDropped, placeHeadDropped];

/** Acronyms defined in the text: "Civic Union (CU)" gives CU -> "Civic Union", when the initials agree. */
export function acronymDefinitions(text: string): { acronym: string; name: string }[] {
  const out: { acronym: string; name: string }[] = [];
  for (const m of text.matchAll(/((?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|for|the|and)\s+)*){1,7}\p{Lu}[\p{L}’'-]*)\s+\((\p{Lu}{2,8})\)/gu)) {
    const words = m[1]!.split(/\s+/);
    const acronym = m[2]!;
    // The name is the shortest tail of capitalised words whose initials spell the acronym (small words may be skipped).
    for (let from = words.length - 1; from >= 0; from--) {
      const tail = words.slice(from);
      const initials = tail.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      const withSmall = tail.map((w) => w[0]!.toUpperCase()).join('');
      if ((initials === acronym || withSmall === acronym) && /^\p{Lu}/u.test(tail[0]!)) {
        out.push({ acronym, name: tail.join(' ') });
        break;
      }
    }
  }
  return out;
}
