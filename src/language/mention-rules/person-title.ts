// A title or role just before the name: "Mr. Hun Sen", "President Ostrova", "opposition leader Kem Sokha".
import { PERSON_TITLES, ROLE_NOUN_SET } from '../gazetteers/index.js';
import type { MentionRule } from './rule.js';

const TITLE_BEFORE = new RegExp(`\\b(?:${PERSON_TITLES.map((t) => t.replace(/ /g, '\\s+')).join('|')})\\.?\\s+$`);
const ROLE_BEFORE = /\b([a-z]+)\s+$/;

export const personTitle: MentionRule = {
  name: 'person-title',
  type: (c) => {
    if (c.titled || TITLE_BEFORE.test(c.before)) return 'person';
    const role = ROLE_BEFORE.exec(c.before);
    return role && ROLE_NOUN_SET.has(role[1]!) ? 'person' : null;
  },
};
