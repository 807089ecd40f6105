// A fragment quoted inside a running sentence ('Councillor Dev Mehta called it "a mortgage"', 'Sok said the party
// didn't "have any concern"'): the speaker is the subject of the verb before it.
import { PARTIAL_QUOTE_VERBS } from '../../speech-verbs.js';
import { sentenceIndexAt, type Attribution, type QuotePattern } from '../context.js';
import { subjectOf } from '../clause-subject.js';
import { readSpeakerPhrase } from '../speaker-phrase.js';

// Modal and opinion verbs whose subject is often what the speaker talks about ("X said the government would …").
const WEAK_VERBS: ReadonlySet<string> = new Set(['would', 'will', 'wants', 'wanted', 'hopes', 'hoped', 'believes', 'believed', 'expects', 'expected', 'remains', 'remained', 'prepared', 'found', 'agreed', 'considered', 'deemed']);
// A form of "to be" right before the verb makes it passive.
const PASSIVE_BEFORE = /\b(?:been|was|were|is|are|be|being)\s+(?:\p{L}+ly\s+)?$/iu;
// "… by X" after the quote, within the sentence: the agent of a passive.
const AGENT_AFTER = /^[^.;!?]*?\bby\s+([^,.;!?"“”]+)/;
const VERB = new RegExp(`\\b(${PARTIAL_QUOTE_VERBS.join('|')})\\b`, 'gi');

export const partialQuoteSubject: QuotePattern = {
  name: 'partial-quote-subject',
  find(q, ctx): Attribution | null {
    // A partial quote follows a lower-case word or a comma inside the sentence.
    if (!/[\p{Ll}\p{N},][\s]*$/u.test(ctx.text.slice(Math.max(q.paragraphStart, q.open - 3), q.open))) return null;
    const si = sentenceIndexAt(ctx.sentences, q.open);
    if (si < 0) return null;
    const s = ctx.sentences[si]!;
    // Words inside earlier quotes of the sentence neither name nor attribute anyone ('“I make about the same,” he said').
    // A sentence may also start inside a quote whose opening mark lies in the sentence before.
    const lead = ctx.text
      .slice(s.start, q.open)
      .replace(/^[^“”]*”|“[^”]*”|"[^"]*"/g, (m) => ','.padEnd(m.length));
    const verbs = [...lead.matchAll(VERB)];
    // A verb of saying or naming nearest the quote, with its subject in its own clause, takes it ("Sarrow said …,
    // while Kettler called the deal a "turning point"", "…, which Hun Sen dubbed a "terrorist organization"").
    for (const v of [...verbs].reverse()) {
      if (WEAK_VERBS.has(v[1]!.toLowerCase())) continue;
      // A passive ("have been labeled “traitors” by a pliant press") names its speaker after "by", not before.
      if (PASSIVE_BEFORE.test(lead.slice(0, v.index))) {
        const agent = AGENT_AFTER.exec(ctx.text.slice(q.end, s.end));
        const read = agent ? readSpeakerPhrase(agent[1]!) : null;
        if (agent && read && read.kind !== 'pronoun') return { ...read, at: q.end + agent.index + agent[0].length - agent[1]!.length, end: q.end + agent.index + agent[0].length, pattern: this.name };
        continue;
      }
      let clauseStart = Math.max(...[',', ';', ':', '—', '–', '('].map((c) => lead.lastIndexOf(c, v.index))) + 1;
      // "… establishing what the U.S. State Department described as": the relative clause has its own subject.
      const relative = [...lead.slice(clauseStart, v.index).matchAll(/\b(?:what|which|whom)\s+/gi)].pop();
      if (relative) clauseStart += relative.index + relative[0].length;
      // A verb right after an appositive ("Dr. Tomas Brandt, a surgeon at the city hospital, called") takes the name before it.
      if (lead.slice(clauseStart, v.index).trim() === '' && clauseStart > 0) clauseStart = Math.max(0, ...[';', ':', '—', '–', '('].map((c) => lead.lastIndexOf(c, v.index) + 1));
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
