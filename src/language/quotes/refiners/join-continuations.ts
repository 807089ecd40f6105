// '"A," she said, "B."' is one quote; so is '"A," X said. "B."' (the gold convention); a quote paragraph right after
// an attributed one, or a quote running on in the same paragraph, keeps that speaker.
import { cleanContent, type Candidate, type QuoteRefiner } from '../context.js';

const AFTER_PATTERNS = new Set(['said-after-quote', 'speaker-said-after-quote', 'tail-then-speaker']);
// What may sit between the attribution and the second half of a split quote.
// The verb may take a short object first ('"A," she told VOA, "B"', '"A," he said on Tuesday, "B"').
const SPLIT_GAP = /^\s*(?:[^\s"“”.!?;:,]+\s*){0,4}[,:]?\s*$/;
// An aside of up to 20 words without a sentence break, ending in a comma.
const LONG_SPLIT_GAP = /^\s*(?:[^\s"“”.!?;:]+\s+){0,20}[^\s"“”.!?;:]*,\s*$/;
// A short quoted title inside the gap ('said X, author of "Hun Sen's Cambodia." "B"') is words, not another quote.
const QUOTED_TITLE = /[“"]([^”"]{1,120}?)([.!?]?)[”"]/g;

function gapBetween(text: string, from: number, to: number): string {
  return text.slice(from, to).replace(QUOTED_TITLE, (_m, _words: string, stop: string) => `title${stop}`);
}
// The rest of an attribution sentence, then a full stop: '"A," X said on Tuesday. "B."'
const RUN_ON_GAP = /^[^"“”.!?]*[.]\s*$/;
// Text between two quotes of one paragraph that carries no other speaker.
const QUIET_GAP = /^[^"“”.!?]*[.!?]?\s*$/;
// The attribution's sentence, then a short adverbial opening the next one ('“…,” he says. Today, “…”').
const ADVERBIAL_GAP = /^[^"“”.!?]*[.!?]\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,3},\s*$/u;

/**
 * Joins the halves of a split quote. The comma before the attribution stands for the writer's own punctuation:
 * when the second half opens a new sentence (a capital letter), the first half ended one.
 */
export function joinHalves(first: string, second: string): string {
  const opensSentence = /^[\p{Lu}\p{N}]/u.test(second);
  const closed = /[.!?…]$/.test(first);
  return opensSentence && !closed ? `${first}. ${second}` : `${first} ${second}`;
}

function paragraphIsQuote(c: Candidate, text: string): boolean {
  return text.slice(c.span.paragraphStart, c.span.paragraphEnd).trim() === text.slice(c.span.open, c.span.end).trim();
}

export const joinContinuations: QuoteRefiner = {
  name: 'join-continuations',
  refine(quotes, ctx, removed) {
    const out: Candidate[] = [];
    for (let i = 0; i < quotes.length; i++) {
      const q = { ...quotes[i]! };
      const a = q.attribution;
      let next = quotes[i + 1];
      while (a && AFTER_PATTERNS.has(a.pattern) && next && next.span.paragraphStart === q.span.paragraphStart && (next.attribution === null || next.attribution.at < a.end)) {
        const gap = gapBetween(ctx.text, a.end, next.span.open);
        // A second half opening in lower case continues the sentence after any longer aside ("said during a visit to …,").
        const continues = /^\s*\p{Ll}/u.test(next.span.content) && LONG_SPLIT_GAP.test(gap);
        if (!SPLIT_GAP.test(gap) && !RUN_ON_GAP.test(gap) && !continues) break;
        removed.push({ text: next.text, reason: `${this.name}: second half of "${q.text.slice(0, 30)}…" after its attribution` });
        q.text = joinHalves(q.text, cleanContent(next.span.content));
        q.end = next.end;
        i++;
        next = quotes[i + 1];
      }
      const prev = out[out.length - 1];
      if (q.attribution === null && prev?.attribution) {
        const gap = gapBetween(ctx.text, prev.end, q.start);
        const sameParagraph = prev.span.paragraphStart === q.span.paragraphStart && (QUIET_GAP.test(gap) || ADVERBIAL_GAP.test(gap));
        // A paragraph that is only a quote, right after the paragraph of an attributed quote, continues that speaker.
        const nextParagraph = paragraphIsQuote(q, ctx.text) && !q.partial && /^\s*$/.test(ctx.text.slice(prev.span.paragraphEnd, q.span.paragraphStart)) && ctx.text.slice(prev.end, prev.span.paragraphEnd).indexOf('"') < 0;
        if (sameParagraph || nextParagraph) q.attribution = { ...prev.attribution, pattern: this.name };
      }
      out.push(q);
    }
    return out;
  },
};
