// 'Only their commander was sitting upright. … He declined to give his name … “…,” he said.': when no named person
// fits a he/she, the pronoun stands for the person last described by a noun phrase as the subject of a sentence.
import { ROLE_WORDS } from './speaker-phrase.js';

// Nouns for people that describe without naming, beside the role words (which cover "official", "farmer", "villager").
const PERSON_NOUNS: readonly string[] = [
  'commander', 'soldier', 'man', 'woman', 'officer', 'guard', 'policeman', 'policewoman', 'wife', 'husband', 'mother',
  'father', 'son', 'daughter', 'nurse', 'doctor', 'vendor', 'shopkeeper', 'trader', 'merchant', 'witness', 'victim',
  'survivor', 'neighbour', 'neighbor', 'boy', 'girl', 'priest', 'pastor', 'imam', 'veteran', 'pilot', 'fisherman',
  'labourer', 'laborer', 'employee', 'guide', 'passenger', 'customer', 'landlord', 'tenant', 'protester', 'stranger',
  'skipper', 'sailor', 'clerk', 'cashier', 'waiter', 'waitress', 'miner', 'builder', 'mechanic', 'fighter', 'rebel',
  'refugee', 'migrant', 'pensioner', 'widow', 'widower', 'grandmother', 'grandfather', 'elder', 'nun', 'patient',
];
const FEMALE_NOUNS: ReadonlySet<string> = new Set(['waitress', 'widow', 'grandmother', 'nun', 'woman', 'policewoman', 'wife', 'mother', 'daughter', 'girl', 'spokeswoman', 'chairwoman', 'councilwoman', 'queen', 'princess']);
const MALE_NOUNS: ReadonlySet<string> = new Set(['widower', 'grandfather', 'man', 'policeman', 'husband', 'father', 'son', 'boy', 'fisherman', 'spokesman', 'chairman', 'councilman', 'king', 'prince', 'priest']);
// Up to this many lower-case modifiers between the determiner and the noun ("an army wife", "the young border guard").
const MAX_MODIFIERS = 2;
const NOUNS = [...new Set([...PERSON_NOUNS, ...ROLE_WORDS])].sort((x, y) => y.length - x.length).join('|');
// A determiner, modifiers and a person noun, then a verb: a past form, a form of be or have, or a present -s form.
const DESCRIBED_SUBJECT = new RegExp(
  `(?<![\\p{L}])((?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur|[Aa]n?)\\s+(?:[\\p{Ll}-]+\\s+){0,${MAX_MODIFIERS}}(${NOUNS}))\\s+(?:was|is|were|had|has|\\p{Ll}+ed|\\p{Ll}+s)\\b`,
  'gu',
);
// A preposition before the phrase makes it an object ("came to the soldier was" is no subject).
const PREPOSITION_BEFORE = /\b(?:to|of|for|with|by|from|at|in|on|about|than|behind|near)\s+$/i;

/**
 * The last described subject ("their commander") in `plain` before `at`, compatible with the gender of the pronoun,
 * or null. `plain` is the text with quotes blanked out.
 */
export function describedAntecedent(plain: string, from: number, at: number, gender: 'm' | 'f'): { phrase: string; at: number } | null {
  let best: { phrase: string; at: number } | null = null;
  const window = plain.slice(from, at);
  for (const m of window.matchAll(DESCRIBED_SUBJECT)) {
    if (PREPOSITION_BEFORE.test(window.slice(0, m.index))) continue;
    const noun = m[2]!;
    if ((gender === 'm' && FEMALE_NOUNS.has(noun)) || (gender === 'f' && MALE_NOUNS.has(noun))) continue;
    best = { phrase: m[1]!.replace(/^(The|Their|His|Her|Its|Our|An?)\b/, (d) => d.toLowerCase()), at: from + m.index };
  }
  return best;
}
