// A fragment quoted inside a running sentence ('Councillor Dev Mehta called it "a mortgage"', 'Sok said the party
// didn't "have any concern"'): the speaker is the subject of the verb before it.
import { PARTIAL_QUOTE_VERBS } from '../../speech-verbs.js';
import { sentenceIndexAt, type Attribution, type QuotePattern } from '../context.js';
import { subjectOf } from './speaker-said-before-quote.js';

const VERB = new RegExp(`\\b(${PARTIAL_QUOTE_VERBS.join('|')})\\b`, 'gi');

export const partialQuoteSubject: QuotePattern = {
  name: 'partial-quote-subject',
  find(q, ctx): Attribution | null {
    // A partial quote follows a lower-case word or a comma inside the sentence.
    if (!/[\p{Ll}\p{N},][\s]*$/u.test(ctx.text.slice(Math.max(q.paragraphStart, q.open - 3), q.open))) return null;
    const si = sentenceIndexAt(ctx.sentences, q.open);
    if (si < 0) return null;
    const s = ctx.sentences[si]!;
    const lead = ctx.text.slice(s.start, q.open);
    const verbs = [...lead.matchAll(VERB)];
    // The first verb of the sentence takes the subject ("Sovann said the content … "concerned …"").
    for (const v of verbs) {
      const subject = subjectOf(lead.slice(0, v.index));
      if (subject) return { ...subject.read, at: s.start + subject.offset, end: q.open, pattern: this.name };
    }
    return null;
  },
};
