// Mention typing rules in order; the first to answer wins, else the mention is 'other'.
import { acronymOrganization } from './acronym-organization.js';
import { firstNamePerson } from './first-name-person.js';
import { gazetteerPlace } from './gazetteer-place.js';
import { organizationHead } from './organization-head.js';
import { personTitle } from './person-title.js';
import { prepositionPlace } from './preposition-place.js';
import type { MentionRule } from './rule.js';

export type { MentionCandidate, MentionRule } from './rule.js';

export const MENTION_RULES: readonly MentionRule[] = [
  organizationHead,
  personTitle,
  gazetteerPlace,
  firstNamePerson,
  prepositionPlace,
  acronymOrganization,
];
