// Line-by-line mapping of a scraped page's source lines onto an extractor's output (pure functions).

export interface LineLabel {
  text: string;
  label: 'keep' | 'remove';
  /** Why the line should go (share, comments, teaser...); only on 'remove'. */
  category?: string;
  /** 'title' marks the article title line: kept when it is the output title or printed in the body. */
  role?: 'title';
  /** A toggle glued to the end of a kept line ("...she said.Read more") that should be cut off. */
  glued?: string;
}

export interface PageLabels {
  title: string;
  authors: string[];
  /** YYYY-MM-DD */
  published: string;
  /** Expected topic segments (newsletters only). */
  segments?: number;
  lines: LineLabel[];
}

/** What the extractor did with one source line. */
export type LineOutcome = 'kept' | 'removed' | 'kept-with-toggle';

export interface MappedLine extends LineLabel {
  outcome: LineOutcome;
}

// Lines shorter than this (in words) only count as kept when they are a whole output paragraph or sit at the
// alignment cursor: "Share" or "Comments" would otherwise match inside any body sentence.
export const SHORT_LINE_WORDS = 4;
// Extractors may cut a dateline or a trailing credit off a long line; a line of at least this many words still
// counts as kept when it survives with up to TRIM_WORDS words cut from either end.
export const TRIMMABLE_LINE_WORDS = 8;
export const TRIM_WORDS = 3;

// A text browser's link numbers ("at [17]Ashgrove Crown Court"): the extractor drops them, so a kept body line
// carrying one must still match its printed form.
const LINK_NUMBER = /(?<=^|[\s(])\[\d{1,4}\](?=[\p{L}\p{N}"“‘(])/gu;

/** Case-blind, quotes and dashes unified, link numbers dropped, whitespace collapsed: the form lines are compared in. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(LINK_NUMBER, '')
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function wordCount(text: string): number {
  return text.split(' ').filter(Boolean).length;
}

/** True when text[at..at+len) starts and ends at a word boundary (or a paragraph edge). */
function atBoundary(text: string, at: number, len: number): boolean {
  const before = at === 0 ? ' ' : text[at - 1]!;
  const after = at + len >= text.length ? ' ' : text[at + len]!;
  const edge = (ch: string) => !/[\p{L}\p{N}]/u.test(ch);
  const first = text[at] ?? ' ';
  const last = text[at + len - 1] ?? ' ';
  // A boundary is needed only where the needle itself ends in a letter or digit.
  return (edge(before) || edge(first)) && (edge(after) || edge(last));
}

interface Cursor {
  paragraph: number;
  offset: number;
}

interface Hit {
  paragraph: number;
  start: number;
  end: number;
}

/** True when cursor a sits before cursor b. */
function before(a: Cursor, b: Cursor): boolean {
  return a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.offset < b.offset);
}

/** First boundary-respecting occurrence of needle at or after the cursor that starts before `limit`. */
function findFrom(paragraphs: readonly string[], needle: string, cursor: Cursor, short: boolean, limit?: Cursor): Hit | null {
  for (let p = cursor.paragraph; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    let from = p === cursor.paragraph ? cursor.offset : 0;
    for (;;) {
      const at = text.indexOf(needle, from);
      if (at < 0) break;
      if (limit && !before({ paragraph: p, offset: at }, limit)) return null;
      if (atBoundary(text, at, needle.length)) {
        const whole = at === 0 && needle.length === text.length;
        const atCursor = (p === cursor.paragraph && text.slice(cursor.offset, at).trim() === '') ||
          (p === cursor.paragraph + 1 && at === 0 && paragraphs[cursor.paragraph]!.slice(cursor.offset).trim() === '');
        if (!short || whole || atCursor) return { paragraph: p, start: at, end: at + needle.length };
      }
      from = at + 1;
    }
  }
  return null;
}

/** The needle, then shorter forms with a few words cut from either end (for long lines only). */
function variants(line: string): string[] {
  const words = line.split(' ');
  const out = [line];
  if (words.length < TRIMMABLE_LINE_WORDS) return out;
  for (let k = 1; k <= TRIM_WORDS; k++) {
    out.push(words.slice(k).join(' '), words.slice(0, words.length - k).join(' '));
  }
  return out;
}

/** Cuts the glued toggle off a labelled line: "she said.Read more" -> "she said.". */
export function withoutToggle(line: LineLabel): string {
  if (!line.glued) return line.text;
  const t = line.text.trimEnd();
  return t.endsWith(line.glued) ? t.slice(0, t.length - line.glued.length) : t;
}

/**
 * Maps every labelled source line to kept or removed by aligning it, in order, against the output paragraphs.
 * Long lines are aligned first and anchor the alignment; a short line ("Share", "Dunmere") is then looked for only
 * between the anchors of its neighbours, so a short line kept elsewhere on the page cannot pull the alignment
 * past the article. The title line also counts as kept when it is the output title.
 */
export function mapLines(labels: readonly LineLabel[], outputTitle: string | null, outputParagraphs: readonly string[]): MappedLine[] {
  const paragraphs = outputParagraphs.map(normalize);
  const title = outputTitle ? normalize(outputTitle) : null;
  const needles = labels.map((line) => normalize(withoutToggle(line)));
  const isShort = needles.map((n) => wordCount(n) < SHORT_LINE_WORDS);
  const outcomes: (LineOutcome | null)[] = labels.map(() => null);
  // Where each matched line starts and ends in the output; null when it is not printed there.
  const starts: (Cursor | null)[] = labels.map(() => null);
  const ends: (Cursor | null)[] = labels.map(() => null);
  let titleTaken = false;

  const find = (i: number, cursor: Cursor, limit?: Cursor): Hit | null => {
    for (const v of isShort[i] ? [needle(i)] : variants(needle(i))) {
      const hit = findFrom(paragraphs, v, cursor, isShort[i]!, limit);
      if (hit) return hit;
    }
    return null;
  };
  const needle = (i: number): string => needles[i]!;
  // The next long line after i: a hit for line i that lies beyond where that line is printed is out of order
  // (a pull quote found inside a later paragraph), so line i itself was not printed where it stood.
  const outOfOrder = (i: number, hit: Hit, cursor: Cursor): boolean => {
    const k = labels.findIndex((l, j) => j > i && !!needles[j] && !isShort[j] && !(l.role === 'title' && title === needles[j]));
    if (k < 0) return false;
    const next = find(k, cursor);
    return next !== null && (next.paragraph < hit.paragraph || (next.paragraph === hit.paragraph && next.end <= hit.start));
  };

  const place = (i: number, cursor: Cursor, limit?: Cursor): void => {
    const line = labels[i]!;
    const hit = find(i, cursor, limit);
    if (!hit || (!isShort[i] && outOfOrder(i, hit, cursor))) {
      outcomes[i] = 'removed';
      return;
    }
    starts[i] = { paragraph: hit.paragraph, offset: hit.start };
    ends[i] = { paragraph: hit.paragraph, offset: hit.end };
    outcomes[i] = 'kept';
    if (line.glued) {
      const text = paragraphs[hit.paragraph]!;
      const toggle = normalize(line.glued);
      if (text.slice(hit.end).trimStart().startsWith(toggle)) {
        ends[i] = { paragraph: hit.paragraph, offset: text.indexOf(toggle, hit.end) + toggle.length };
        outcomes[i] = 'kept-with-toggle';
      }
    }
  };

  // Pass 1: the title and the long lines, in order.
  let cursor: Cursor = { paragraph: 0, offset: 0 };
  labels.forEach((line, i) => {
    if (!needles[i]) {
      outcomes[i] = 'removed';
      return;
    }
    if (line.role === 'title' && !titleTaken && title === needles[i]) {
      titleTaken = true;
      outcomes[i] = 'kept';
      return;
    }
    if (isShort[i]) return;
    place(i, cursor);
    if (ends[i]) cursor = ends[i]!;
  });
  // Pass 2: each short line between the end of the last printed line before it and the next long anchor.
  cursor = { paragraph: 0, offset: 0 };
  labels.forEach((_, i) => {
    if (outcomes[i] === null) {
      let limit: Cursor | undefined;
      for (let j = i + 1; j < labels.length; j++) {
        if (!isShort[j] && starts[j]) {
          limit = starts[j]!;
          break;
        }
      }
      place(i, cursor, limit);
    }
    if (ends[i]) cursor = ends[i]!;
  });
  return labels.map((line, i) => ({ ...line, outcome: outcomes[i]! }));
}

/** Whole-text occurrences of needle (at word boundaries) across the printed units. */
function occurrences(units: readonly string[], needle: string): number {
  let n = 0;
  for (const text of units) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      if (atBoundary(text, at, needle.length)) n++;
    }
  }
  return n;
}

