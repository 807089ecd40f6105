// Sentence and document similarity for synthesis.
import type { AnalyzedDocument } from '../core/records.js';
import { contentTerms, jaccard } from '../group/text.js';
import { cosine, DocumentFrequencies, termFrequencies, weigh, type TermVector } from '../group/tfidf.js';

/** Content terms of a sentence as a set, for token Jaccard. */
export function sentenceTerms(sentence: string): Set<string> {
  return new Set(contentTerms(sentence));
}

export function sentenceSimilarity(a: Set<string>, b: Set<string>): number {
  return jaccard(a, b);
}

/**
 * The document with the highest mean TF-IDF cosine to the others (ties go to the earlier one in the list).
 * IDF is taken over `context`, so terms every document of the story shares weigh little.
 */
export function mostCentral(
  docs: readonly AnalyzedDocument[],
  context: readonly AnalyzedDocument[],
): AnalyzedDocument | null {
  if (docs.length <= 1) return docs[0] ?? null;
  const df = new DocumentFrequencies();
  const tfs = new Map<string, TermVector>();
  for (const doc of new Set([...context, ...docs])) {
    const tf = termFrequencies(`${doc.title ?? ''}\n${doc.text}`);
    tfs.set(doc.id, tf);
    df.add(tf.keys());
  }
  const vectors = docs.map((doc) => weigh(tfs.get(doc.id)!, df));
  let best = 0;
  let bestScore = -1;
  vectors.forEach((v, i) => {
    let sum = 0;
    vectors.forEach((w, j) => {
      if (i !== j) sum += cosine(v, w);
    });
    const mean = sum / (vectors.length - 1);
    if (mean > bestScore) [best, bestScore] = [i, mean];
  });
  return docs[best]!;
}
