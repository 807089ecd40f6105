// Refiners, run in order over the quotes the patterns found.
import type { QuoteRefiner } from '../context.js';
import { dropNonSpeech, dropPullQuoteRepeats, dropUnattributedFragments } from './drop-non-speech.js';
import { joinContinuations } from './join-continuations.js';
import { previousParagraphSpeaker } from './previous-paragraph-speaker.js';
import { resolveReferences } from './resolve-references.js';
import { sentenceSubjectSpeaker } from './sentence-subject-speaker.js';

export const QUOTE_REFINERS: readonly QuoteRefiner[] = [dropNonSpeech, joinContinuations, dropPullQuoteRepeats, previousParagraphSpeaker, sentenceSubjectSpeaker, resolveReferences, dropUnattributedFragments];
