// '"…," Ms. Ostrova said' / '"…," a senior official, who asked not to be named, told reporters' / '"…," he added'.
import { readSpeakerPhrase } from '../speaker-phrase.js';
import { SOURCE_CREDIT_VERBS } from '../../speech-verbs.js';
import { AUX, VERB, opensMidSentence, type Attribution, type QuotePattern } from '../context.js';
import { breaksOffForAttribution } from './breaks-off.js';

const SPEAKER_FIRST = new RegExp(`^\\s*,?\\s*([^;!?"“”\\n]{1,160}?)\\s+${AUX}(${VERB})\\b`, 'i');

export const speakerSaidAfterQuote: QuotePattern = {
  name: 'speaker-said-after-quote',
  find(q, ctx): Attribution | null {
    if (!breaksOffForAttribution(ctx.text, q)) return null;
    const after = ctx.text.slice(q.end, q.paragraphEnd);
    const m = SPEAKER_FIRST.exec(after);
    // The attribution belongs to this quote only within its own sentence.
    if (!m || /[.]\s/.test(m[1]!.replace(/\b(?:Mr|Ms|Mrs|Dr|St|[A-Z])\.\s/g, ''))) return null;
    // A fragment quoted mid-sentence and then "X reported": X is the outlet credited, the speaker is in the sentence.
    if (SOURCE_CREDIT_VERBS.includes(m[2]!.toLowerCase()) && opensMidSentence(ctx.text, q)) return null;
    const read = readSpeakerPhrase(m[1]!);
    if (!read) return null;
    const at = q.end + m[0].indexOf(m[1]!);
    return { ...read, at, end: q.end + m[0].length, pattern: this.name };
  },
};
