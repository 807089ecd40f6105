// Nominal aliases: "the treasury secretary", "the ministry", "the port authority" written for a name given elsewhere.
// Only the finding lives here; the resolver decides whether exactly one entity fits.

export interface NominalHit {
  /** As written, with the article lower-cased ("the treasury secretary"). */
  surface: string;
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every "the <words>" in `text`, case-blind on the words, where a name does not follow (that is a titled name,
 * "the Treasury Secretary Maria Ostrova") and no capitalised word continues the phrase ("the Treasury Board").
 */
export function findNominals(text: string, words: readonly string[]): NominalHit[] {
  // Each word case-blind on its first letter only: a case-blind flag would also make \p{Lu} match lower case.
  const word = (w: string) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${escape(w.slice(1))}`;
  const pattern = new RegExp(`\\b[Tt]he\\s+(${words.map(word).join('\\s+')})\\b(?![’'-])(?!\\s+\\p{Lu})`, 'gu');
  const hits: NominalHit[] = [];
  for (const m of text.matchAll(pattern)) {
    hits.push({ surface: `the ${m[1]!.replace(/\s+/g, ' ')}`, start: m.index!, end: m.index! + m[0].length });
  }
  return hits;
}

/** Lower-case "the x" or "the x y" phrases in `text`, as candidate nominals for organisations and things. */
export function nominalPhrases(text: string): { words: string[]; hit: NominalHit }[] {
  const out: { words: string[]; hit: NominalHit }[] = [];
  for (const m of text.matchAll(/\b[Tt]he\s+(\p{Ll}[\p{Ll}-]+)(?:\s+(\p{Ll}[\p{Ll}-]+))?\b(?!\s+\p{Lu})/gu)) {
    const words = [m[1]!, ...(m[2] ? [m[2]] : [])];
    out.push({ words, hit: { surface: `the ${words.join(' ')}`, start: m.index!, end: m.index! + m[0].length } });
    // "the port authority said": the one-word head "port" alone is tried too, through the shorter phrase.
    if (m[2]) out.push({ words: [m[1]!], hit: { surface: `the ${m[1]!}`, start: m.index!, end: m.index! + 4 + m[1]!.length } });
  }
  return out;
}
