// A fragment quoted inside a running sentence ('Councillor Dev Mehta called it "a mortgage"', 'Sok said the party
// didn't "have any concern"'): the speaker is the subject of the verb before it.
import { PARTIAL_QUOTE_VERBS } from '../../speech-verbs.js';
import { sentenceIndexAt, type Attribution, type QuotePattern } from '../context.js';
import { subjectOf } from '../clause-subject.js';

// Modal and opinion verbs whose subject is often what the speaker talks about ("X said the government would …").
const WEAK_VERBS: ReadonlySet<string> = new Set(['would', 'will', 'wants', 'wanted', 'hopes', 'hoped', 'believes', 'believed', 'expects', 'expected', 'remains', 'remained', 'prepared', 'found', 'agreed', 'considered', 'deemed']);
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
    // A verb of saying or naming nearest the quote, with its subject in its own clause, takes it ("Sarrow said …,
    // while Kettler called the deal a "turning point"", "…, which Hun Sen dubbed a "terrorist organization"").
    for (const v of [...verbs].reverse()) {
      if (WEAK_VERBS.has(v[1]!.toLowerCase())) continue;
      const clauseStart = Math.max(...[',', ';', ':', '—', '–', '('].map((c) => lead.lastIndexOf(c, v.index))) + 1;
      const subject = subjectOf(lead.slice(clauseStart, v.index));
      if (subject && subject.read.kind !== 'pronoun') return { ...subject.read, at: s.start + clauseStart + subject.offset, end: q.open, pattern: this.name };
    }
    // Otherwise the first verb of the sentence takes the subject ("Sovann said the content … "concerned …"").
    for (const v of verbs) {
      const subject = subjectOf(lead.slice(0, v.index));
      if (subject) return { ...subject.read, at: s.start + subject.offset, end: q.open, pattern: this.name };
    }
    return null;
  },
};
