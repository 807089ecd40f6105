// Splits clean blocks into topic segments.
// Explicit separators split first; else a newsletter splits at its section heads, and a list section ("In other
// news:", "Elsewhere", "Quick hits", "The week ahead") at each item; else the document is one segment. Greetings
// and sign-offs were removed by the newsletter-frame line rules, so they never form a segment of their own.
import type { Block } from './types.js';

// A newsletter has at least this many sections...
export const MIN_NEWSLETTER_SECTIONS = 3;
// ...or this many when its title or top says it is a newsletter.
const MIN_CUED_SECTIONS = 2;
// ...each followed by at least this many paragraphs.
export const MIN_SECTION_PARAGRAPHS = 2;
// The cue is looked for in the title and this many leading blocks.
const CUE_BLOCKS = 3;
const NEWSLETTER_CUE =
  /\b(newsletter|briefing|bulletin|digest|dispatch|in this issue|round-?up|what we're reading|(morning|evening|daily|weekly|weekend|news) (report|brief|edition|email)|week of|this week in)\b/i;
// Section names that newsletters use, and that count as a cue when three heading sections carry them. An article
// may have one such subhead ("What to watch"), so they are no cue in the title or top.
const SECTION_CUE = /\b(the week ahead|what to watch|in other news|elsewhere)\b/i;
// Section heads that newsletters print as plain lines, not headings.
export const SECTION_LABEL =
  /^(what to watch|elsewhere|the week ahead|week ahead|in other news|other news|also today|in brief|briefly|quick hits|on the radar|before you go|one more thing|the big story|top story|what we['’]re reading|today['’]s agenda|by the numbers|worth reading|what else is happening|what else|news in brief|around (the )?[\p{L}-]+|on the calendar|coming up|the rest of the news|(also )?making (the )?news|also in the news|in the news|also this (month|week)|this (month|week) in brief)[:.]?$/iu;
// A label that introduces a list of short items, each its own topic.
const LIST_LABEL =
  /^(in other news|other news|elsewhere|in brief|briefly|quick hits|also today|the week ahead|week ahead|what else is happening|what else|news in brief|around (the )?[\p{L}-]+|on the calendar|coming up|the rest of the news|(also )?making (the )?news|also in the news|in the news|also this (month|week)|this (month|week) in brief)[:.]?$/iu;
const LIST_ITEM = /^([-*+•–—▶►▸·]|\d+[.)])\s+\S/;
// A calendar entry opens with its day or date and a colon ("Monday: ...", "Sat 14 Nov: ..."): one event per line,
// however many place names two events share.
const CALENDAR_ITEM =
  /^((mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\.?( \d{1,2}(st|nd|rd|th)?( (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)?)?|\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?)\s*[:–—]\s+\S/iu;
// A single-paragraph section counts when the paragraph is this long (a one-item newsletter section).
const MIN_SINGLE_PARAGRAPH_WORDS = 25;
// A plain-line section head: a short label, not a sentence ("Port deal", "Heat warning", "The big story").
const MAX_HEAD_WORDS = 6;
// The paragraph under a plain-line head is prose of at least this many words (or a list item).
const MIN_SECTION_BODY_WORDS = 12;

export type Segment = { paragraphs: string[] };

const wordsIn = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function isStrongHeading(b: Block): boolean {
  return (b.kind === 'heading' && (b.level === 2 || b.level === 3)) || (b.kind === 'paragraph' && SECTION_LABEL.test(b.text.trim()));
}

/** A short capitalised line with no sentence punctuation, directly above a prose paragraph or a list item. */
function isPlainHead(blocks: readonly Block[], i: number): boolean {
  const b = blocks[i]!;
  const next = blocks[i + 1];
  if (b.kind !== 'paragraph' || !next || next.kind !== 'paragraph') return false;
  if (LIST_ITEM.test(b.text.trim())) return false;
  // An emoji or symbol may lead the head ("📰 Top stories").
  const t = b.text.trim().replace(/^[^\p{L}\p{N}]+/u, '');
  if (wordsIn(t) > MAX_HEAD_WORDS || /[.!?;,"”]$/.test(t) || !/^\p{Lu}/u.test(t)) return false;
  return LIST_ITEM.test(next.text) || wordsIn(next.text) >= MIN_SECTION_BODY_WORDS;
}

type HeadTest = (blocks: readonly Block[], i: number) => boolean;

const strongHeads: HeadTest = (blocks, i) => isStrongHeading(blocks[i]!);
const anyHeads: HeadTest = (blocks, i) => isStrongHeading(blocks[i]!) || isPlainHead(blocks, i);

/** Count of sections (section heads followed by enough paragraphs before the next head). */
function fullSections(blocks: readonly Block[], isHead: HeadTest): number {
  let count = 0;
  blocks.forEach((b, i) => {
    if (!isHead(blocks, i)) return;
    let paragraphs = 0;
    let words = 0;
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind === 'paragraph' && !isHead(blocks, j); j++) {
      paragraphs++;
      words += wordsIn(blocks[j]!.text);
    }
    if (paragraphs >= MIN_SECTION_PARAGRAPHS || (LIST_LABEL.test(b.text.trim()) && paragraphs >= 1) || words >= MIN_SINGLE_PARAGRAPH_WORDS) count++;
  });
  return count;
}

/** The page says it is a newsletter: a cue in the title or the first blocks. */
function newsletterCue(blocks: readonly Block[], title: string | null): boolean {
  return NEWSLETTER_CUE.test([title ?? '', ...blocks.slice(0, CUE_BLOCKS).map((b) => b.text)].join('\n'));
}

/**
 * A newsletter: sections under a newsletter cue in the title or top; or enough sections of which one is a list
 * of items ("In other news:"), which a one-topic article never has; or (as before) enough heading sections with
 * a cue among the heads.
 */
export function looksLikeNewsletter(blocks: Block[], title: string | null): boolean {
  const sections = fullSections(blocks, anyHeads);
  if (newsletterCue(blocks, title) && sections >= MIN_CUED_SECTIONS) return true;
  const hasList = blocks.some((b, i) => anyHeads(blocks, i) && LIST_LABEL.test(b.text.trim()));
  if (hasList && sections >= MIN_NEWSLETTER_SECTIONS) return true;
  if (fullSections(blocks, strongHeads) < MIN_NEWSLETTER_SECTIONS) return false;
  const heads = blocks.filter(isStrongHeading).map((b) => b.text).join('\n');
  return NEWSLETTER_CUE.test(heads) || SECTION_CUE.test(heads);
}

// Words that carry no topic, left out when two items are compared.
const STOP_WORDS = new Set(
  (
    'that this with from have will been were they their there which what when where would could should about after ' +
    'before into over than then them these those also said says more most some such only other first last next week ' +
    'year years day days time being just very while because under until since your ours its it’s it\'s does done each ' +
    'many much made make here today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday'
  ).split(/\s+/),
);
// An item that opens like this goes on with the item before it.
const CONTINUES = /^(he|she|it|they|this|that|these|those|its|his|her|their|but|and|also|however|meanwhile|still|instead|even so)\b/i;
const MIN_TOPIC_WORD_LENGTH = 4;

function topicWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return new Set(
    words
      .map((w) => w.replace(/['’]s$/, '').replace(/s$/, ''))
      .filter((w) => w.length >= MIN_TOPIC_WORD_LENGTH && !STOP_WORDS.has(w) && !STOP_WORDS.has(`${w}s`)),
  );
}

/** True when a paragraph of a list section starts a new item: it shares no topic word with the one before. */
function newItem(previous: string, current: string): boolean {
  if (CONTINUES.test(current.replace(LIST_ITEM, '').trim())) return false;
  const before = topicWords(previous);
  for (const w of topicWords(current)) if (before.has(w)) return false;
  return true;
}

function splitWhere(blocks: Block[], startsNew: (b: Block, i: number, previous: Block | undefined) => boolean): Segment[] {
  const segments: Segment[] = [];
  let current: string[] = [];
  const close = (): void => {
    if (current.length > 0) segments.push({ paragraphs: current });
    current = [];
  };
  let previous: Block | undefined;
  blocks.forEach((b, i) => {
    if (b.kind === 'separator') {
      close();
      previous = b;
      return;
    }
    if (startsNew(b, i, previous)) close();
    current.push(b.text);
    previous = b;
  });
  close();
  return segments;
}

/** Newsletter splitting: at section heads, and at each item of a list section (bullets, or paragraphs on new topics). */
function newsletterSplitter(blocks: Block[]): (b: Block, i: number, previous: Block | undefined) => boolean {
  let inList = false;
  return (b, i, previous) => {
    if (anyHeads(blocks, i)) {
      inList = LIST_LABEL.test(b.text.trim());
      return true;
    }
    if (!inList || b.kind !== 'paragraph' || !previous || previous.kind !== 'paragraph') return false;
    // The first item stays with its label.
    if (LIST_LABEL.test(previous.text.trim())) return false;
    if (LIST_ITEM.test(b.text) || (CALENDAR_ITEM.test(b.text) && CALENDAR_ITEM.test(previous.text))) return true;
    return newItem(previous.text, b.text);
  };
}

/** Explicit separators split first; else newsletter section heads; else one segment. */
export function segmentBlocks(blocks: Block[], title: string | null): Segment[] {
  const newsletter = looksLikeNewsletter(blocks, title);
  if (blocks.some((b) => b.kind === 'separator')) {
    // Separators split; a newsletter's sections may also be split by their heads within a part.
    return splitWhere(blocks, newsletter ? newsletterSplitter(blocks) : () => false);
  }
  if (newsletter) return splitWhere(blocks, newsletterSplitter(blocks));
  return splitWhere(blocks, () => false);
}
