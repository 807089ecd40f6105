// Titles for stories and events when a document has none of its own.
import type { AnalyzedDocument } from '../core/records.js';

// About a headline's length; enough to recognise the story.
const FALLBACK_TITLE_WORDS = 12;

/** The document's title, or the opening words of its text when it has none. */
export function titleOf(doc: Pick<AnalyzedDocument, 'title' | 'text'>): string {
  const title = doc.title?.trim();
  if (title) return title;
  const opening = doc.text.trim().split(/\s+/).filter(Boolean);
  if (opening.length <= FALLBACK_TITLE_WORDS) return opening.join(' ');
  return opening.slice(0, FALLBACK_TITLE_WORDS).join(' ') + '…';
}
