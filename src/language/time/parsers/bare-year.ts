// "in 2016", "since 1998", "2009's results", "'82", "the 1990s", "the 70s": years and decades written alone.
import { yearRange } from '../calendar.js';
import type { TimeParser } from '../types.js';

// A preposition or a time word before a four-digit number makes it a year ("in 2016", "early 2009").
const YEAR_CUE_BEFORE = /\b(?:in|since|by|until|till|from|to|through|during|before|after|of|early|late|mid-?|around|circa|year|fiscal|and|or|between|the)\s*$/i;
// Words after a number that make it a count, not a year ("2000 people", "1500 jobs").
const COUNT_AFTER = /^\s+(?:[a-z]+s\b|more\b|fewer\b|per\b|of\s+(?:the|them|its|their)\b)/;
// A capitalised word right before (not a month, not at a sentence start) makes the number part of a name.
const NAME_BEFORE = /(?<![.!?]\s*|^)\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|In|Since|By|From)\b)[A-Z][a-z]+\s$/;
const CUED_YEAR_CONFIDENCE = 0.9;
const UNCUED_YEAR_CONFIDENCE = 0.65;
const DECADE_CONFIDENCE = 0.8;

export const bareYearParser: TimeParser = {
  name: 'bare-year',
  pattern: /(?<![\d$£€.,:/-])(?:(?:(early|late|mid)[\s-])?\b((?:19|20)\d{2})|'(\d{2}))(?![\d%,.]\d|\d|%|\s*(?:percent|per cent|million|billion)\b)/gi,
  extract(match, context) {
    const before = context.text.slice(Math.max(0, match.index - 20), match.index);
    const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 30);
    let year: number;
    let confidence: number;
    if (match[3]) {
      // "'82": a clipped year, only when nothing numeric follows and a time word or preposition comes before.
      if (!YEAR_CUE_BEFORE.test(before)) return null;
      const two = Number(match[3]);
      year = two > (context.ref.year % 100) + 5 ? 1900 + two : 2000 + two;
      confidence = UNCUED_YEAR_CONFIDENCE;
    } else {
      year = Number(match[2]);
      if (/^s\b/.test(after)) return null;
      // "Russell 2000 Index", "Windows 2000": a number inside a name.
      if (NAME_BEFORE.test(before) && !YEAR_CUE_BEFORE.test(before)) return null;
      if (COUNT_AFTER.test(after) && !YEAR_CUE_BEFORE.test(before)) return null;
      // A year far beyond the reference is more likely a count or a model number.
      if (year > context.ref.year + 30) return null;
      confidence = match[1] || YEAR_CUE_BEFORE.test(before) ? CUED_YEAR_CONFIDENCE : UNCUED_YEAR_CONFIDENCE;
    }
    return {
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      value: String(year),
      range: yearRange(year),
      granularity: 'year',
      confidence,
    };
  },
};

export const decadeParser: TimeParser = {
  name: 'decade',
  pattern: /(?<![\w$'])(?:the\s+)?(?:(19|20)(\d)0|'?(\d)0)s\b/gi,
  extract(match, context) {
    // "in their 50s" is an age.
    if (/\b(?:their|his|her|your|our|my|its)\s+(?:early\s+|late\s+|mid-)?$/i.test(context.text.slice(Math.max(0, match.index - 20), match.index))) return null;
    const century = match[1] ? Number(match[1]) : Number(match[3]) * 10 > (context.ref.year % 100) ? 19 : 20;
    const digit = match[2] ?? match[3]!;
    return {
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      value: `${century}${digit}`,
      range: { start: `${century}${digit}0-01-01`, end: `${century}${digit}9-12-31` },
      granularity: 'range',
      confidence: DECADE_CONFIDENCE,
    };
  },
};
