// The sentence of a cited document that a summary line (or timeline entry, or quote) rests on: what a reader sees
// when hovering or focusing a citation, and where following the citation lands in the document.
import { splitSentences } from '../language/sentences.js';

export interface SourceSentence {
  text: string;
  /** Paragraph index in the clean text (paragraphs are separated by blank lines). */
  paragraph: number;
  /** Sentence index within that paragraph. */
  sentence: number;
}

interface SentenceTerms {
  text: string;
  paragraph: number;
  sentence: number;
  terms: ReadonlySet<string>;
}

/** Below this share of the claim's content words, no sentence is shown: the document supports it only as a whole. */
const MIN_TERM_RECALL = 0.3;
/** Documents whose split sentences are kept between requests (a story page of 500 sources reuses them all). */
const CACHED_DOCUMENTS = 5_000;
/** Function words that say nothing about which sentence is meant. */
const STOP_WORDS = new Set(
  'the and for that with from this was were are has have had not but its his her their they said says will would who which into after before over about than then also been more most can could'.split(' '),
);

/**
 * Content words of a sentence: lower case, three letters or more, a plural "s" dropped. Cruder than the synthesis
 * stage's stemmer and ten times cheaper; only used to point at the likeliest sentence among a few dozen.
 */
export function sentenceWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []) {
    if (STOP_WORDS.has(word)) continue;
    out.add(word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  return out;
}

/** Split documents by id, kept while their text is unchanged; oldest dropped first. */
const splitCache = new Map<string, { text: string; sentences: SentenceTerms[] }>();

/** Paragraphs of a clean text, as the document page numbers them. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\n[ \t]*\n/).map((p) => p.trim()).filter((p) => p !== '');
}

/** Sentences of one paragraph, as the document page numbers them. */
export function sentencesOf(paragraph: string): string[] {
  return splitSentences(paragraph).map((s) => s.text);
}

/** Finds source sentences; splits each document once however many claims cite it. */
export class SentenceFinder {
  private readonly split = new Map<string, SentenceTerms[]>();
  private readonly claims = new Map<string, ReadonlySet<string>>();

  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  /** The best matching sentence of the document for the claim; exact containment wins, then term recall. */
  find(claim: string, documentId: string): SourceSentence | null {
    const sentences = this.sentencesOf(documentId);
    if (sentences.length === 0) return null;
    const probe = claim.replace(/\s*…$/, '').trim();
    const exact = sentences.find((s) => s.text.includes(probe) || (probe.length > 20 && probe.includes(s.text)));
    if (exact) return { text: exact.text, paragraph: exact.paragraph, sentence: exact.sentence };
    const terms = this.termsOf(claim);
    if (terms.size === 0) return null;
    let best: SentenceTerms | null = null;
    let bestRecall = 0;
    for (const s of sentences) {
      let found = 0;
      for (const t of terms) if (s.terms.has(t)) found++;
      const recall = found / terms.size;
      if (recall > bestRecall) {
        best = s;
        bestRecall = recall;
      }
    }
    return best && bestRecall >= MIN_TERM_RECALL ? { text: best.text, paragraph: best.paragraph, sentence: best.sentence } : null;
  }

  private termsOf(claim: string): ReadonlySet<string> {
    let terms = this.claims.get(claim);
    if (!terms) {
      terms = sentenceWords(claim);
      this.claims.set(claim, terms);
    }
    return terms;
  }

  private sentencesOf(documentId: string): SentenceTerms[] {
    let out = this.split.get(documentId);
    if (out) return out;
    const text = this.texts.get(documentId) ?? '';
    const cached = splitCache.get(documentId);
    if (cached && cached.text === text) {
      out = cached.sentences;
    } else {
      out = [];
      for (const [paragraph, p] of paragraphsOf(text).entries()) {
        for (const [sentence, s] of sentencesOf(p).entries()) out.push({ text: s, paragraph, sentence, terms: sentenceWords(s) });
      }
      splitCache.delete(documentId);
      splitCache.set(documentId, { text, sentences: out });
      if (splitCache.size > CACHED_DOCUMENTS) splitCache.delete(splitCache.keys().next().value!);
    }
    this.split.set(documentId, out);
    return out;
  }
}
