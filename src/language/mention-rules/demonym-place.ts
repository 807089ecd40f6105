// Adjectives of nationality point at their place: "German carmaker", "European markets".
import { DEMONYM_SET, placeKey } from '../gazetteers/index.js';
import type { MentionRule } from './rule.js';

export const demonymPlace: MentionRule = {
  name: 'demonym-place',
  type: (c) => (DEMONYM_SET.has(placeKey(c.text)) ? 'place' : null),
};
