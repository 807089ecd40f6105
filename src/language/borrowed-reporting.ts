// Borrowed reporting: a document crediting another outlet ("according to Reuters", "the Financial Times reported",
// "told the Associated Press", "As Meridian Wire reported"). Each cue is a small named pattern; the outlet is the
// capitalised name it points at, checked against organisation mentions when the recogniser found one.
import type { Mention } from '../core/records.js';

export interface BorrowedReporting {
  outlet: string;
  /** The whole phrase that credits the outlet, as written. */
  cue: string;
  start: number;
  end: number;
}

// An outlet name: capitalised words, with "of", "the", "&" and apostrophes inside ("Voice of America", "Harbor Ledger").
const NAME = String.raw`(?:[Tt]he[ \t]+)?[\p{Lu}][\p{L}\p{N}&’'.-]*(?:[ \t]+(?:of|the|&|and|de)[ \t]+[\p{Lu}][\p{L}\p{N}’'.-]*|[ \t]+[\p{Lu}][\p{L}\p{N}&’'.-]*)*`;
// Words that make a capitalised name an outlet rather than a person or a ministry.
const OUTLET_WORDS = /\b(?:News|Wire|Press|Post|Times|Herald|Ledger|Courier|Gazette|Observer|Journal|Tribune|Telegraph|Guardian|Reuters|AFP|AP|Bloomberg|Xinhua|Agency|Agence|Associated|Broadcasting|Radio|Television|TV|BBC|CNN|VOA|Voice|Daily|Weekly|Magazine|Review|Economist|Briefing|Compass|Chronicle|Star|Mail|Express|Standard|Monitor|Kyodo|Yonhap|Tass|TASS|Interfax|Al\s+Jazeera|Politico|Axios|Mirror|Independent|Sun|Globe|Inquirer|Dispatch|Bulletin|Report|Insider|Wall\s+Street)\b/;
// A news agency named by its description ("the Xinhua news agency", "state news agency Xinhua").
const AGENCY_SUFFIX = /\s+(?:news\s+agency|newspaper|news\s+site|broadcaster|daily|wire\s+service|agency)$/i;

interface CuePattern {
  name: string;
  regex: RegExp;
}

// Group 1 is always the outlet.
const CUE_PATTERNS: readonly CuePattern[] = [
  { name: 'according-to', regex: new RegExp(String.raw`\b[Aa]ccording\s+to\s+(${NAME}(?:\s+(?:news\s+agency|newspaper|news\s+site|broadcaster|wire\s+service))?)`, 'gu') },
  { name: 'outlet-reported', regex: new RegExp(String.raw`(?:\b[Aa]s\s+)?(${NAME})\s+(?:first\s+|previously\s+|also\s+|earlier\s+)?(?:reported|reports|has\s+reported|had\s+reported|revealed|disclosed)\b`, 'gu') },
  { name: 'told-outlet', regex: new RegExp(String.raw`\b(?:told|tells|said\s+in\s+an\s+interview\s+with|in\s+an\s+interview\s+with|speaking\s+to|spoke\s+to)\s+(${NAME})`, 'gu') },
  { name: 'reported-by', regex: new RegExp(String.raw`\b(?:reported|first\s+reported|cited|quoted)\s+by\s+(${NAME})`, 'gu') },
  { name: 'outlet-wrote', regex: new RegExp(String.raw`(${NAME})\s+(?:wrote|writes|said\s+in\s+an?\s+(?:editorial|report|article|commentary)|noted\s+in\s+an?\s+(?:editorial|report|article)|editorialised|editorialized|published)\b`, 'gu') },
  // A block quote marked '> ' that closes on a credit line ("— Meridian Wire, 3 May").
  { name: 'block-credit', regex: new RegExp(String.raw`(?<=^[ \t]*>[^\n]*)(?:—|–|--)[ \t]*(${NAME})`, 'gmu') },
  { name: 'outlet-quoted', regex: new RegExp(String.raw`\b(?:[Ww]rote|[Ss]aid|[Tt]old)\s+(?:in\s+)?(${NAME})(?=\s*[,.])`, 'gu') },
];

