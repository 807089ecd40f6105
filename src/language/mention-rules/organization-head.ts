// Organisation heads: "Interior Ministry", "Bank of Japan", "Cambodia National Rescue Party", "Acme Corp".
import { FIRST_NAME_SET, ORGANIZATION_HEAD_SET, SURNAME_HEAD_SET } from '../gazetteers/index.js';
import type { MentionRule } from './rule.js';

const CONNECTORS = new Set(['of', 'for', 'on']);

export const organizationHead: MentionRule = {
  name: 'organization-head',
  type: (c) => {
    const last = c.words[c.words.length - 1]!;
    // A given name and one head word that is also a surname is a person ("Jim Press", "Anna Bank"); a corporate head
    // is not ("Douglas Aircraft").
    if (c.words.length === 2 && FIRST_NAME_SET.has(c.words[0]!) && SURNAME_HEAD_SET.has(last)) return null;
    if (ORGANIZATION_HEAD_SET.has(last)) return 'organization';
    // "Ministry of Finance", "University of Cambridge"
    const headed = c.words.some((w, i) => ORGANIZATION_HEAD_SET.has(w) && CONNECTORS.has(c.words[i + 1] ?? ''));
    return headed ? 'organization' : null;
  },
};
