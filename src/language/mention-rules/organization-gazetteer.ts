// Widely reported organisations known by name alone: "Reuters", "Boeing", "Apple Inc.".
import { isKnownOrganization } from '../gazetteers/index.js';
import type { MentionRule } from './rule.js';

export const organizationGazetteer: MentionRule = {
  name: 'organization-gazetteer',
  type: (c) => (isKnownOrganization(c.words) ? 'organization' : null),
};
