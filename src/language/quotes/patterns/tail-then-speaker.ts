// '“… is able to study” in the village, Has Nang told VOA Khmer.': the quoted sentence runs on for a few words after
// the closing mark, then a comma and the attribution.
import { readSpeakerPhrase } from '../speaker-phrase.js';
import { AUX, VERB, type Attribution, type QuotePattern } from '../context.js';

// The run-on tail: lower-case words, at most this many, without a sentence break.
const MAX_TAIL_WORDS = 6;
const TAIL_THEN_SPEAKER = new RegExp(
  `^\\s+((?:\\p{Ll}[\\p{L}’'-]*\\s+){0,${MAX_TAIL_WORDS - 1}}\\p{Ll}[\\p{L}’'-]*),\\s+([^;!?"“”\\n.,]{1,60}?)\\s+${AUX}(${VERB})\\b`,
  'iu',
);

export const tailThenSpeaker: QuotePattern = {
  name: 'tail-then-speaker',
  find(q, ctx): Attribution | null {
    // A quote that closes its own sentence or breaks off with a comma is another pattern's.
    if (/[.,?!…—–-]\s*$/.test(q.content)) return null;
    const after = ctx.text.slice(q.end, q.paragraphEnd);
    const m = TAIL_THEN_SPEAKER.exec(after);
    if (!m || !/^\p{Ll}/u.test(m[1]!)) return null;
    const read = readSpeakerPhrase(m[2]!);
    if (!read || read.kind === 'nominal') return null;
    const at = q.end + m[0].indexOf(m[2]!, m[1]!.length);
    return { ...read, at, end: q.end + m[0].length, pattern: this.name };
  },
};
