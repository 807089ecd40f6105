// Verbs (and phrases) that attribute speech.
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'stated', 'states', 'argued', 'argues',
  'warned', 'warns', 'noted', 'notes', 'insisted', 'insists', 'asked', 'asks', 'replied', 'replies', 'explained',
  'explains', 'declared', 'declares', 'continued', 'recalled', 'tweeted', 'posted', 'announced', 'claimed',
];

/** Words that can sit between a speaker and the verb ("she also said", "he had told"). */
export const SPEECH_AUXILIARIES: readonly string[] = [
  'also', 'later', 'then', 'previously', 'earlier', 'has', 'had', 'have', 'once', 'again', 'further', 'would', 'will',
  'repeatedly', 'simply', 'only', 'recently', 'publicly', 'privately',
];
