// 'His line from Tuesday’s rally — “…” —', 'Ms. Sarrow’s words at the signing — “…” —', 'Her pledge — “…”': a quote
// introduced by a possessive and a noun of speech. A possessive pronoun becomes a pronoun speaker, resolved later.
import { readSpeakerPhrase } from '../speaker-phrase.js';
import { sentenceIndexAt, type Attribution, type QuotePattern } from '../context.js';

// Nouns that name something said or written.
export const SPEECH_NOUNS: readonly string[] = [
  'words', 'word', 'line', 'lines', 'pledge', 'promise', 'message', 'remark', 'remarks', 'comment', 'comments', 'warning',
  'vow', 'statement', 'reply', 'response', 'verdict', 'answer', 'quip', 'retort', 'plea', 'appeal',
];
// How many words may sit between the noun and the quote ("from Tuesday’s rally", "at the signing").
const MAX_NOUN_TAIL_WORDS = 6;
const POSSESSIVE = new RegExp(
  `(?:^|[\\s(])((?:[\\p{Lu}][\\p{L}.’'-]*\\s+){0,3}[\\p{Lu}][\\p{L}-]*[’']s|his|her|their|its)\\s+(?:${SPEECH_NOUNS.join('|')})((?:\\s+[^\\s,;:—–"“”]+){0,${MAX_NOUN_TAIL_WORDS}})\\s*[—–:,]\\s*$`,
  'iu',
);
const PRONOUN_OF: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };

export const possessiveSpeechNoun: QuotePattern = {
  name: 'possessive-speech-noun',
  find(q, ctx): Attribution | null {
    const si = sentenceIndexAt(ctx.sentences, q.open);
    const from = si >= 0 ? Math.max(ctx.sentences[si]!.start, q.paragraphStart) : q.paragraphStart;
    const before = ctx.text.slice(from, q.open);
    const m = POSSESSIVE.exec(before);
    if (!m) return null;
    const owner = m[1]!;
    const at = from + m.index + m[0].indexOf(owner);
    const pronoun = PRONOUN_OF[owner.toLowerCase()];
    if (pronoun) return { speaker: pronoun, kind: 'pronoun', at, end: q.open, pattern: this.name };
    const read = readSpeakerPhrase(owner.replace(/[’']s$/, ''));
    if (!read || (read.kind !== 'person' && read.kind !== 'organization')) return null;
    return { ...read, at, end: q.open, pattern: this.name };
  },
};
