// Synthesis settings: every threshold of the dossier in one place, each with the reason for its value.

export const SYNTHESIS_SETTINGS = {
  summary: {
    // An analyst reads a dossier's summary in one glance; fewer than three sentences rarely covers who, what and why.
    minSentences: 3,
    maxSentences: 8,
    // Shorter sentences are headings, captions or fragments; longer ones are run-on paragraphs from scraped text.
    minWords: 8,
    maxWords: 60,
    // News puts the facts first (inverted pyramid): later sentences are background, colour and quotes.
    candidateSentencesPerDocument: 10,
    // Upper bound on the candidate pool, so a 500-document story stays quadratic in a few hundred sentences.
    maxCandidates: 400,
    // LexRank damping: the usual PageRank value; centrality still dominates the uniform jump.
    damping: 0.85,
    // Cosine below this is noise between two sentences of one story; cutting it keeps the graph sparse.
    edgeThreshold: 0.1,
    // MMR balance: mostly centrality, enough novelty to stop a second wording of the lead.
    mmrLambda: 0.7,
    // Two sentences this similar say the same thing; the second is never taken.
    redundantCosine: 0.45,
    // The same without IDF: two leads of one event share the story's common words, which IDF discounts.
    redundantTermCosine: 0.5,
    // The first sentences of an article are written to stand alone; later ones lean on them.
    leadPositionBonus: 0.5,
    // A sentence opening with a pronoun or connective leans on the sentence before it.
    dependentOpenerPenalty: 0.5,
    // A sentence that is mostly a quotation belongs under "who said what", not in the summary.
    maxQuotedShare: 0.5,
  },
  support: {
    // Three fifths of the sentence's content words in one passage of the other document: it states the same
    // thing. At one half, a document naming the same people and place in another connection passed.
    minTermRecall: 0.6,
    // Short sentences have too few words for half of them to mean anything.
    shortSentenceTerms: 5,
    shortSentenceRecall: 0.75,
    // Half of the words that are not names, too: the same people in another happening share the names, not the
    // action. Sentences with fewer such words lean on their names and are judged by the overall recall alone.
    minActionRecall: 0.5,
    minActionTerms: 3,
    // At least half of the names the sentence gives must appear somewhere in the supporting document.
    minNameRecall: 0.5,
    // A supporting passage may run over two adjacent sentences (an outlet splitting one long sentence).
    windowSentences: 2,
  },
  figures: {
    // "about", "around", "roughly": taken as plus or minus this share of the value.
    approximateMargin: 0.1,
    // "nearly", "almost": within this share below the value.
    nearlyMargin: 0.1,
    // Content words this close to a figure say what it counts ("people evacuated" vs "a town of 18,000 people").
    contextWords: 4,
    // How many key figures the source matrix lists per story.
    maxKeyFigures: 6,
  },
  claims: {
    // Two sentences share this many content words besides negation before a polarity difference means anything.
    minSharedTerms: 3,
    // and this share of their content words (Jaccard) after synonyms are folded.
    minJaccard: 0.45,
    // Pairs reported per story; beyond this the list stops being read.
    maxPerStory: 10,
  },
  matrix: {
    // Summary sentences, key figures and quotes listed as facts, at most this many quotes.
    maxQuotes: 8,
  },
} as const;
