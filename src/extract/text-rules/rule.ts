// Shape of a line rule: one named test for a boilerplate line of scraped text.

export interface LineContext {
  /** Position of the line among the document's blocks. */
  index: number;
  /** The document title as known so far (hint, metadata or first line), null if none. */
  title: string | null;
  /** Reason the line just before was removed, null when it was kept. */
  previousReason: string | null;
  /** How many prose lines were kept before this one; 0 means we are still in the page's head. */
  proseBefore: number;
  /** True for headings (Markdown '#', HTML h1-h6). */
  isHeading: boolean;
  /** True once the article has ended: the line sits among end-of-page widgets (see clean-lines). */
  inTail?: boolean;
  /** Author names known so far (byline, metadata), to recognise their bio. */
  authors?: readonly string[];
  /** Comparable forms of the lines kept so far, to drop a line printed twice. */
  seen?: ReadonlySet<string>;
  /** Text of the line before and the line after (null at either end), for rules that read a pair of lines. */
  previous?: string | null;
  next?: string | null;
  /** True for scraped plain text or Markdown, where lines are the page's own lines (not HTML blocks). */
  plainText?: boolean;
  /** comparable() form of the line, when the caller has it already (saves recomputing it per rule). */
  key?: string;
  /** Texts of all the document's blocks by index (null for separators), for rules that read a box of lines. */
  lines?: readonly (string | null)[];
  /** comparable() form of the title. */
  titleKey?: string | null;
}

export interface LineRule {
  name: string;
  reason: string;
  matches(line: string, context: LineContext): boolean;
}

// Boilerplate prompts are short; a long line that starts with "Share" is prose.
export const MAX_PROMPT_LENGTH = 60;

/** Count of words, to tell prose from labels. */
export function wordCount(line: string): number {
  return line.split(/\s+/).filter((w) => w !== '').length;
}

/** True when the line is short and matches `pattern` in full. */
export function shortLine(line: string, pattern: RegExp, max = MAX_PROMPT_LENGTH): boolean {
  return line.length <= max && pattern.test(line.trim());
}

/** True when the line ends a sentence (full stop, question or exclamation mark, closing quote). */
export function endsSentence(line: string): boolean {
  return /[.!?]["”’')\]]*$/.test(line.trim());
}
