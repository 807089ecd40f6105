// 'Prem pointed to the dirt track. “It was built by villagers.”' and 'Yem Ravy declined to say, instead offering an
// aphorism: “One rotten fish spoils all.”': an unattributed quote right after a sentence (or a colon) in its own
// paragraph is spoken by the person that sentence is about, its subject.
import { ROLE_WORDS } from '../speaker-phrase.js';
import { sentenceIndexAt, type QuoteRefiner } from '../context.js';

// Lower-case words that may open a sentence before its subject ("the former minister Sok An").
const SUBJECT_LEAD_WORDS: ReadonlySet<string> = new Set(['the', 'former']);

export const sentenceSubjectSpeaker: QuoteRefiner = {
  name: 'sentence-subject-speaker',
  refine(quotes, ctx) {
    // Names the quotes' own attributions give to people: an untyped mention of one is that person ("Prem").
    const speakers = new Set(quotes.flatMap((q) => (q.attribution?.kind === 'person' ? q.attribution.speaker.split(/\s+/) : [])));
    return quotes.map((q) => {
      if (q.attribution !== null || q.partial || q.block) return q;
      const before = ctx.text.slice(q.span.paragraphStart, q.span.open);
      // Only a sentence of narration directly before: no other quote between it and this one.
      if (/["“”]/.test(before) || !/(?:[.!?]|:)\s*$/.test(before)) return q;
      const si = sentenceIndexAt(ctx.sentences, q.span.paragraphStart + before.replace(/\s+$/, '').length - 1);
      if (si < 0) return q;
      const from = Math.max(ctx.sentences[si]!.start, q.span.paragraphStart);
      const subject = ctx.mentions.find((m) => {
        const person = m.type === 'person' || (m.type === 'other' && m.text.split(/\s+/).every((w) => speakers.has(w)));
        if (!person || m.start < from || m.end > q.span.open) return false;
        // The subject opens its clause, after only capitalised words or roles ("Standing there, Prem pointed").
        const lead = ctx.text.slice(from, m.start).split(/[,;:—–(]/).pop()!.split(/\s+/).filter((w) => w !== '');
        const opens = lead.every((w) => /^\p{Lu}/u.test(w) || ROLE_WORDS.has(w.toLowerCase()) || SUBJECT_LEAD_WORDS.has(w.toLowerCase()));
        // A verb follows it: a lower-case word, not "'s" or a comma.
        return opens && /^\s+\p{Ll}/u.test(ctx.text.slice(m.end, m.end + 20));
      });
      if (!subject) return q;
      return { ...q, attribution: { speaker: subject.text, kind: 'person' as const, at: subject.start, end: subject.end, pattern: this.name } };
    });
  },
};
