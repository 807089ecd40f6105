// A name fused to "-based", "-born" or "-bound" is a place: "Craiova-based carmaker", "Paris-bound flight".
import type { MentionRule } from './rule.js';

const PLACE_PARTICIPLE_AFTER = /^-(?:based|born|bred|headquartered|bound)\b/;

export const basedPlace: MentionRule = {
  name: 'based-place',
  type: (c) => (PLACE_PARTICIPLE_AFTER.test(c.after) ? 'place' : null),
};
