// The bare name inside a MEANTIME person mention: MEANTIME's person extents carry titles and appositions ("U.S.
// President Barack Obama", "Joe Leonard, Chairman of AirTran Airways"), while a title is a role and not part of the
// name. The bare name is accepted as a second extent of the same gold mention, for every system alike.
import type { MeantimeToken } from './meantime.js';

// Honorifics and office words that open a role; the bench's own short list, independent of the systems scored.
const ROLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sir', 'president', 'vice', 'senator', 'sen', 'rep', 'governor', 'judge', 'justice',
  'presiding', 'prime', 'minister', 'secretary', 'chancellor', 'chief', 'executive', 'officer', 'ceo', 'cfo', 'coo',
  'chairman', 'chairwoman', 'director', 'spokesman', 'spokeswoman', 'analyst', 'professor',
]);
// Words after which the rest is the role's object, not a name ("Prime Minister of Canada").
const OBJECT_MARKERS = new Set(['of', 'for']);
// An apposition or a bracket starts a new part ("Joe Leonard, Chairman ...", "John McCain (R-AZ)").
const PART_BREAK = /^[,(]$/;

const bare = (t: MeantimeToken) => t.text.toLowerCase().replace(/\.$/, '');
const capitalised = (t: MeantimeToken) => /^\p{Lu}/u.test(t.text);

/** The bare name as token positions [first, last), or null when the mention is a name already or holds none. */
export function bareNameExtent(tokens: readonly MeantimeToken[], first: number, last: number): [number, number] | null {
  const parts: [number, number][] = [];
  let start = first;
  for (let i = first; i <= last; i++) {
    if (i === last || PART_BREAK.test(tokens[i]!.text) || tokens[i]!.text === ')') {
      if (i > start) parts.push([start, i]);
      start = i + 1;
    }
  }
  for (const [a, b] of parts) {
    // The role ends at the last lower-case word, role word or possessive; the name is what follows it.
    let cut = a - 1;
    for (let i = a; i < b; i++) {
      const t = tokens[i]!;
      if (!capitalised(t) || ROLE_WORDS.has(bare(t)) || /^['’]s?$/.test(t.text)) cut = i;
    }
    // A role with an object ("President of the United States Barack Obama") has no clear edge before the name.
    if (tokens.slice(a, cut + 1).some((t) => OBJECT_MARKERS.has(t.text))) continue;
    const name: [number, number] = [cut + 1, b];
    if (name[1] - name[0] < 1 || !tokens.slice(name[0], name[1]).every(capitalised)) continue;
    return name[0] === first && name[1] === last ? null : name;
  }
  return null;
}
