// Reads MEANTIME CAT XML: tokens, entity mentions typed through REFERS_TO links, and a text rebuilt from the tokens.
import { readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';

/** MEANTIME entity types scored here; PRO (product), FIN (financial) and MIX are left out. */
export type GoldType = 'PER' | 'ORG' | 'LOC';
export const GOLD_TYPES: readonly GoldType[] = ['PER', 'ORG', 'LOC'];

export interface MeantimeToken {
  id: string;
  text: string;
  sentence: number;
  /** Offsets of the token in the rebuilt document text. */
  start: number;
  end: number;
}

export interface GoldMention {
  /** Index of the first and one past the last token (positions in `tokens`). */
  first: number;
  last: number;
  type: GoldType | null;
  /** CAT syntactic type: NAM (name), PRE.NAM (name as modifier), NOM, PRO, APP, ... ('' when unset). */
  syntactic: string;
  /** The entity instance the mention refers to (its REFERS_TO target), null when unlinked. */
  entity: string | null;
}

export interface MeantimeDocument {
  id: string;
  file: string;
  text: string;
  tokens: MeantimeToken[];
  mentions: GoldMention[];
  /** Highest sentence number with any entity annotation: MEANTIME annotates only the title and first sentences. */
  annotatedThrough: number;
}

// PTB quote and bracket tokens written back as they would appear in running text.
const TOKEN_TEXT: Record<string, string> = { '``': '“', "''": '”', '-LRB-': '(', '-RRB-': ')' };
// Tokens written without a space before them.
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}”]|'s|'re|'ve|'ll|'d|'m|n't|'|\.\.\.)$/i;
// An Irish "O'" split from its name ("O' Leary") is written joined.
const SPLIT_APOSTROPHE = /^O'$/;
// Tokens written without a space after them.
const NO_SPACE_AFTER = /^(?:[([{“$#£€]|US\$|CA\$|AU\$)$/;

interface RawMention {
  mId: string;
  anchors: string[];
  syntactic: string;
}

export function parseMeantime(file: string): MeantimeDocument {
  const xml = readFileSync(file, 'utf8');
  const raw: { id: string; text: string; sentence: number }[] = [];
  const mentions: RawMention[] = [];
  const entityTypes = new Map<string, string>();
  const refersTo = new Map<string, string>();
  let docId = '';
  let inToken: { id: string; sentence: number; text: string } | null = null;
  let inMention: RawMention | null = null;
  let inRefers: { sources: string[]; target: string | null } | null = null;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'Document') docId = attrs.doc_id ?? '';
        else if (name === 'token') inToken = { id: attrs.t_id ?? '', sentence: Number(attrs.sentence ?? 0), text: '' };
        else if (name === 'ENTITY_MENTION') inMention = { mId: attrs.m_id ?? '', anchors: [], syntactic: attrs.syntactic_type ?? '' };
        else if (name === 'token_anchor' && inMention) inMention.anchors.push(attrs.t_id ?? '');
        else if (name === 'ENTITY') entityTypes.set(attrs.m_id ?? '', attrs.ent_type ?? '');
        else if (name === 'REFERS_TO') inRefers = { sources: [], target: null };
        else if (name === 'source' && inRefers) inRefers.sources.push(attrs.m_id ?? '');
        else if (name === 'target' && inRefers) inRefers.target = attrs.m_id ?? null;
      },
      ontext(data) {
        if (inToken) inToken.text += data;
      },
      onclosetag(name) {
        if (name === 'token' && inToken) {
          raw.push(inToken);
          inToken = null;
        } else if (name === 'ENTITY_MENTION' && inMention) {
          mentions.push(inMention);
          inMention = null;
        } else if (name === 'REFERS_TO' && inRefers) {
          if (inRefers.target) for (const s of inRefers.sources) refersTo.set(s, inRefers.target);
          inRefers = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();

  const tokens = rebuild(raw);
  const text = tokens.text;
  const position = new Map(tokens.tokens.map((t, i) => [t.id, i]));
  const gold: GoldMention[] = [];
  let annotatedThrough = -1;
  for (const m of mentions) {
    const idx = m.anchors.map((a) => position.get(a)).filter((i): i is number => i !== undefined);
    if (idx.length === 0) continue;
    const target = refersTo.get(m.mId);
    const t = target ? entityTypes.get(target) : undefined;
    const type = t === 'PER' || t === 'ORG' || t === 'LOC' ? t : null;
    gold.push({ first: Math.min(...idx), last: Math.max(...idx) + 1, type, syntactic: m.syntactic, entity: target ?? null });
    for (const i of idx) annotatedThrough = Math.max(annotatedThrough, tokens.tokens[i]!.sentence);
  }
  return { id: docId, file, text, tokens: tokens.tokens, mentions: gold, annotatedThrough };
}

/** Title, dateline and body: a blank line after the first two sentences, spaces elsewhere, punctuation attached. */
function rebuild(raw: { id: string; text: string; sentence: number }[]): { text: string; tokens: MeantimeToken[] } {
  let text = '';
  const tokens: MeantimeToken[] = [];
  let prev: { text: string; sentence: number } | null = null;
  for (const r of raw) {
    const word = TOKEN_TEXT[r.text] ?? r.text;
    if (prev) {
      if (r.sentence !== prev.sentence && prev.sentence <= 1) text += '\n\n';
      else if (!NO_SPACE_BEFORE.test(word) && !NO_SPACE_AFTER.test(prev.text) && !SPLIT_APOSTROPHE.test(prev.text)) text += ' ';
    }
    tokens.push({ id: r.id, text: word, sentence: r.sentence, start: text.length, end: text.length + word.length });
    text += word;
    prev = { text: word, sentence: r.sentence };
  }
  return { text, tokens };
}
