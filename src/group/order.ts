// Corpus order: published date, then ingestion time, then id. Undated documents sort after dated ones.

export interface Dated {
  id: string;
  published: string | null;
  ingestedAt: string;
}

// A bare calendar date ("2026-04-17") says "some time that day": it sorts after the same day's exact times, so a
// scrape that kept only the date does not pass for the original of a wire story stamped 13:48 that day.
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const END_OF_DAY_MS = 24 * 60 * 60 * 1000 - 1;

function timeOf(iso: string | null): number {
  if (iso === null) return Number.POSITIVE_INFINITY;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return Number.POSITIVE_INFINITY;
  return DATE_ONLY.test(iso.trim()) ? ms + END_OF_DAY_MS : ms;
}

export function compareDocuments(a: Dated, b: Dated): number {
  const byPublished = timeOf(a.published) - timeOf(b.published);
  if (byPublished !== 0 && !Number.isNaN(byPublished)) return byPublished;
  const byIngested = timeOf(a.ingestedAt) - timeOf(b.ingestedAt);
  if (byIngested !== 0 && !Number.isNaN(byIngested)) return byIngested;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function inCorpusOrder<T extends Dated>(docs: readonly T[]): T[] {
  return [...docs].sort(compareDocuments);
}

/** The calendar date (YYYY-MM-DD) of an ISO timestamp as written, or null when there is none. */
export function calendarDate(iso: string | null): string | null {
  if (iso === null) return null;
  // Keep the date as the publisher wrote it: converting "23:00-05:00" to UTC would move it to the next day.
  const written = /^(\d{4}-\d{2}-\d{2})/.exec(iso.trim());
  if (written) return written[1]!;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

/** Milliseconds since the epoch, or null when the date is missing or unreadable. */
export function timestamp(iso: string | null): number | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}
