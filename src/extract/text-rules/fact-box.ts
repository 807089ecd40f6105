// A fact box: a short label ("Key facts", "At a glance", "Key dates") over a few short item lines. A box that
// sums up the article is content; a box that ends by sending the reader to another story ("Read our full cup
// guide") is that story's promotion, label and items alike.
import { endsSentence, shortLine, wordCount, type LineRule } from './rule.js';

export const FACT_BOX_HEADER =
  /^(key (facts|points|dates|numbers|figures|takeaways|events|details)|at a glance|in brief|the facts|fact ?file|quick facts|in numbers|by the numbers|what we know|timeline|the key dates)[:.]?$/i;
// A fact box holds a handful of items.
const MAX_BOX_ITEMS = 8;
// Items are labels or short lines ("Final: 6 March at Calder Stadium").
const MAX_ITEM_WORDS = 14;
// The box's last line links elsewhere: "Read our full County Cup guide", "Full story", "Find out more".
const LINK_LINE =
  /^(read (our|the) (full|complete)\b.{0,60}|(read|see) (more|the full story|the full guide)\b.{0,40}|full (story|guide|coverage)\b.{0,40}|find out more\b.{0,40}|more details here|click here\b.{0,40})$/i;

/** True for a fact box's label line. */
export function isFactBoxHeader(line: string): boolean {
  return shortLine(line, FACT_BOX_HEADER, 30);
}

/** Index of the link line that closes the promotional box labelled at lines[at], or -1 when the box is content. */
export function promoBoxEnd(lines: readonly (string | null)[], at: number): number {
  if (!isFactBoxHeader(lines[at] ?? '')) return -1;
  for (let j = at + 1; j < lines.length && j <= at + MAX_BOX_ITEMS + 1; j++) {
    const line = (lines[j] ?? '').trim();
    if (line === '') continue;
    if (LINK_LINE.test(line) && wordCount(line) <= MAX_ITEM_WORDS) return j > at + 1 ? j : -1;
    // Prose ends the box: the box had no link, so it is the article's own.
    if (wordCount(line) > MAX_ITEM_WORDS || (endsSentence(line) && wordCount(line) > 6)) return -1;
  }
  return -1;
}

export const promoBox: LineRule = {
  name: 'promo-box',
  reason: 'promo-box',
  matches: (line, ctx) => {
    const lines = ctx.lines;
    if (!ctx.plainText || !lines || ctx.proseBefore === 0) return false;
    for (let h = ctx.index; h >= 0 && h >= ctx.index - MAX_BOX_ITEMS - 1; h--) {
      if (isFactBoxHeader(lines[h] ?? '')) return promoBoxEnd(lines, h) >= ctx.index;
    }
    return false;
  },
};

/** True when lines[at] is one of the short items under a fact-box label (no prose between them). */
export function inFactBox(lines: readonly (string | null)[], at: number): boolean {
  if (wordCount(lines[at] ?? '') > MAX_ITEM_WORDS) return false;
  for (let h = at - 1; h >= 0 && h >= at - MAX_BOX_ITEMS; h--) {
    const line = (lines[h] ?? '').trim();
    if (isFactBoxHeader(line)) return true;
    if (wordCount(line) > MAX_ITEM_WORDS * 2) return false;
  }
  return false;
}
