// "now", "currently", "recently", "in the future": TIMEX3's PRESENT_REF, PAST_REF and FUTURE_REF.
import type { TimeParser } from '../types.js';

// These are vague by nature; the value is the direction only.
const REFERENCE_CONFIDENCE = 0.6;

const WORDS: [RegExp, string][] = [
  [/^(?:now|currently|at present|at the moment|presently|the present|nowadays|these days|for the time being|the time being)$/i, 'PRESENT_REF'],
  [/^(?:recently|lately|in the past|the past|previously|formerly|in recent years|recent years)$/i, 'PAST_REF'],
  [/^(?:the future|soon|in the coming (?:days|weeks|months|years)|the near term|the long term|shortly)$/i, 'FUTURE_REF'],
];

export const referenceWordsParser: TimeParser = {
  name: 'reference-words',
  pattern:
    /\b(?:now|currently|at present|at the moment|presently|the present|nowadays|these days|the time being|recently|lately|in the past|the past|previously|formerly|in recent years|recent years|the future|soon|in the coming (?:days|weeks|months|years)|the near term|the long term|shortly)\b(?![\s-]*(?:\d|that\b))/gi,
  extract(match, context) {
    const phrase = match[0].replace(/\s+/g, ' ');
    const hit = WORDS.find(([re]) => re.test(phrase));
    if (!hit) return null;
    // "now" before a number or as a conjunction ("now that") is not a time; "the past" needs to stand alone.
    const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 12);
    if (/^the past$/i.test(phrase) && /^\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade)/i.test(after)) return null;
    return {
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      value: hit[1],
      granularity: 'range',
      confidence: REFERENCE_CONFIDENCE,
    };
  },
};
