// Claims that differ between outlets or flip between days: two sentences about the same subject and object,
// one affirmed and one negated ("will not release the audit" / "will publish the audit on Monday").
import type { AnalyzedDocument } from '../core/records.js';
import { calendarDate, compareDocuments } from '../group/order.js';
import { contentTerms, words } from '../group/text.js';
import type { Conflict } from './conflicts.js';
import { clauses } from './clauses.js';
import { SYNTHESIS_SETTINGS } from './settings.js';
import { documentSentences, namesIn } from './sentence-view.js';

// Words that deny what the clause asserts, or refuse to do it.
const NEGATION = /\b(?:not|never|no longer|cannot|can't|won't|wouldn't|didn't|doesn't|don't|isn't|aren't|wasn't|hasn't|haven't|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing) to|rul(?:e|es|ed|ing) out)\b|n['’]t\b/iu;
// Verbs that say the opposite of another verb: folded into it with a negation.
const ANTONYMS: Readonly<Record<string, string>> = {
  withhold: 'publish', withholds: 'publish', withheld: 'publish', withholding: 'publish',
  reject: 'accept', rejects: 'accept', rejected: 'accept', rejecting: 'accept',
  deny: 'confirm', denies: 'confirm', denied: 'confirm', denying: 'confirm',
  cancel: 'hold', cancels: 'hold', cancelled: 'hold', canceled: 'hold',
  block: 'allow', blocks: 'allow', blocked: 'allow',
};
// Verbs outlets use for the same act, folded into one.
const SYNONYMS: Readonly<Record<string, string>> = {
  release: 'publish', releases: 'publish', released: 'publish', releasing: 'publish',
  disclose: 'publish', discloses: 'publish', disclosed: 'publish', unveil: 'publish', unveiled: 'publish',
  hand: 'publish', hands: 'publish', handed: 'publish', share: 'publish', shared: 'publish',
  published: 'publish', publishes: 'publish', publishing: 'publish',
  approve: 'accept', approves: 'accept', approved: 'accept', endorse: 'accept', endorsed: 'accept',
  accepts: 'accept', accepted: 'accept',
  confirms: 'confirm', confirmed: 'confirm', acknowledged: 'confirm', acknowledges: 'confirm',
  quit: 'resign', quits: 'resign', resigned: 'resign', resigns: 'resign',
  permit: 'allow', permits: 'allow', permitted: 'allow', allowed: 'allow', allows: 'allow',
  held: 'hold', holds: 'hold',
};
// Negation words themselves are no part of what the sentence is about.
const NEGATION_WORDS: ReadonlySet<string> = new Set(['not', 'never', 'longer', 'cannot', 'refuse', 'refus', 'declin', 'decline', 'rule', 'out']);

export interface Polar extends Polarity {
  doc: AnalyzedDocument;
  text: string;
}

