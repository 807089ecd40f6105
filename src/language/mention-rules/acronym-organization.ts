// A lone acronym not known as a place is most often an organisation ("NATO", "CNRP", "U.N.").
import { isAcronym } from '../tokens.js';
import type { MentionRule } from './rule.js';

// Longer all-caps words are shouted text or datelines, not acronyms.
const MAX_ACRONYM_LETTERS = 6;

export const acronymOrganization: MentionRule = {
  name: 'acronym-organization',
  type: (c) =>
    c.words.length === 1 && isAcronym(c.text) && c.text.replace(/\./g, '').length <= MAX_ACRONYM_LETTERS ? 'organization' : null,
};
