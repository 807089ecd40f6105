// Quoted spans: quote marks paired within a paragraph, straight quotes given a direction from their neighbours,
// and a quote left open at a paragraph end carried on when the next paragraph opens with a quote mark.

export interface QuotedSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index just past the closing mark (or the paragraph end when the quote runs on without one). */
  end: number;
  /** The quoted words; paragraphs of a multi-paragraph quote joined by one space. */
  content: string;
  /** Start of the paragraph holding the opening mark. */
  paragraphStart: number;
  /** End of the paragraph holding the closing mark. */
  paragraphEnd: number;
  /** The quote spans more than one paragraph. */
  multiParagraph: boolean;
  /** The quote was never closed. */
  unclosed: boolean;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
// Characters after which a straight quote opens rather than closes.
const OPEN_BEFORE = /[\s([{\u2014\u2013/-]/u;

interface Mark {
  at: number;
  width: number;
  kind: 'open' | 'close';
}

function marksIn(para: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < para.length; i++) {
    const ch = para[i]!;
    // Two single quotes stand in for a double one in some copy ("Juncture,’’").
    const pair = para.slice(i, i + 2);
    if (pair === '’’' || pair === "''") {
      marks.push({ at: i, width: 2, kind: 'close' });
      i++;
    } else if (pair === '‘‘') {
      marks.push({ at: i, width: 2, kind: 'open' });
      i++;
    } else if (OPENERS.has(ch)) marks.push({ at: i, width: 1, kind: 'open' });
    else if (CLOSERS.has(ch)) marks.push({ at: i, width: 1, kind: 'close' });
    else if (ch === '"') {
      const before = i === 0 ? ' ' : para[i - 1]!;
      const after = i + 1 >= para.length ? ' ' : para[i + 1]!;
      const opens = OPEN_BEFORE.test(before) && !/\s/.test(after);
      marks.push({ at: i, width: 1, kind: opens ? 'open' : 'close' });
    }
  }
  return marks;
}

interface Paragraph {
  start: number;
  text: string;
}

function paragraphsOf(text: string): Paragraph[] {
  return [...text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)].map((m) => ({ start: m.index, text: m[0] }));
}

/** Double-quoted spans (straight, curly, guillemets), in text order. */
export function quotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const paragraphs = paragraphsOf(text);
  // A quote carried over from the previous paragraph: where it opened and what it said so far.
  let carried: { open: number; paragraphStart: number; content: string[] } | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, text: para } = paragraphs[p]!;
    const marks = marksIn(para);
    let open: { at: number; width: number } | null = null;
    let k = 0;
    if (carried) {
      // The carried quote continues only when this paragraph opens with a quote mark.
      const first = marks[0];
      if (first && first.kind === 'open' && para.slice(0, first.at).trim() === '') {
        open = first;
        k = 1;
      } else {
        const c: { open: number; paragraphStart: number; content: string[] } = carried;
        const prev = paragraphs[p - 1]!;
        spans.push({ open: c.open, end: prev.start + prev.text.length, content: c.content.join(' '), paragraphStart: c.paragraphStart, paragraphEnd: prev.start + prev.text.length, multiParagraph: c.content.length > 1, unclosed: true });
        carried = null;
      }
    }
    for (; k < marks.length; k++) {
      const m = marks[k]!;
      if (m.kind === 'open') {
        // A second opening before any close: the first mark was stray (an apostrophe-like or unbalanced mark).
        if (open && carried === null) open = m;
        else if (!open) open = m;
        continue;
      }
      if (!open) continue;
      const piece = para.slice(open.at + open.width, m.at);
      if (carried) {
        const c: { open: number; paragraphStart: number; content: string[] } = carried;
        spans.push({ open: c.open, end: start + m.at + m.width, content: [...c.content, piece].join(' '), paragraphStart: c.paragraphStart, paragraphEnd: start + para.length, multiParagraph: true, unclosed: false });
        carried = null;
      } else {
        spans.push({ open: start + open.at, end: start + m.at + m.width, content: piece, paragraphStart: start, paragraphEnd: start + para.length, multiParagraph: false, unclosed: false });
      }
      open = null;
    }
    if (open) {
      const piece = para.slice(open.at + open.width);
      if (carried) carried.content.push(piece);
      else carried = { open: start + open.at, paragraphStart: start, content: [piece] };
    }
  }
  if (carried) {
    const last = paragraphs[paragraphs.length - 1]!;
    spans.push({ open: carried.open, end: last.start + last.text.length, content: carried.content.join(' '), paragraphStart: carried.paragraphStart, paragraphEnd: last.start + last.text.length, multiParagraph: carried.content.length > 1, unclosed: true });
  }
  return spans.sort((a, b) => a.open - b.open);
}