// "did not issue the alert until 4:10" says when it happened, not that it did not.
const NOT_UNTIL = /\b(?:not|n['’]t)\b[^,;.]*\buntil\b/iu;

// Words that turn the following verb into its negation ("not", "never", "didn't", "refused to").
const NEGATION_CUE = /^(?:not|never|cannot|no|won't|wouldn't|didn't|doesn't|don't|isn't|aren't|wasn't|hasn't|haven't|can't|refus\w*|declin\w*|rul\w*)$/u;
// How far past the cue the negated verb may be ("will not immediately release", "refused to hand over").
const NEGATED_VERB_WINDOW = 4;

export interface Polarity {
  negated: boolean;
  terms: Set<string>;
  /** The content word the negation applies to ("publish" in "will not release"), null when affirmed. */
  negatedTerm: string | null;
}

/** A clause's polarity and what it is about, with synonyms and antonyms folded. */
export function polarOf(text: string): Polarity {
  let negated = NEGATION.test(text) && !NOT_UNTIL.test(text);
  let negatedTerm: string | null = null;
  const raw = words(text);
  const folded = raw.map((w) => {
    const antonym = ANTONYMS[w];
    if (antonym) {
      negated = !negated;
      negatedTerm ??= contentTerms(antonym)[0] ?? null;
      return antonym;
    }
    return SYNONYMS[w] ?? w;
  });
  if (negated && negatedTerm === null) {
    const cue = raw.findIndex((w) => NEGATION_CUE.test(w) || w.endsWith("n't"));
    for (let i = cue + 1; cue >= 0 && i <= cue + NEGATED_VERB_WINDOW && i < folded.length; i++) {
      const term = contentTerms(folded[i]!).find((t) => !NEGATION_WORDS.has(t));
      if (term) {
        negatedTerm = term;
        break;
      }
    }
  }
  const terms = new Set(contentTerms(folded.join(' ')).filter((t) => !NEGATION_WORDS.has(t) && !/n't$/.test(t)));
  return { negated, terms, negatedTerm: negated ? negatedTerm : null };
}

/** Two clauses state opposite things: other polarity, the negated word in both, and mostly the same words. */
export function opposite(a: Polarity, b: Polarity, settings = SYNTHESIS_SETTINGS.claims): boolean {
  if (a.negated === b.negated) return false;
  const [neg, pos] = a.negated ? [a, b] : [b, a];
  // "had not reported for work" opposes a clause that says they reported, not one about the same workers.
  if (neg.negatedTerm === null || !pos.terms.has(neg.negatedTerm)) return false;
  const common = shared(a.terms, b.terms).length;
  return common >= settings.minSharedTerms && common / new Set([...a.terms, ...b.terms]).size >= settings.minJaccard;
}

/** One clause of `passage` says the opposite of one clause of `sentence` (same words, other polarity). */
export function contradictingClause(sentence: string, passage: readonly string[]): string | null {
  const mine = clauses(sentence).map(polarOf);
  for (const text of passage) {
    for (const clause of clauses(text)) {
      const theirs = polarOf(clause);
      if (mine.some((m) => opposite(m, theirs))) return clause;
    }
  }
  return null;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((t) => b.has(t));
}

const outletOf = (doc: AnalyzedDocument) => doc.publisher ?? 'unknown outlet';

/** Opposite claims among the documents (copies left out by the caller), earlier statement first. */
export function findClaimFlips(docs: readonly AnalyzedDocument[], settings = SYNTHESIS_SETTINGS.claims): Conflict[] {
  const ordered = [...docs].sort(compareDocuments);
  const polars: Polar[] = ordered.flatMap((doc) =>
    documentSentences(doc).flatMap((v) => clauses(v.text).map((clause) => ({ doc, text: v.text, ...polarOf(clause) }))),
  );
  const negated = polars.filter((p) => p.negated);
  const affirmed = polars.filter((p) => !p.negated);
  // Inverted index, so each negated sentence meets only sentences sharing a word with it.
  const byTerm = new Map<string, Polar[]>();
  for (const p of affirmed) {
    for (const t of p.terms) {
      const list = byTerm.get(t) ?? [];
      list.push(p);
      byTerm.set(t, list);
    }
  }
  const conflicts: Conflict[] = [];
  const reported = new Set<string>();
  for (const neg of negated) {
    const counts = new Map<Polar, number>();
    for (const t of neg.terms) for (const p of byTerm.get(t) ?? []) counts.set(p, (counts.get(p) ?? 0) + 1);
    for (const [pos, count] of counts) {
      if (count < settings.minSharedTerms || pos.doc.id === neg.doc.id || !opposite(neg, pos, settings)) continue;
      const key = [neg.text, pos.text].sort().join('\u0000');
      if (reported.has(key)) continue;
      reported.add(key);
      const [first, second] = compareDocuments(neg.doc, pos.doc) <= 0 ? [neg, pos] : [pos, neg];
      const days = calendarDate(first.doc.published) !== calendarDate(second.doc.published);
      // What the claim is about: the shared words that are not names first ("publish audit" before "varga").
      const names = [...namesIn(first.text), ...namesIn(second.text)];
      const isName = (term: string) => names.some((n) => n.startsWith(term));
      const common = shared(first.terms, second.terms);
      const topic = [...common.filter((t) => !isName(t)), ...common.filter(isName)].slice(0, 4).join(' ');
      const say = (p: Polar) => `${outletOf(p.doc)}${p.doc.published ? ` (${calendarDate(p.doc.published)})` : ''} ${p.negated ? 'denies or rules it out' : 'affirms it'}`;
      conflicts.push({
        topic,
        kind: 'claim',
        between: days ? 'days' : 'outlets',
        compatible: false,
        note: `${say(first)}; ${say(second)}${days ? ': the position changed between the two reports' : ''}.`,
        statements: [first, second].map((p) => ({
          text: p.text,
          documentId: p.doc.id,
          outlet: outletOf(p.doc),
          published: p.doc.published,
        })),
      });
      if (conflicts.length >= settings.maxPerStory) return conflicts;
    }
  }
  return conflicts;
}
