// 'The line of the day belonged to the union’s Kasimir Lund: “…”': a quote right after a colon that follows a
// person's name, with no speech verb in between.
import { readSpeakerPhrase } from '../speaker-phrase.js';
import type { Attribution, QuotePattern } from '../context.js';

export const nameBeforeColon: QuotePattern = {
  name: 'name-before-colon',
  find(q, ctx): Attribution | null {
    const before = ctx.text.slice(q.paragraphStart, q.open);
    if (!/:\s*$/.test(before)) return null;
    const colon = q.paragraphStart + before.search(/:\s*$/);
    // Only a name the mention finder found, ending right at the colon, that reads as a full personal name.
    const person = ctx.mentions.find((m) => (m.type === 'person' || m.type === 'other') && m.end === colon);
    if (!person) return null;
    const read = readSpeakerPhrase(person.text);
    if (read?.kind !== 'person' || (person.type === 'other' && !read.speaker.includes(' '))) return null;
    return { ...read, at: person.start, end: q.open, pattern: this.name };
  },
};
