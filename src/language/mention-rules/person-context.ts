// Words around a two- to four-word name that mark a person: "said Dana Lorne", "Dana Lorne, 54,", "Dana Lorne, the
// company's spokeswoman", "Dana Lorne, who".
import { ROLE_NOUNS } from '../gazetteers/person-titles.js';
import type { MentionCandidate, MentionRule } from './rule.js';

const SPEECH = '(?:said|says|told|added|explained|stated|noted|argued|wrote|announced|insisted|warned|recalled|asked)';
const SAID_BEFORE = new RegExp(`\\b${SPEECH}\\s+$`);
const SAID_AFTER = new RegExp(`^,?\\s+${SPEECH}\\b`);
// An age in apposition, mid-sentence or closing it ("Dana Lorne, 54, said", "is Met Hat, 34.").
const AGE_AFTER = /^,\s+\d{1,3}(?:,|\.(?!\d))/;
const WHO_AFTER = /^,\s+who\b/;
const ROLE_AFTER = new RegExp(
  `^,\\s+(?:(?:the|a|an|another|its|their|his|her|our)\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?(?:${ROLE_NOUNS.join('|')})\\b`,
  'iu',
);
// Single words are too often firms or places ("Veltra said"), and long spans are titles of works.
const MIN_WORDS = 2;
const MAX_WORDS = 4;

/** The words right after a name describe a person: an age, "who", or a role in apposition ("San Sel, another former reporter"). */
export function describedAsPerson(c: MentionCandidate): boolean {
  return AGE_AFTER.test(c.after) || WHO_AFTER.test(c.after) || ROLE_AFTER.test(c.after);
}

export const personContext: MentionRule = {
  name: 'person-context',
  type: (c) => {
    if (c.words.length < MIN_WORDS || c.words.length > MAX_WORDS) return null;
    if (SAID_BEFORE.test(c.before) || SAID_AFTER.test(c.after) || describedAsPerson(c)) return 'person';
    return null;
  },
};
