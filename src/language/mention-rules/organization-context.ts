// Words around a name that only organisations take: "automaker Veltra", "Veltra's chief executive", "shares of Veltra".
import type { MentionRule } from './rule.js';

// A lower-case kind of organisation just before the name ("carmaker Veltra", "news agency Reuters").
const KIND_BEFORE =
  /\b(?:company|firm|maker|manufacturer|carmaker|automaker|airline|carrier|retailer|insurer|bank|lender|giant|rival|subsidiary|newspaper|magazine|broadcaster|network|agency|label|studio|startup|conglomerate|consortium|operator|supplier|chain|group|party|club|union|airframer|publisher|brokerage|plant|factory)\s+$/i;
// Organisation-only relations just before the name ("shares of", "chief executive of", "employees at").
const RELATION_BEFORE =
  /\b(?:shares|stock|stake|shareholders|investors|customers|employees|workers|staff|executives|ceo|chief executive|chairman|board|founder|co-founder|spokes(?:man|woman|person)|subsidiary|unit|division|acquisition|takeover) (?:of|in|at|for)\s+$/i;
// Organisation-only things just after a possessive ("Veltra's chief executive", "Veltra's shares").
const POSSESSION_AFTER =
  /^['’]s\s+(?:chief executive|ceo|chairman|board|shares|stock|headquarters|spokes(?:man|woman|person)|executives|employees|workers|subsidiary|unit|division|profits?|revenues?|sales|earnings|shareholders|factory|factories|plants?|stores?|products?|brand|founder)\b/i;
// A kind of organisation in apposition ("Veltra, a Danish shipping firm", "Veltra, the carmaker").
const KIND_AFTER =
  /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:company|firm|maker|manufacturer|carmaker|automaker|airline|carrier|retailer|insurer|bank|lender|group|party|agency|newspaper|broadcaster|consortium|conglomerate|organi[sz]ation)\b/iu;
// Corporate verbs used of firms ("Veltra announced ... shares", "Veltra filed for bankruptcy").
const CORPORATE_AFTER = /^\s+(?:filed for bankruptcy|shares|stock|reported (?:a |its )?(?:loss|profit|earnings|revenue))/i;

export const organizationContext: MentionRule = {
  name: 'organization-context',
  type: (c) =>
    KIND_BEFORE.test(c.before) ||
    RELATION_BEFORE.test(c.before) ||
    POSSESSION_AFTER.test(c.after) ||
    KIND_AFTER.test(c.after) ||
    CORPORATE_AFTER.test(c.after)
      ? 'organization'
      : null,
};
