// Quote patterns, tried in order; the first that finds a speaker wins.
import type { QuotePattern } from '../context.js';
import { nameBeforeColon } from './name-before-colon.js';
import { partialQuoteSubject } from './partial-quote-subject.js';
import { possessiveSpeechNoun } from './possessive-speech-noun.js';
import { saidAfterQuote } from './said-after-quote.js';
import { speakerSaidAfterQuote } from './speaker-said-after-quote.js';
import { speakerSaidBeforeQuote } from './speaker-said-before-quote.js';
import { tailThenSpeaker } from './tail-then-speaker.js';

export const QUOTE_PATTERNS: readonly QuotePattern[] = [saidAfterQuote, speakerSaidAfterQuote, speakerSaidBeforeQuote, possessiveSpeechNoun, nameBeforeColon, partialQuoteSubject, tailThenSpeaker];
