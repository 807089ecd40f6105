// A title or role just before the name: "Mr. Hun Sen", "President Ostrova", "opposition leader Kem Sokha".
import { PERSON_TITLES, ROLE_NOUN_SET } from '../gazetteers/index.js';
import { TITLE_ABBREVIATIONS } from '../abbreviations.js';
import type { MentionRule } from './rule.js';

const TITLE_BEFORE = new RegExp(`\\b(?:${PERSON_TITLES.map((t) => t.replace(/ /g, '\\s+')).join('|')})\\s+$`);
// A period may follow only an abbreviated title ("Dr.", "Sen."); after a full word it ends a sentence ("... Martin
// Luther King. Stock prices fell").
const ABBREVIATED_TITLE_BEFORE = /\b([A-Z][a-z]{0,3})\.\s+$/;
const ROLE_BEFORE = /\b([a-z]+)\s+$/;

export const personTitle: MentionRule = {
  name: 'person-title',
  type: (c) => {
    if (c.titled || TITLE_BEFORE.test(c.before)) return 'person';
    const abbreviation = ABBREVIATED_TITLE_BEFORE.exec(c.before);
    if (abbreviation && TITLE_ABBREVIATIONS.has(abbreviation[1]!.toLowerCase())) return 'person';
    const role = ROLE_BEFORE.exec(c.before);
    return role && ROLE_NOUN_SET.has(role[1]!) ? 'person' : null;
  },
};
