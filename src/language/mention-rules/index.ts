// Mention typing rules in order; the first to answer wins, else the mention is 'other'.
import { acronymOrganization } from './acronym-organization.js';
import { basedPlace } from './based-place.js';
import { demonymPlace } from './demonym-place.js';
import { firstNamePerson } from './first-name-person.js';
import { gazetteerPlace } from './gazetteer-place.js';
import { generationalSuffixPerson } from './generational-suffix-person.js';
import { organizationContext } from './organization-context.js';
import { organizationGazetteer } from './organization-gazetteer.js';
import { organizationHead } from './organization-head.js';
import { personContext } from './person-context.js';
import { personTitle } from './person-title.js';
import { placeHead } from './place-head.js';
import { prepositionPlace } from './preposition-place.js';
import type { MentionRule } from './rule.js';

export type { MentionCandidate, MentionRule } from './rule.js';

export const MENTION_RULES: readonly MentionRule[] = [
  organizationHead,
  generationalSuffixPerson,
  personTitle,
  gazetteerPlace,
  organizationGazetteer,
  demonymPlace,
  placeHead,
  basedPlace,
  firstNamePerson,
  organizationContext,
  personContext,
  prepositionPlace,
  acronymOrganization,
];
