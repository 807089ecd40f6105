// 'Ostrova said: "…"' / 'She told reporters on Tuesday, "…"' / 'Judge Falk, presenting the report, said:' / 'According to X, "…"'.
import { readSpeakerPhrase } from '../speaker-phrase.js';
import { subjectOf } from '../clause-subject.js';
import { AUX, VERB, sentenceIndexAt, type Attribution, type QuotePattern } from '../context.js';

// How far an attribution before a quote may run from its verb to the colon or comma ("told reporters on Tuesday:").
const MAX_VERB_TAIL = 60;
const BEFORE_VERB = new RegExp(`${AUX}\\b(${VERB})\\b(?:\\s+[^,:"“”.]{0,${MAX_VERB_TAIL}})?[,:]\\s*$`, 'i');
const BEFORE_ACCORDING = /\baccording\s+to\s+([^,:"“”]{1,80}),\s*$/i;

export const speakerSaidBeforeQuote: QuotePattern = {
  name: 'speaker-said-before-quote',
  find(q, ctx): Attribution | null {
    const si = sentenceIndexAt(ctx.sentences, q.open);
    let from = si >= 0 ? ctx.sentences[si]!.start : Math.max(q.paragraphStart, q.open - 200);
    // A quote opening its sentence may follow an attribution ending in a colon ("Judge Falk said:"), even a paragraph before.
    if (ctx.text.slice(from, q.open).trim() === '' && /:\s*$/.test(ctx.text.slice(Math.max(0, from - 300), from))) {
      const colon = ctx.text.slice(0, from).search(/:\s*$/);
      const prev = sentenceIndexAt(ctx.sentences, colon);
      from = prev >= 0 ? ctx.sentences[prev]!.start : Math.max(0, colon - 200);
    }
    const before = ctx.text.slice(from, q.open);
    const according = BEFORE_ACCORDING.exec(before);
    if (according) {
      const read = readSpeakerPhrase(according[1]!);
      if (read) return { ...read, at: from + according.index, end: q.open, pattern: this.name };
    }
    const m = BEFORE_VERB.exec(before);
    if (!m) return null;
    const subject = subjectOf(before.slice(0, m.index));
    if (!subject) return null;
    return { ...subject.read, at: from + subject.offset, end: q.open, pattern: this.name };
  },
};
