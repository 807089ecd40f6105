// Metadata accuracy against the WCXB gold: title, author, publication date, each only over pages whose gold has the field.

export interface MetadataGuess {
  title?: string | null;
  author?: string | null;
  published?: string | null;
}

export interface MetadataGold {
  title?: string | null;
  author?: string | null;
  publish_date?: string | null;
}

export interface FieldScore {
  correct: number;
  total: number;
}

export interface MetadataScores {
  /** Normalised title equals the gold title. */
  titleExact: FieldScore;
  /** Token F1 between normalised titles reaches TITLE_MIN_TOKEN_F1 (counts exact matches too). */
  titleF1: FieldScore;
  author: FieldScore;
  date: FieldScore;
}

// A title is right when it shares nearly all words with the gold one: tolerates a dropped subtitle word, not a " | Site" suffix on a short title.
export const TITLE_MIN_TOKEN_F1 = 0.9;
// Bylines open with this word on many sites; it is not part of the name.
const BYLINE_PREFIX = /^(by|from)\s+/;

/** Lowercase, letters and digits only, single spaces; typographic quotes and dashes fold away with the punctuation. */
export function normaliseText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokenF1(a: string, b: string): number {
  const ta = normaliseText(a).split(' ').filter(Boolean);
  const tb = normaliseText(b).split(' ').filter(Boolean);
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of ta) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(t, n - 1);
    }
  }
  if (overlap === 0) return 0;
  const p = overlap / ta.length;
  const r = overlap / tb.length;
  return (2 * p * r) / (p + r);
}

export function titleExact(guess: string | null | undefined, gold: string): boolean {
  return Boolean(guess) && normaliseText(guess!) === normaliseText(gold);
}

export function titleClose(guess: string | null | undefined, gold: string): boolean {
  return Boolean(guess) && tokenF1(guess!, gold) >= TITLE_MIN_TOKEN_F1;
}

/**
 * One normalised name contains the other on word boundaries: "By Jane Doe, Staff Writer" matches gold "Jane Doe",
 * and "Jane Doe" matches gold "Jane Doe, MS, RD" (gold often carries credentials or co-authors).
 */
export function authorMatches(guess: string | null | undefined, gold: string): boolean {
  if (!guess) return false;
  const g = normaliseText(gold).replace(BYLINE_PREFIX, '');
  const p = normaliseText(guess).replace(BYLINE_PREFIX, '');
  if (!g || !p) return false;
  return ` ${p} `.includes(` ${g} `) || ` ${g} `.includes(` ${p} `);
}

/** The calendar day as written: an ISO-like date is read literally (no time-zone shift); anything else through Date. */
export function calendarDay(s: string | null | undefined): string | null {
  if (!s) return null;
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function sameDay(guess: string | null | undefined, gold: string): boolean {
  const a = calendarDay(guess);
  return a !== null && a === calendarDay(gold);
}

export function scoreMetadata(pages: readonly { guess: MetadataGuess | undefined; gold: MetadataGold }[]): MetadataScores {
  const s: MetadataScores = {
    titleExact: { correct: 0, total: 0 },
    titleF1: { correct: 0, total: 0 },
    author: { correct: 0, total: 0 },
    date: { correct: 0, total: 0 },
  };
  const tally = (f: FieldScore, ok: boolean) => {
    f.total++;
    if (ok) f.correct++;
  };
  for (const { guess, gold } of pages) {
    if (gold.title?.trim()) {
      tally(s.titleExact, titleExact(guess?.title, gold.title));
      tally(s.titleF1, titleClose(guess?.title, gold.title));
    }
    if (gold.author?.trim()) tally(s.author, authorMatches(guess?.author, gold.author));
    if (gold.publish_date?.trim()) tally(s.date, sameDay(guess?.published, gold.publish_date));
  }
  return s;
}

export function accuracy(f: FieldScore): number | null {
  return f.total ? f.correct / f.total : null;
}
