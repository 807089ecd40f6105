// Splits a title or role off a capitalised span: a role is not part of a name.
// "Interior Minister Dmitri A. Volkov" -> person "Dmitri A. Volkov"; "Apple CEO Tim Brandt" -> "Apple" + person "Tim Brandt";
// "Prime Minister of Singapore" -> "Singapore"; "Secretary of the Treasury Janet Ross" -> "Treasury" + person "Janet Ross".
import {
  DEMONYM_SET,
  FIRST_NAME_SET,
  ORGANIZATION_HEAD_SET,
  PLACE_HEAD_SET,
  PLACES,
  TITLE_PART_SET,
  TITLE_WORD_SET,
  isKnownOrganization,
  placeKey,
} from './gazetteers/index.js';
import { TITLE_ABBREVIATIONS } from './abbreviations.js';
import { isCapitalised, type Token } from './tokens.js';

export interface NamePart {
  tokens: Token[];
  /** 'person' when a title or role was cut off its front; 'affiliation' for the organisation or place before or inside a role. */
  role: 'person' | 'affiliation' | null;
}

// A person's name after a title has at most this many words ("Lee Hsien Loong", "William Clay Ford Jr").
const MAX_NAME_WORDS = 4;
// Words after "of" that close a role's organisation ("Secretary of State", "Minister of Finance") though not org heads.
const ROLE_OBJECT_ENDINGS = new Set(['State', 'Finance', 'Defence', 'Defense', 'Justice', 'Health', 'Education', 'Commerce', 'Labor', 'Labour', 'Energy', 'Agriculture', 'Transport', 'Interior', 'Affairs']);

const words = (tokens: readonly Token[]) => tokens.map((t) => t.text);

/** Looks like a person's name: a few capitalised words, none a head word, not a known place or organisation. */
export function personLike(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || tokens.length > MAX_NAME_WORDS) return false;
  const ws = words(tokens);
  // Later words may be title-like surnames ("Hun Sen", "John King"); a title first is a role, not a name.
  if (!ws.every((w) => isCapitalised(w)) || TITLE_WORD_SET.has(ws[0]!)) return false;
  const last = ws[ws.length - 1]!;
  if (ORGANIZATION_HEAD_SET.has(last) || PLACE_HEAD_SET.has(last)) return false;
  if (ws.length === 1 && /^\p{Lu}{2,}$/u.test(last)) return false;
  const text = ws.join(' ');
  return !PLACES.has(placeKey(text)) && !DEMONYM_SET.has(placeKey(text)) && !isKnownOrganization(ws);
}

/** Splits a span into its name parts; most spans come back whole. */
export function splitRoles(tokens: Token[]): NamePart[] {
  const ws = words(tokens);
  // "Minister of X ...": the role's object, then maybe the holder's name.
  const ofAt = ws.findIndex((w, i) => (w === 'of' || w === 'for') && i > 0 && ws.slice(0, i).every((x) => TITLE_PART_SET.has(x)) && TITLE_WORD_SET.has(ws[i - 1]!));
  if (ofAt > 0) {
    let rest = ofAt + 1;
    while (rest < ws.length && ws[rest] === 'the') rest++;
    const object = tokens.slice(rest);
    for (let tail = Math.min(MAX_NAME_WORDS, object.length - 1); tail >= 1; tail--) {
      const head = object.slice(0, object.length - tail);
      const name = object.slice(object.length - tail);
      const headWords = words(head);
      const closes =
        ORGANIZATION_HEAD_SET.has(headWords[headWords.length - 1]!) ||
        ROLE_OBJECT_ENDINGS.has(headWords[headWords.length - 1]!) ||
        PLACES.has(placeKey(headWords.join(' '))) ||
        isKnownOrganization(headWords);
      if (closes && personLike(name)) return [{ tokens: head, role: 'affiliation' }, { tokens: name, role: 'person' }];
    }
    return object.length > 0 ? [{ tokens: object, role: 'affiliation' }] : [];
  }
  // "... Title Name": the last title word with a person-like name after it.
  for (let cut = tokens.length - 2; cut >= 0; cut--) {
    if (!TITLE_WORD_SET.has(ws[cut]!)) continue;
    const name = tokens.slice(cut + 1);
    if (!personLike(name)) continue;
    // Title words run back to the start of the role ("Vice President", "Chief Operating Officer").
    let start = cut;
    while (start > 0 && TITLE_PART_SET.has(ws[start - 1]!)) start--;
    const prefix = tokens.slice(0, start);
    // A title inside a longer name ("Federal Service for the Financial Markets") is not a role.
    if (prefix.length > 0 && !isCapitalised(prefix[prefix.length - 1]!.text)) continue;
    // A known name that only looks titled stays whole ("General Electric").
    if (prefix.length === 0 && isKnownOrganization(ws)) return [{ tokens, role: null }];
    const parts: NamePart[] = [];
    if (prefix.length > 0) parts.push({ tokens: prefix, role: 'affiliation' });
    parts.push({ tokens: name, role: 'person' });
    return parts;
  }
  // "Apple Chief Executive Officer": a role with no name after it; only the organisation before it is a name.
  if (TITLE_WORD_SET.has(ws[ws.length - 1]!)) {
    let start = ws.length - 1;
    while (start > 0 && TITLE_PART_SET.has(ws[start - 1]!)) start--;
    const prefix = tokens.slice(0, start);
    // A given name before one title-like word is a full name ("Martin Luther King", "Larry King"), and an abbreviated
    // title only ever stands before a name, so one at the end is a name ("Hun Sen").
    const single = start === ws.length - 1;
    const surname = single && ((FIRST_NAME_SET.has(ws[0]!) && personLike(prefix)) || TITLE_ABBREVIATIONS.has(ws[start]!.toLowerCase()));
    if (start > 0 && !surname && isCapitalised(prefix[prefix.length - 1]!.text) && !isKnownOrganization(ws))
      return [{ tokens: prefix, role: 'affiliation' }];
  }
  return [{ tokens, role: null }];
}
