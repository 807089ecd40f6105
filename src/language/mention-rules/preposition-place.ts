// "in Kampot", "near Battambang province", "from Takeo, Cambodia": a preposition and a place-like context.
import { PLACES, placeKey } from '../gazetteers/index.js';
import type { MentionRule } from './rule.js';

// These prepositions mostly introduce places ("at" and "from" also introduce people and firms, so they need more).
const PLACE_PREPOSITION = /\b(in|near|across|throughout|outside|inside)\s+$/;
const WEAK_PREPOSITION = /\b(at|from|to)\s+$/;
const PLACE_NOUN_AFTER = /^\s+(province|city|district|county|region|state|village|town|capital|island|port|area)\b/;
const PLACE_AFTER_COMMA = /^,\s+([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)/u;
// "from Toulouse in France": a known place holding the name.
const PLACE_AFTER_IN = /^\s+in\s+([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)/u;
// A possessive ("in Jobs' last absence", "in Veltra's plant") makes the name an owner, not the place.
const POSSESSIVE_AFTER = /^['’](?:s\b|\s)/;

export const prepositionPlace: MentionRule = {
  name: 'preposition-place',
  type: (c) => {
    if (POSSESSIVE_AFTER.test(c.after)) return null;
    // One or two words: "Toulouse, France. The …" must still find France.
    const known = (m: RegExpExecArray | null) => {
      const words = (m?.[1] ?? '').split(/\s/);
      return PLACES.has(placeKey(words[0]!)) || PLACES.has(placeKey(words.join(' ')));
    };
    const placeAfter = PLACE_NOUN_AFTER.test(c.after) || known(PLACE_AFTER_COMMA.exec(c.after));
    if (PLACE_PREPOSITION.test(c.before) && c.words.length <= 3) return 'place';
    if (WEAK_PREPOSITION.test(c.before) && (placeAfter || known(PLACE_AFTER_IN.exec(c.after)))) return 'place';
    return placeAfter && c.words.length <= 2 ? 'place' : null;
  },
};
