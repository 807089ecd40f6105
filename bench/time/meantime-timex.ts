// Reads MEANTIME TIMEX3 markables (type, normalised value, token span) and the document creation time (DCT).
import { readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { parseMeantime, type MeantimeDocument } from '../nlp/meantime.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface GoldTimex {
  type: TimexType;
  value: string;
  /** Character offsets in the rebuilt document text. */
  start: number;
  end: number;
  text: string;
}

export interface TimexDocument {
  id: string;
  file: string;
  text: string;
  /** Document creation time, as annotated (a TIMEX3 with functionInDocument="CREATION_TIME"). */
  dct: string;
  /** The DCT's own span in the text (the dateline), when anchored. */
  dctSpan: { start: number; end: number } | null;
  timexes: GoldTimex[];
  document: MeantimeDocument;
}

interface RawTimex {
  type: string;
  value: string;
  fn: string;
  anchors: string[];
}

export function parseMeantimeTimex(file: string): TimexDocument {
  const document = parseMeantime(file);
  const raw: RawTimex[] = [];
  let open: RawTimex | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'TIMEX3') {
          open = { type: attrs.type ?? '', value: attrs.value ?? '', fn: attrs.functionInDocument ?? '', anchors: [] };
        } else if (name === 'token_anchor' && open) open.anchors.push(attrs.t_id ?? '');
      },
      onclosetag(name) {
        if (name === 'TIMEX3' && open) {
          raw.push(open);
          open = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(readFileSync(file, 'utf8'));
  parser.end();

  const position = new Map(document.tokens.map((t, i) => [t.id, i]));
  let dct = '';
  let dctSpan: TimexDocument['dctSpan'] = null;
  const timexes: GoldTimex[] = [];
  for (const r of raw) {
    const idx = r.anchors.map((a) => position.get(a)).filter((i): i is number => i !== undefined);
    const span =
      idx.length > 0
        ? { start: document.tokens[Math.min(...idx)]!.start, end: document.tokens[Math.max(...idx)]!.end }
        : null;
    if (r.fn === 'CREATION_TIME') {
      dct = r.value;
      dctSpan = span;
      continue;
    }
    // Markables with no tokens (implicit times such as the start of a duration) have no text to find.
    if (!span) continue;
    if (r.type !== 'DATE' && r.type !== 'TIME' && r.type !== 'DURATION' && r.type !== 'SET') continue;
    timexes.push({ type: r.type, value: r.value, ...span, text: document.text.slice(span.start, span.end) });
  }
  timexes.sort((a, b) => a.start - b.start);
  return { id: document.id, file, text: document.text, dct, dctSpan, timexes, document };
}
