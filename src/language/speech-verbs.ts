// Verbs (and phrases) that attribute speech.
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'stated', 'states', 'argued', 'argues',
  'warned', 'warns', 'noted', 'notes', 'insisted', 'insists', 'asked', 'asks', 'replied', 'replies', 'explained',
  'explains', 'declared', 'declares', 'continued', 'recalled', 'tweeted', 'posted', 'announced', 'claimed', 'claims',
  'confirmed', 'admitted', 'acknowledged', 'conceded', 'urged', 'vowed', 'pledged', 'stressed', 'emphasized',
  'emphasised', 'cautioned', 'complained', 'responded', 'countered', 'remarked', 'observed', 'recounted', 'testified',
  'predicted', 'reported', 'reports', 'wrote', 'concluded', 'joked', 'shouted', 'whispered', 'promised',
  // Present tense, as features and profiles write it ("“…,” he recalls"); forms that are also nouns ("remarks",
  // "posts", "vows") and forms that mostly are not speech ("continues") are left out
  'recalls', 'announces', 'confirms', 'admits', 'acknowledges', 'concedes', 'stresses', 'emphasizes',
  'emphasises', 'cautions', 'complains', 'responds', 'observes', 'recounts', 'testifies', 'predicts', 'concludes',
  // Tabloid and feature verbs of manner ("“…,” she sobbed", "Tolley fumed"); all past forms, rarely anything but speech
  // right beside a quote
  'fumed', 'raged', 'sobbed', 'gushed', 'quipped', 'sighed', 'boasted', 'pleaded', 'snapped', 'blasted', 'revealed',
];

/** Words that can sit between a speaker and the verb ("she also said", "he had told"). */
export const SPEECH_AUXILIARIES: readonly string[] = [
  'also', 'later', 'then', 'previously', 'earlier', 'has', 'had', 'have', 'once', 'again', 'further', 'would', 'will',
  'repeatedly', 'simply', 'only', 'recently', 'publicly', 'privately', 'reportedly', 'allegedly', 'quietly', 'flatly',
  'bluntly', 'firmly', 'angrily',
];

/** Verbs with which a news outlet, not the person quoted, is credited ('… called the deal a "turning point," Meridian Wire reported'). */
export const SOURCE_CREDIT_VERBS: readonly string[] = ['reported', 'reports', 'reporting'];

/** Verbs that introduce a fragment quoted inside a sentence ('called it "a turning point"', 'promised to "do everything"'). */
export const PARTIAL_QUOTE_VERBS: readonly string[] = [
  ...SPEECH_VERBS, 'called', 'calls', 'described', 'describes', 'dubbed', 'branded', 'termed', 'labelled', 'labeled',
  'expressed', 'expects', 'expected', 'praised', 'criticized', 'criticised', 'welcomed', 'dismissed', 'deemed',
  'accused', 'hailed', 'denounced', 'agreed', 'found', 'wants', 'wanted', 'hopes', 'hoped', 'believes', 'believed',
  'prepared', 'remains', 'remained', 'would', 'will', 'deemed', 'considered', 'saying', 'telling', 'calling',
  'recommended', 'recommends', 'demanded', 'demands', 'proposed', 'proposes', 'suggested', 'suggests', 'ordered',
];
