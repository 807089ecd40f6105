// Place heads and prefixes: "Changi Airport", "Red Sea", "Lake Victoria", "Gulf of Thailand".
import { PLACE_HEAD_SET, PLACE_PREFIX_SET } from '../gazetteers/index.js';
import { describedAsPerson } from './person-context.js';
import type { MentionRule } from './rule.js';

export const placeHead: MentionRule = {
  name: 'place-head',
  type: (c) => {
    if (c.words.length < 2) return null;
    if (PLACE_HEAD_SET.has(c.words[c.words.length - 1]!)) return 'place';
    // A prefix is weaker than a head: "San Sel, another former reporter," is a person whose name opens like a place.
    return PLACE_PREFIX_SET.has(c.words[0]!) && !describedAsPerson(c) ? 'place' : null;
  },
};
