// Who speaks outside the quotes: subjects of speech verbs ("Pech Bottom, a villager, said he had not voted"), read
// from the text with every quote blanked out.
import { SPEECH_VERBS } from '../speech-verbs.js';
import { subjectOf } from './clause-subject.js';
import type { Candidate, QuoteContext } from './context.js';

export interface SpeechSubject {
  name: string;
  at: number;
  end: number;
  kind: 'person';
  salient: true;
  /** An unnamed speaker ("a younger worker"). */
  unnamed?: boolean;
}

const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')})\\b`, 'gi');

/** The text with every quote blanked out, so that quoted words neither name nor attribute anyone. */
export function withoutQuotes(quotes: Candidate[], text: string): string {
  let out = text;
  // The comma keeps a clause break where the quote was ("X would “…,” he said" must not read as "X would he said").
  for (const [from, to] of quoteRegions(quotes)) out = out.slice(0, from) + ','.padEnd(Math.max(0, to - from)) + out.slice(to);
  return out;
}

/** The stretches of text inside quotes; the attribution of a quote split around it ("“A,” X said. “B.”") stays outside. */
export function quoteRegions(quotes: Candidate[]): [number, number][] {
  const out: [number, number][] = [];
  for (const q of quotes) {
    const a = q.attribution;
    if (a && a.at > q.start && a.at < q.end && a.end <= q.end) out.push([q.start, a.at], [a.end, q.end]);
    else out.push([q.start, q.end]);
  }
  return out;
}

/** Subjects of speech verbs outside quotes ("Pech Bottom, a villager, said he had not voted"). */
export function speechSubjects(plain: string, ctx: QuoteContext): SpeechSubject[] {
  const out: SpeechSubject[] = [];
  for (const s of ctx.sentences) {
    const sentence = plain.slice(s.start, s.end);
    for (const v of sentence.matchAll(SPEECH_VERB)) {
      const subject = subjectOf(sentence.slice(0, v.index));
      if (subject?.read.kind !== 'person' && subject?.read.kind !== 'unnamed') continue;
      const at = s.start + subject.offset;
      const unnamed = subject.read.kind === 'unnamed' ? { unnamed: true } : {};
      out.push({ name: subject.read.speaker, at, end: at + subject.read.speaker.length, kind: 'person', salient: true, ...unnamed });
    }
  }
  return out;
}

