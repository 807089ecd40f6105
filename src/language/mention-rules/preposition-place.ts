// "in Kampot", "near Battambang province", "from Takeo, Cambodia": a preposition and a place-like context.
import { PLACES, placeKey } from '../gazetteers/index.js';
import type { MentionRule } from './rule.js';

// These prepositions mostly introduce places ("at" and "from" also introduce people and firms, so they need more).
const PLACE_PREPOSITION = /\b(in|near|across|throughout|outside|inside)\s+$/;
const WEAK_PREPOSITION = /\b(at|from|to)\s+$/;
const PLACE_NOUN_AFTER = /^\s+(province|city|district|county|region|state|village|town|capital|island|port|area)\b/;
const PLACE_AFTER_COMMA = /^,\s+([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)/u;

export const prepositionPlace: MentionRule = {
  name: 'preposition-place',
  type: (c) => {
    if (/^['’]s\b/.test(c.after)) return null;
    const placeAfter = PLACE_NOUN_AFTER.test(c.after) || PLACES.has(placeKey(PLACE_AFTER_COMMA.exec(c.after)?.[1] ?? ''));
    if (PLACE_PREPOSITION.test(c.before) && c.words.length <= 3) return 'place';
    if (WEAK_PREPOSITION.test(c.before) && placeAfter) return 'place';
    return placeAfter && c.words.length <= 2 ? 'place' : null;
  },
};
