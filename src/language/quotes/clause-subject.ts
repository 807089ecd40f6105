// The subject of a clause that ends in a speech verb: "On Friday, Hun Sen" -> Hun Sen; "Oskar Vinter, finance spokesman
// for the Civic Union," -> Oskar Vinter; "Prime Minister Jonas Kettler returned from Velmora promising that …" -> Jonas Kettler.
import { SPEECH_AUXILIARIES } from '../speech-verbs.js';
import { ROLE_WORDS, readSpeakerPhrase, type SpeakerPhrase } from './speaker-phrase.js';

// A dateline opening the text ("DRENHOLM —", "SIEM REAP PROVINCE —") names a place, never a speaker.
const DATELINE = /^\s*[\p{Lu}][\p{Lu}\s,.'’-]*\s[—–]\s*/u;
// A relative pronoun opening a clause ("which Hun Sen dubbed"): the name after it is the subject of the clause.
const RELATIVE = /^\s*(?:which|whom|what)\s+(?=\p{Lu}|the\s)/iu;
// An appositive opens with a determiner and describes the name before it ("Chhiev Hong, the wife of Post reporter Seangly,").
const APPOSITIVE_START = /^\s*(?:the|a|an|another|one|his|her|their|its|then|now|once|also)\s/i;
// How many appositives may stand between a name and its verb; more and the name is too far back to be the subject.
const MAX_STACKED_APPOSITIVES = 3;
// Words that may sit inside a name run at the start of a clause besides capitalised words ("Ministry of Justice spokesman").
const RUN_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'former']);

// Capitalised words that open a sentence without naming anyone ("Later, …", "In Velmora …").
const NOT_A_NAME_START: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'after', 'before', 'when', 'while', 'later', 'earlier', 'since', 'during', 'for', 'from', 'but', 'and',
  'as', 'if', 'with', 'under', 'over', 'by', 'to', 'this', 'that', 'these', 'those', 'there', 'then', 'still', 'although',
  'though', 'despite', 'unlike', 'meanwhile', 'however', 'some', 'many', 'most', 'all', 'few', 'several', 'it', 'they',
]);
// A single capitalised word opening a clause is too often a place, a people or an adverb to be taken as a name.
const MIN_LEADING_RUN = 2;
// Auxiliaries between a subject and its verb ("the presidency had described").
const TRAILING_AUX = new RegExp(`(?:\\s+(?:${SPEECH_AUXILIARIES.join('|')}))+\\s*$`, 'i');
// The capitalised words that end a clause ("… executive director John McAuliff").
const TRAILING_NAME = /((?:[\p{Lu}][\p{L}’'.-]*\s+){0,3}[\p{Lu}][\p{L}’'.-]*)\s*$/u;
const isCapital = (w: string) => /^[\p{Lu}\p{Lt}]/u.test(w);
const bare = (w: string) => w.toLowerCase().replace(/[’']s$/, '').replace(/[.,]$/, '');

/** An appositive: opens with a determiner, or with a lower-case role ("chief executive of port operator Keller Terminals"). */
function describesName(part: string): boolean {
  const first = /^\s*(\S+)/.exec(part)?.[1] ?? '';
  return APPOSITIVE_START.test(part) || (/^\p{Ll}/u.test(first) && ROLE_WORDS.has(bare(first)));
}

/** The capitalised run (with role words) that opens a clause, when a lower-case word follows it: "Prime Minister Jonas Kettler returned". */
export function leadingName(part: string): SpeakerPhrase | null {
  const words = part.trim().split(/\s+/);
  let n = 0;
  while (n < words.length && (isCapital(words[n]!) || ROLE_WORDS.has(bare(words[n]!)) || (n > 0 && RUN_JOINERS.has(words[n]!.toLowerCase())))) n++;
  // The run must be followed by something (its verb) and must not end in a possessive ("Hun Sen’s message").
  if (n === 0 || n === words.length || /[’']s$/.test(words[n - 1]!)) return null;
  while (n > 0 && RUN_JOINERS.has(words[n - 1]!.toLowerCase())) n--;
  if (n < MIN_LEADING_RUN || NOT_A_NAME_START.has(words[0]!.toLowerCase())) return null;
  const read = readSpeakerPhrase(words.slice(0, n).join(' '));
  return read && (read.kind === 'person' || read.kind === 'organization') ? read : null;
}

/** The subject of a clause: the last comma-separated part that reads as a speaker, or the name opening that part. */
export function subjectOf(lead: string): { read: SpeakerPhrase; offset: number } | null {
  // A parenthesis ("Voice of Democracy (VOD)") glosses the words before it; it is never the subject. Blanked, offsets kept.
  lead = lead.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length)).replace(TRAILING_AUX, '');
  const dateline = DATELINE.exec(lead);
  const skip = dateline ? dateline[0].length : 0;
  const parts = [...lead.slice(skip).matchAll(/[^,;:—–()]+/g)];
  const at = (i: number) => skip + parts[i]!.index + parts[i]![0].search(/\S/);
  for (let i = parts.length - 1; i >= 0; i--) {
    const text = parts[i]![0].replace(RELATIVE, (m) => ' '.repeat(m.length));
    if (text.trim() === '') continue;
    // "…, John McAuliff, who said": the subject is the name that ends the part before "who".
    if (/^\s*who\s*$/i.test(text) && i > 0) {
      const run = TRAILING_NAME.exec(parts[i - 1]![0]);
      const read = run ? readSpeakerPhrase(run[1]!) : null;
      if (run && read?.kind === 'person') return { read, offset: skip + parts[i - 1]!.index + run.index + run[0].search(/\S/) };
      return null;
    }
    const read = readSpeakerPhrase(text);
    if (!read) {
      // A clause that does not read as a name may still open with one ("Kettler returned … promising that").
      const opening = leadingName(text);
      if (opening) return { read: opening, offset: at(i) };
      continue;
    }
    // "Oskar Vinter, finance spokesman for the Civic Union, called": the appositive describes the name before it.
    // An age may stand between them ("Mirko Tal, 52, a driver from Pesk, said").
    let h = i - 1;
    while (h > 0 && /^\s*\d{1,3}\s*$/.test(parts[h]![0])) h--;
    if (h >= 0 && read.kind !== 'pronoun' && (read.kind !== 'person' || describesName(text))) {
      // Appositives may be stacked ("Ou Virak, a political analyst who heads the Future Forum, a local think tank,").
      for (let k = 0; h >= 0 && k < MAX_STACKED_APPOSITIVES; k++) {
        const head = readSpeakerPhrase(parts[h]![0].replace(RELATIVE, ''));
        if (head?.kind === 'person') return { read: { ...head, role: text.trim() }, offset: at(h) };
        if (!describesName(parts[h]![0])) break;
        h--;
        while (h > 0 && /^\s*\d{1,3}\s*$/.test(parts[h]![0])) h--;
      }
    }
    return { read, offset: at(i) };
  }
  return null;
}
