// Support: does a document say what a summary sentence says? One check serves citations, the abstractive
// path and the synthesis benchmark (docs/benchmarks.md, "Synthesis").
//
// A document supports sentence S when one passage of it (a sentence, or two adjacent sentences) holds at least
// three fifths of S's content words (three quarters for a short S) and half of those that are not names, the document names at least half of the people,
// places and organisations S names, carries every number S writes in digits ("114 votes", "May 27"), no figure
// in that passage contradicts one in S (the same counted thing with values that cannot both be true), and no
// clause of the document says the opposite of S ("will not release the audit" against "will publish the audit").
import type { AnalyzedDocument } from '../core/records.js';
import { contradictingClause } from './claims.js';
import { overlaps, sameQuantity, type Figure } from './figures.js';
import { SYNTHESIS_SETTINGS } from './settings.js';
import { contentTerms } from '../group/text.js';
import { documentNumbers, documentSentences, documentWords, namesIn, viewOf, type SentenceView } from './sentence-view.js';

export interface Support {
  documentId: string;
  /** The passage that says it. */
  evidence: string;
  /** Share of the sentence's content words found in the passage. */
  recall: number;
}

export type Claim = SentenceView;

export const claimOf = (text: string): Claim => viewOf(text);

/** A figure in `passage` that counts the same thing as one in `claim` with incompatible values. */
export function contradictingFigure(claim: readonly Figure[], passage: readonly Figure[]): [Figure, Figure] | null {
  for (const a of claim) for (const b of passage) if (sameQuantity(a, b) && !overlaps(a.interval, b.interval)) return [a, b];
  return null;
}

function termRecall(claim: Claim, terms: ReadonlySet<string>): number {
  if (claim.terms.size === 0) return 0;
  let found = 0;
  for (const term of claim.terms) if (terms.has(term)) found++;
  return found / claim.terms.size;
}

const actionTermsCache = new WeakMap<Claim, Set<string>>();

/**
 * The sentence's content terms once its names are set aside: what it says happened. Names alone ("Sarrow and
 * Kettler signed the Velmora Accord") would let an early report support a later sentence about the same people.
 */
function actionTerms(claim: Claim): Set<string> {
  let terms = actionTermsCache.get(claim);
  if (!terms) {
    const names = namesIn(claim.text);
    const withoutNames = claim.text.replace(/[\p{L}’'-]+/gu, (word) => (names.has(word.toLowerCase().replace(/['’]s$/u, '').replace(/[’']/g, "'")) ? ' ' : word));
    terms = new Set(contentTerms(withoutNames).filter((t) => claim.terms.has(t)));
    actionTermsCache.set(claim, terms);
  }
  return terms;
}

function actionRecall(claim: Claim, terms: ReadonlySet<string>): number {
  const action = actionTerms(claim);
  if (action.size === 0) return 1;
  let found = 0;
  for (const term of action) if (terms.has(term)) found++;
  return found / action.size;
}

/** The best supporting passage of `doc` for `claim`, or null when the document does not support it. */
export function supportIn(claim: Claim, doc: AnalyzedDocument, settings = SYNTHESIS_SETTINGS.support): Support | null {
  const needed = claim.terms.size < settings.shortSentenceTerms ? settings.shortSentenceRecall : settings.minTermRecall;
  if (claim.names.size > 0) {
    const words = documentWords(doc);
    let named = 0;
    for (const name of claim.names) if (words.has(name)) named++;
    if (named / claim.names.size < settings.minNameRecall) return null;
  }
  if (claim.numbers.size > 0) {
    const numbers = documentNumbers(doc);
    for (const n of claim.numbers) if (!numbers.has(n)) return null;
  }
  const views = documentSentences(doc);
  // A document that says the opposite anywhere ("will not release the audit") supports no "will publish the audit".
  if (contradictingClause(claim.text, views.map((v) => v.text))) return null;
  let best: Support | null = null;
  let bestAlone = false;
  for (let i = 0; i < views.length; i++) {
    const window = views.slice(i, i + settings.windowSentences);
    const terms = new Set(window.flatMap((v) => [...v.terms]));
    const recall = termRecall(claim, terms);
    if (recall < needed) continue;
    if (actionTerms(claim).size >= settings.minActionTerms && actionRecall(claim, terms) < settings.minActionRecall) continue;
    // The passage is the one sentence when it alone suffices; a single sentence beats a pair at equal recall.
    const alone = termRecall(claim, views[i]!.terms) >= needed;
    const passage = alone ? [views[i]!] : window;
    const passageRecall = alone ? termRecall(claim, views[i]!.terms) : recall;
    if (best && (passageRecall < best.recall || (passageRecall === best.recall && (!alone || bestAlone)))) continue;
    if (contradictingFigure(claim.figures, passage.flatMap((v) => v.figures))) continue;
    best = { documentId: doc.id, evidence: passage.map((v) => v.text).join(' '), recall: passageRecall };
    bestAlone = alone;
  }
  return best;
}

/** Every document among `docs` that supports `claim`, in the order given. */
export function supportingDocuments(claim: Claim, docs: readonly AnalyzedDocument[]): Support[] {
  return docs.map((doc) => supportIn(claim, doc)).filter((s): s is Support => s !== null);
}
