// Small text helpers used across the extract stage.
import type { RemovalRecord } from '../contract/analysis.js';

// Removed text is kept only as evidence for a reader; long spans are cut to keep the record small.
export const MAX_REMOVED_TEXT = 300;

/** Collapse runs of whitespace (including non-breaking spaces) to one space and trim. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** A removal record with whitespace-normalised text capped at MAX_REMOVED_TEXT characters. */
export function removal(text: string, reason: string): RemovalRecord {
  const clean = normalizeSpace(text);
  const capped = clean.length > MAX_REMOVED_TEXT ? `${clean.slice(0, MAX_REMOVED_TEXT - 1).trimEnd()}…` : clean;
  return { text: capped, reason };
}

/** Comparison key: lower case, letters and digits only, so "Title:" equals "title". */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Count of letters, used to tell real text from punctuation or symbols. */
export function letterCount(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}
