// Language stage: per-document language, sentences, typed mentions and quotes.
export { detectLanguage, MIN_LETTERS_FOR_LANGUAGE } from './detect-language.js';
export { splitSentences, type SentenceSpan } from './sentences.js';
export { findMentions } from './mentions.js';
export { findQuotes } from './quotes.js';
export { MENTION_RULES } from './mention-rules/index.js';
