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
  { name: 'outlet-quoted', regex: new RegExp(String.raw`\b(?:[Ww]rote|[Ss]aid|[Tt]old)\s+(?:in\s+)?(${NAME})(?=\s*[,.])`, 'gu') },
];

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
      const raw = m[1]!;
      const outletAt = m.index + m[0].indexOf(raw);
      const outlet = tidyOutlet(raw);
      // "told reporters" and "according to officials" have no capitalised outlet; a lone pronoun-like word is no outlet.
      if (outlet === '' || !/^[\p{Lu}]/u.test(outlet)) continue;
      const agencyNamed = AGENCY_SUFFIX.test(raw);
      if (pattern.name === 'outlet-quoted' && !OUTLET_WORDS.test(outlet)) continue;
      if (!agencyNamed && !looksLikeOutlet(outlet, mentions, outletAt, outletAt + raw.length)) continue;
      if (agencyNamed && mentions.some((x) => x.type === 'person' && x.start < outletAt + raw.length && outletAt < x.end)) continue;
      // A sentence's full stop is not part of the cue ("according to Meridian Wire.").
      const cue = m[0].replace(/\.$/, '');
      const start = m.index;
      const end = m.index + cue.length;
      if (isSelf(outlet) || found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ outlet, cue, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
