// Two or three words starting with a known given name: "Maria K. Ostrova", "Tom Reed".
import { FIRST_NAME_SET } from '../gazetteers/index.js';
import type { MentionRule } from './rule.js';

export const firstNamePerson: MentionRule = {
  name: 'first-name-person',
  type: (c) => (c.words.length >= 2 && c.words.length <= 3 && FIRST_NAME_SET.has(c.words[0]!) ? 'person' : null),
};
