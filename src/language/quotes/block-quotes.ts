// Block quotes: another text quoted as a whole paragraph without quote marks. Two shapes reach the language layer:
// a paragraph marked '> ' (Markdown, plain-text mail), and a paragraph (an HTML <blockquote> after extraction) right
// after a paragraph that ends in a colon after a verb of writing or saying ("The Meridian Wire wrote on Sunday:").
import { SPEECH_VERBS } from '../speech-verbs.js';
import type { QuotedSpan } from './spans.js';

// The mark a Markdown or e-mail block quote keeps in the clean text.
const BLOCK_MARK = /^[ \t]*>[ \t]?/;
// Verbs that introduce a quoted text rather than a spoken line, besides the speech verbs.
const PUBLICATION_VERBS: readonly string[] = ['published', 'editorialised', 'editorialized', 'printed', 'ran', 'carried'];
// An introduction: a speech or publication verb, then at most this many words before the colon ("wrote on Sunday:").
const MAX_INTRO_TAIL_WORDS = 8;
const INTRO = new RegExp(
  `\\b(?:${[...SPEECH_VERBS, ...PUBLICATION_VERBS].join('|')})\\b(?:\\s+[^\\s:"“”]+){0,${MAX_INTRO_TAIL_WORDS}}\\s*:\\s*$`,
  'i',
);
// A paragraph that is a block quote of prose, not a list item or a heading: it ends like a sentence.
const ENDS_LIKE_PROSE = /[.!?…]["”’)]?\s*$/;
// A credit line closing a marked block ("— Meridian Wire, 3 May"): the source, kept out of the quoted words.
const CREDIT_LINE = /\s*(?:—|–|--)\s*([^—–\n]{2,80})$/;

interface Paragraph {
  start: number;
  text: string;
}

function paragraphsOf(text: string): Paragraph[] {
  return [...text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)].map((m) => ({ start: m.index, text: m[0] }));
}

export interface BlockQuoteSpan extends QuotedSpan {
  /** The source named on a credit line closing the block ("— Meridian Wire"), when there is one. */
  credit?: string;
}

/** Paragraphs quoted as blocks, consecutive marked paragraphs joined; `taken` are the spans of quote marks already found. */
export function blockQuoteSpans(text: string, taken: readonly QuotedSpan[]): BlockQuoteSpan[] {
  const out: BlockQuoteSpan[] = [];
  const paragraphs = paragraphsOf(text);
  // A paragraph whose quote marks were paired is not quoted again as a block.
  const quotedParagraph = (p: Paragraph) => taken.some((s) => s.open < p.start + p.text.length && s.end > p.start);
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (BLOCK_MARK.test(p.text)) {
      // Consecutive marked paragraphs are one block.
      let j = i;
      while (j + 1 < paragraphs.length && BLOCK_MARK.test(paragraphs[j + 1]!.text)) j++;
      const parts = paragraphs.slice(i, j + 1).map((x) => x.text.split('\n').map((line) => line.replace(BLOCK_MARK, '')).join(' ').trim());
      let content = parts.join(' ');
      const credit = CREDIT_LINE.exec(content);
      if (credit) content = content.slice(0, credit.index).trim();
      const last = paragraphs[j]!;
      const end = last.start + last.text.length;
      // A line holding only the mark (">") separates paragraphs inside one block.
      const inner = paragraphs.slice(i, j + 1).some((x) => /\n[ \t]*>[ \t]*(?:\n|$)/.test(x.text));
      const span: BlockQuoteSpan = { open: p.start, end, content, paragraphStart: p.start, paragraphEnd: end, multiParagraph: j > i || inner, unclosed: false };
      if (credit) span.credit = credit[1]!.trim();
      out.push(span);
      i = j;
      continue;
    }
    const prev = paragraphs[i - 1];
    if (!prev || !INTRO.test(prev.text) || quotedParagraph(p) || /^[\s“"«„]/.test(p.text) || !ENDS_LIKE_PROSE.test(p.text)) continue;
    const end = p.start + p.text.length;
    out.push({ open: p.start, end, content: p.text.trim(), paragraphStart: p.start, paragraphEnd: end, multiParagraph: false, unclosed: false });
  }
  return out;
}
