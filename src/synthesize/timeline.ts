// Timeline: one dated entry per event. Relative dates in the text ("on Friday") are resolved later.
import type { AnalyzedDocument, EventGroup } from '../core/records.js';
import { eventsByDate, leadSentences } from './summary.js';

export interface TimelineEntry {
  date: string;
  text: string;
  citations: string[];
}

export function buildTimeline(events: readonly EventGroup[], docs: ReadonlyMap<string, AnalyzedDocument>): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const event of eventsByDate(events)) {
    // An undated event has no place on a timeline.
    if (event.date === null) continue;
    const citations = event.documentIds.filter((id) => docs.has(id));
    const first = docs.get(citations[0] ?? '');
    const text = event.title.trim() || (first ? (leadSentences(first)[0] ?? '') : '');
    entries.push({ date: event.date, text, citations });
  }
  return entries;
}
