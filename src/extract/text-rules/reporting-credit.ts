// The credit line after an article: "Dana Ortell reported from Harrowgate; Teodor Vance contributed reporting.",
// "Reporting by Ana Kvist; Editing by Tom Berrow", "A version of this article appears in print on May 20, 2026...".
import { splitAuthors } from '../byline.js';
import { wordCount, type LineRule } from './rule.js';

// Credits open with the cue or a name, or say "contributed reporting" anywhere; prose merely mentioning reporting does not.
const CREDIT_START = /^((additional )?reporting|writing|editing|edited|compiled|research|graphics) by\b|^with (additional )?reporting (from|by)\b/i;
const NAME_CREDIT = /^[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3} (reported (from|in)|contributed (reporting|research|to this))\b/u;
const CONTRIBUTED = /\bcontributed (reporting|research)\b|\bcontributed to this (report|story|article)\b/i;
const PRINT = /^(a version of this (article|story) (appears|appeared) in print|this (article|story|post) (first |originally )?(appeared|appears|was (first |originally )?published) (in|on))\b/i;
// Credit lines are short; a sentence of prose that mentions reporting is longer or quoted.
const MAX_CREDIT_WORDS = 45;
// "Reporting by Ana Kvist; Editing by ...": the writer comes first.
const REPORTING_BY = /^(?:(?:additional )?reporting|writing|reported) by\s+([^;|]+)/i;
// "Dana Ortell reported from Harrowgate; Mika Juro reported from Lisle Point."
const REPORTED_FROM = /(?:^|[;.]\s*)([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3}) reported (?:from|in)\b/gu;

// Wire copy wraps the credit in parentheses: "(Reporting by Ana Kvist; Editing by Tom Berrow)".
const unwrap = (line: string): string => line.trim().replace(/^\((.*)\)$/s, '$1').trim();

/** Writers named by a credit line ("X reported from Y", "Reporting by X"); [] when it names none. */
export function creditedWriters(line: string): string[] {
  const by = REPORTING_BY.exec(unwrap(line));
  if (by) {
    const names = splitAuthors(by[1]!.replace(/\s+in\s+\p{Lu}[\p{L}\s]*$/u, '').trim());
    if (names.length > 0) return names;
  }
  return [...line.matchAll(REPORTED_FROM)].map((m) => m[1]!);
}

export const reportingCredit: LineRule = {
  name: 'reporting-credit',
  reason: 'reporting-credit',
  matches: (line, ctx) => {
    const t = unwrap(line);
    return ctx.proseBefore > 0 && wordCount(t) <= MAX_CREDIT_WORDS && !/^["“]/.test(t) && (CREDIT_START.test(t) || NAME_CREDIT.test(t) || CONTRIBUTED.test(t) || PRINT.test(t));
  },
};