/**
 * Source lines printed more than once in the output (title plus paragraphs). Short lines count only as whole
 * printed units, so "Share" inside a sentence is not a repeat. Each distinct line text is counted once.
 */
export function printedTwice(labels: readonly LineLabel[], outputTitle: string | null, outputParagraphs: readonly string[]): string[] {
  const units = [...(outputTitle ? [outputTitle] : []), ...outputParagraphs].map(normalize);
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const line of labels) {
    const needle = normalize(withoutToggle(line));
    if (!needle || seen.has(needle)) continue;
    seen.add(needle);
    const count = wordCount(needle) < SHORT_LINE_WORDS ? units.filter((u) => u === needle).length : occurrences(units, needle);
    if (count > 1) twice.push(line.text);
  }
  return twice;
}

export interface RemovalCounts {
  /** Lines labelled remove and removed (a glued toggle that is gone counts too). */
  tp: number;
  /** Lines labelled keep but removed. */
  fp: number;
  /** Lines labelled remove but kept (a glued toggle still printed counts too). */
  fn: number;
  /** Lines labelled keep and kept. */
  keptRight: number;
  keepTotal: number;
}

/** Counts with positive = remove; a glued toggle is its own removal item. */
export function removalCounts(mapped: readonly MappedLine[]): RemovalCounts {
  const c: RemovalCounts = { tp: 0, fp: 0, fn: 0, keptRight: 0, keepTotal: 0 };
  for (const m of mapped) {
    const printed = m.outcome !== 'removed';
    if (m.label === 'remove') {
      if (printed) c.fn++;
      else c.tp++;
      continue;
    }
    c.keepTotal++;
    if (printed) c.keptRight++;
    else c.fp++;
    if (m.glued && printed) {
      if (m.outcome === 'kept-with-toggle') c.fn++;
      else c.tp++;
    }
  }
  return c;
}

export function addCounts(a: RemovalCounts, b: RemovalCounts): RemovalCounts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, keptRight: a.keptRight + b.keptRight, keepTotal: a.keepTotal + b.keepTotal };
}

export function prf(c: RemovalCounts): { precision: number; recall: number; f1: number; keptAccuracy: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, keptAccuracy: c.keepTotal === 0 ? 1 : c.keptRight / c.keepTotal };
}
