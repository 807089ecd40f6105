// A name ending in a generational suffix is a person's: "William Clay Ford Jr.", "Martin Luther King III".
import type { MentionRule } from './rule.js';

const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

export const generationalSuffixPerson: MentionRule = {
  name: 'generational-suffix-person',
  type: (c) => (c.words.length >= 2 && SUFFIX.test(c.words[c.words.length - 1]!) ? 'person' : null),
};
