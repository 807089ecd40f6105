// Datelines ("LESSING —", "DRENHOLM, April 17 (Meridian Wire) -") open a report but do not belong in a summary sentence.

// An all-capitals place, up to three ", region" / ", date" parts and an "(agency)", then a dash.
const DATELINE = /^\s*[\p{Lu}][\p{Lu}.'’ -]*[\p{Lu}](?:\s*,\s*[\p{L}\d .]{1,30}?){0,3}\s*(?:\([^)]{1,40}\)\s*)?[-—–]+\s+(?=[\p{Lu}"“‘\d])/u;

/** The sentence without its dateline; unchanged when it has none. */
export function stripDateline(sentence: string): string {
  const match = DATELINE.exec(sentence);
  return match ? sentence.slice(match[0].length) : sentence;
}
