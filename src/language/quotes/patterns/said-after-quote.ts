// '"…," said Ms. Ostrova' and '"…," according to the Interior Ministry'.
import { isNameAbbreviation, readSpeakerPhrase } from '../speaker-phrase.js';
import { AUX, VERB, opensMidSentence, type Attribution, type QuoteContext, type QuotePattern } from '../context.js';
import { isOutletName } from '../../borrowed-reporting.js';
import { breaksOffForAttribution } from './breaks-off.js';

const VERB_FIRST = new RegExp(`^\\s*,?\\s*(?:${AUX}${VERB}|according\\s+to)\\s+`, 'i');

/** The phrase right after a verb: up to the next clause break, keeping "Ms." and initials. */
export function phraseAfter(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/[;!?"“”\n()]/.test(ch)) break;
    if (ch === '.' && !isNameAbbreviation(/(\S+)$/.exec(out)?.[1] ?? '')) break;
    out += ch;
  }
  return out;
}

export const saidAfterQuote: QuotePattern = {
  name: 'said-after-quote',
  find(q, ctx: QuoteContext): Attribution | null {
    if (!breaksOffForAttribution(ctx.text, q)) return null;
    const after = ctx.text.slice(q.end, q.paragraphEnd);
    const m = VERB_FIRST.exec(after);
    if (!m) return null;
    const phrase = phraseAfter(after.slice(m[0].length));
    // Only the words before a clause ("who…", "adding…", with or without its comma) name the speaker; the reader looks past one appositive.
    // So does "in a statement" or "in The Analysis of …" after the name: where it was said, not who said it.
    const clipped = phrase.split(/,\s*(?:who|which|that|adding|saying|as|when|after|before|referring|in|on)\b|\s+(?:who|whose|adding|saying|noting|explaining)\b/i)[0]!.split(/\s+(?:in|on|at|during)\s+(?=(?:a|an|the|his|her|their|its)\s|\p{Lu})/u)[0]!;
    // A fragment quoted mid-sentence and then "according to" a newspaper: the outlet is credited, the speaker is in the sentence.
    if (/according/i.test(m[0]) && opensMidSentence(ctx.text, q) && isOutletName(clipped)) return null;
    const read = readSpeakerPhrase(clipped);
    if (!read) return null;
    const at = q.end + m[0].length;
    return { ...read, at, end: at + clipped.length, pattern: this.name };
  },
};