// The last word of an outlet's name ("the Phnom Penh Post", "Meridian Wire"), or an agency known by one name.
const OUTLET_TAIL = /\b(?:News|Wire|Press|Post|Times|Herald|Ledger|Courier|Gazette|Observer|Journal|Tribune|Telegraph|Guardian|Daily|Weekly|Magazine|Review|Chronicle|Monitor|Dispatch|Bulletin|Briefing|Compass|Broadcasting|Radio|Television|TV)$/;
const AGENCIES = /^(?:Reuters|AFP|AP|Associated Press|Agence France-Presse|Bloomberg|Xinhua|VOA|Voice of America|BBC|CNN|Kyodo|Yonhap|TASS|Tass|Interfax|Al Jazeera|Politico|Axios|Economist)$/;

/** A name that is a news outlet's by its form ("the Phnom Penh Post", "Reuters", "the Xinhua news agency"), not a person's. */
export function isOutletName(name: string): boolean {
  const n = name.trim().replace(/^the\s+/i, '').replace(/[’']s$/, '');
  if (!/^[\p{Lu}]/u.test(n)) return false;
  return OUTLET_TAIL.test(n) || AGENCIES.test(n) || AGENCY_SUFFIX.test(n);
}

function tidyOutlet(raw: string): string {
  return raw.replace(/^[Tt]he\s+(?=[\p{Lu}])/u, '').replace(AGENCY_SUFFIX, '').replace(/[’']s$/, '').replace(/[.,]+$/, '').trim();
}

/** An outlet by its name's words, unless the recogniser read the same span as a person ("Mayor Anna Brandt"). */
function looksLikeOutlet(name: string, mentions: Mention[], at: number, end: number): boolean {
  if (mentions.some((m) => m.type === 'person' && m.start < end && at < m.end)) return false;
  return OUTLET_WORDS.test(name);
}

/** Phrases that credit another outlet's reporting, in text order, one per cue; `selfNames` (publisher, wire credit) are skipped. */
export function findBorrowedReporting(text: string, mentions: Mention[], selfNames: readonly string[] = []): BorrowedReporting[] {
  // The publishing outlet naming itself ("told the Ledger" in the Harbor Ledger) borrows nothing.
  const self = selfNames.map((n) => tidyOutlet(n).toLowerCase()).filter(Boolean);
  const isSelf = (outlet: string) => self.some((n) => n === outlet.toLowerCase() || n.endsWith(` ${outlet.toLowerCase()}`));
  const found: BorrowedReporting[] = [];
  for (const pattern of CUE_PATTERNS) {
    for (const m of text.matchAll(pattern.regex)) {
      let raw = m[1]!;
      let outletAt = m.index + m[0].indexOf(raw);
      // A name runs over no sentence end: "… on Monday. The Meridian Wire wrote" credits "The Meridian Wire".
      const sentenceEnd = /^.*\p{Ll}{2}[.!?]\s+/u.exec(raw);
      if (sentenceEnd) {
        raw = raw.slice(sentenceEnd[0].length);
        outletAt += sentenceEnd[0].length;
      }
      const outlet = tidyOutlet(raw);
      // "told reporters" and "according to officials" have no capitalised outlet; a lone pronoun-like word is no outlet.
      if (outlet === '' || !/^[\p{Lu}]/u.test(outlet)) continue;
      const agencyNamed = AGENCY_SUFFIX.test(raw);
      if (pattern.name === 'outlet-quoted' && !OUTLET_WORDS.test(outlet)) continue;
      // "X wrote" credits an outlet only when X is named like one ("Maria Ostrova wrote" is a person writing).
      if ((pattern.name === 'outlet-wrote' || pattern.name === 'block-credit') && !isOutletName(outlet)) continue;
      if (!agencyNamed && !looksLikeOutlet(outlet, mentions, outletAt, outletAt + raw.length)) continue;
      if (agencyNamed && mentions.some((x) => x.type === 'person' && x.start < outletAt + raw.length && outletAt < x.end)) continue;
      // A sentence's full stop is not part of the cue ("according to Meridian Wire.").
      const start = sentenceEnd ? outletAt : m.index;
      const cue = text.slice(start, m.index + m[0].length).replace(/\.$/, '');
      const end = start + cue.length;
      if (isSelf(outlet) || found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ outlet, cue, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
