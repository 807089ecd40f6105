// Corpus evidence: a line that many documents of the same outlet carry ("Get the best of X in your
// inbox", a standing promo, a fixed disclaimer) is the outlet's boilerplate, whatever its wording.
import { comparable } from './text-util.js';

export const REPEATED_ACROSS_OUTLET = 'repeated-across-outlet';
// A line must appear in at least this many documents of one outlet to count as its boilerplate.
export const DEFAULT_MIN_DOCUMENTS = 3;
// Very short lines ("Advertisement", "Share") are handled by the line rules; keys shorter than this are ignored.
const MIN_KEY_LENGTH = 12;

export interface OutletDocumentLines {
  outlet: string | null;
  /** The document's lines (paragraphs or raw lines) in any order. */
  lines: readonly string[];
}

export interface BoilerplateLine {
  outlet: string;
  /** comparable() form of the line, as extractDocument's boilerplateLines set expects. */
  key: string;
  /** One spelling as found. */
  text: string;
  documents: number;
  reason: typeof REPEATED_ACROSS_OUTLET;
}

/** Lines found in at least `minDocuments` documents of the same outlet; documents without an outlet are skipped. */
export function findOutletBoilerplate(docs: readonly OutletDocumentLines[], minDocuments = DEFAULT_MIN_DOCUMENTS): BoilerplateLine[] {
  const byOutlet = new Map<string, Map<string, { text: string; documents: number }>>();
  for (const doc of docs) {
    if (!doc.outlet) continue;
    const outletKey = comparable(doc.outlet);
    const counts = byOutlet.get(outletKey) ?? new Map<string, { text: string; documents: number }>();
    byOutlet.set(outletKey, counts);
    // Each document counts once per line, however often it repeats it.
    const keys = new Map<string, string>();
    for (const line of doc.lines) {
      const key = comparable(line);
      if (key.length >= MIN_KEY_LENGTH && !keys.has(key)) keys.set(key, line.trim());
    }
    for (const [key, text] of keys) {
      const entry = counts.get(key) ?? { text, documents: 0 };
      entry.documents += 1;
      counts.set(key, entry);
    }
  }
  const out: BoilerplateLine[] = [];
  for (const [outlet, counts] of byOutlet) {
    for (const [key, { text, documents }] of counts) {
      if (documents >= minDocuments) out.push({ outlet, key, text, documents, reason: REPEATED_ACROSS_OUTLET });
    }
  }
  return out.sort((a, b) => a.outlet.localeCompare(b.outlet) || b.documents - a.documents || a.key.localeCompare(b.key));
}

/** The keys of one outlet's boilerplate lines, ready for extractDocument(doc, { boilerplateLines }). */
export function boilerplateSet(lines: readonly BoilerplateLine[], outlet: string | null): Set<string> {
  if (!outlet) return new Set();
  const key = comparable(outlet);
  return new Set(lines.filter((l) => l.outlet === key).map((l) => l.key));
}
