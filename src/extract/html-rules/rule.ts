// Shape of an HTML removal rule and helpers to build the attribute-pattern ones.
import type { Element } from 'domhandler';
import { PROTECTED_CONTENT_SHARE } from '../html-settings.js';

export interface HtmlRuleContext {
  /** True when the element sits inside <article>, <main> or [itemprop=articleBody]. */
  insideArticle: boolean;
  /** The element's attribute tokens when the caller already has them (see attributeTokens). */
  tokens?: string[];
}

export interface HtmlRule {
  name: string;
  /** Reason recorded in `removed`. */
  reason: string;
  /** False for elements whose content is never shown (script, style): nothing is recorded. */
  record: boolean;
  matches(el: Element, ctx: HtmlRuleContext): boolean;
  /** Evidence is only a class or id name: never applied to <article>/<main>, and skipped by the loose pass. */
  weak?: boolean;
  /** The rule leaves alone an element holding at least this share of the page's content text. */
  protectShare?: number;
}

/** class, id, role and aria-label as one lower-case string of tokens split on space, '-' and '_'. */
export function attributeTokens(el: Element): string[] {
  const a = el.attribs;
  const raw = [a.class, a.id, a.role, a['aria-label'], a['data-component'], a['data-testid']]
    .filter((v): v is string => typeof v === 'string')
    .join(' ');
  return raw
    // camelCase -> camel Case, so "relatedLinks" yields "related"
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s\-_:./]+/)
    .filter((t) => t !== '');
}

// Words that make the next token a state or a taxonomy label of the element ("has-comments", "no-sidebar",
// "tag-related"), not what the element is: a post wrapper says it has comments without being them.
const STATE_PREFIXES = new Set(['has', 'no', 'with', 'without', 'show', 'hide', 'enable', 'disable', 'allow', 'tag', 'category']);

/** True when some token matches `whole` and is not the object of a state prefix. */
export function hasNamingToken(tokens: readonly string[], whole: RegExp): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (whole.test(tokens[i]!) && !(i > 0 && STATE_PREFIXES.has(tokens[i - 1]!))) return true;
  }
  return false;
}

/** A rule removing elements whose attribute tokens match `token` (a whole-token pattern). */
export function attributeRule(name: string, reason: string, token: RegExp, protectShare = PROTECTED_CONTENT_SHARE): HtmlRule {
  const whole = new RegExp(`^(?:${token.source})$`);
  return {
    name,
    reason,
    record: true,
    weak: true,
    protectShare,
    matches: (el, ctx) => hasNamingToken(ctx.tokens ?? attributeTokens(el), whole),
  };
}
