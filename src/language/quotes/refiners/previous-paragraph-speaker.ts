// A paragraph that is only an unattributed quote, right after a paragraph whose last speech verb has a named subject,
// is that person speaking: 'McAuliff, who said the vote was "imperfect".' then '"It was also very notable …"'.
import { SPEECH_VERBS } from '../../speech-verbs.js';
import { subjectOf } from '../clause-subject.js';
import { speechSubjects, withoutQuotes } from '../speech-subjects.js';
import { sentenceIndexAt, type Candidate, type QuoteContext, type QuoteRefiner } from '../context.js';

function paragraphIsQuote(c: Candidate, text: string): boolean {
  return text.slice(c.span.paragraphStart, c.span.paragraphEnd).trim() === text.slice(c.span.open, c.span.end).trim();
}

const lastWord = (name: string) => name.toLowerCase().split(/\s+/).pop() ?? '';

/**
 * 'Sok Ny objects to a concession …' then a bare quote paragraph: with no speech verb before it, the quote belongs to
 * the person the paragraph before is about, when that person opens a sentence there and was quoted earlier.
 */
function earlierSpeakerAsSubject(quotes: Candidate[], q: Candidate, ctx: QuoteContext, from: number, to: number): { name: string; at: number; end: number } | undefined {
  const quoted = new Set(quotes.filter((o) => o.start < q.start && o.attribution?.kind === 'person').map((o) => lastWord(o.attribution!.speaker)));
  const subjects = ctx.mentions.filter((m) => m.type === 'person' && m.start >= from && m.end <= to && quoted.has(lastWord(m.text)) && opensSentence(ctx, m.start));
  const last = subjects.pop();
  return last ? { name: quotes.find((o) => o.attribution?.kind === 'person' && lastWord(o.attribution.speaker) === lastWord(last.text))!.attribution!.speaker, at: last.start, end: last.end } : undefined;
}

/** The mention starts its sentence (after nothing but opening punctuation). */
function opensSentence(ctx: QuoteContext, at: number): boolean {
  const si = sentenceIndexAt(ctx.sentences, at);
  return si >= 0 && /^[\s“"‘(]*$/.test(ctx.text.slice(ctx.sentences[si]!.start, at));
}

const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')})\\b`, 'gi');
// Personal pronouns that can stand for the speaker of a following quote paragraph.
const SPEAKING_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** "He said …", "She told VOA …" between `from` and `to`: a he/she that is the subject of a speech verb. */
function pronounSubjects(plain: string, ctx: QuoteContext, from: number, to: number): { name: string; at: number; end: number }[] {
  const out: { name: string; at: number; end: number }[] = [];
  for (const s of ctx.sentences) {
    if (s.start < from || s.end > to + 1) continue;
    const sentence = plain.slice(s.start, s.end);
    for (const v of sentence.matchAll(SPEECH_VERB)) {
      const subject = subjectOf(sentence.slice(0, v.index));
      if (subject?.read.kind !== 'pronoun' || !SPEAKING_PRONOUNS.has(subject.read.speaker.toLowerCase())) continue;
      const at = s.start + subject.offset;
      out.push({ name: subject.read.speaker, at, end: at + subject.read.speaker.length });
    }
  }
  return out;
}

export const previousParagraphSpeaker: QuoteRefiner = {
  name: 'previous-paragraph-speaker',
  refine(quotes, ctx) {
    const orphans = quotes.filter((q) => q.attribution === null && !q.partial && paragraphIsQuote(q, ctx.text));
    if (orphans.length === 0) return quotes;
    const plain = withoutQuotes(quotes, ctx.text);
    const subjects = speechSubjects(plain, ctx).filter((s) => !s.unnamed);
    return quotes.map((q) => {
      if (!orphans.includes(q)) return q;
      // The paragraph before: from the previous blank line to this quote's paragraph.
      const prevEnd = ctx.text.slice(0, q.span.paragraphStart).replace(/\s+$/, '').length;
      const prevStart = ctx.text.lastIndexOf('\n', prevEnd - 1) + 1;
      if (prevEnd <= 0) return q;
      // Another quote attributed in that paragraph is handled by join-continuations; one left unattributed means no one.
      if (quotes.some((o) => o !== q && o.start >= prevStart && o.start < prevEnd)) return q;
      const named = subjects.filter((s) => s.at >= prevStart && s.end <= prevEnd).pop();
      // 'He said he had recognized some of them.' then a bare quote: the pronoun speaks, resolved later like any other.
      const pronoun = pronounSubjects(plain, ctx, prevStart, prevEnd).pop();
      if (pronoun && (!named || pronoun.at > named.at)) return { ...q, attribution: { speaker: pronoun.name, kind: 'pronoun' as const, at: pronoun.at, end: pronoun.end, pattern: this.name } };
      const last = named ?? earlierSpeakerAsSubject(quotes, q, ctx, prevStart, prevEnd);
      if (!last) return q;
      return { ...q, attribution: { speaker: last.name, kind: 'person' as const, at: last.at, end: last.end, pattern: this.name } };
    });
  },
};
