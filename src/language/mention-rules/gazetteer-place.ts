// Known countries, cities and regions.
import { PLACES, placeKey } from '../gazetteers/index.js';
import type { MentionRule } from './rule.js';

export const gazetteerPlace: MentionRule = {
  name: 'gazetteer-place',
  type: (c) => (PLACES.has(placeKey(c.text)) ? 'place' : null),
};
