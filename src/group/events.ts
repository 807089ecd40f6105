// Placeholder event model: a story's documents, in date order, split wherever coverage goes quiet for too long.
import type { AnalyzedDocument, DuplicateLink, EventGroup } from '../core/records.js';
import { stableId } from './ids.js';
import { calendarDate, inCorpusOrder, timestamp } from './order.js';
import type { GroupSettings } from './settings.js';
import type { StoryCluster } from './stories.js';
import { titleOf } from './titles.js';

const DAY_MS = 24 * 60 * 60 * 1000;

interface EventDraft {
  docs: AnalyzedDocument[];
  segmentIds: string[];
}

/** The earliest single-topic document names the event; a roundup's headline only when there is nothing else. */
function eventTitle(docs: readonly AnalyzedDocument[]): string {
  const named = docs.find((doc) => doc.segments.length <= 1 && doc.title) ?? docs[0];
  return named ? titleOf(named) : '';
}

export function splitEvents(
  story: StoryCluster,
  docsById: ReadonlyMap<string, AnalyzedDocument>,
  duplicates: readonly DuplicateLink[],
  settings: GroupSettings,
): EventGroup[] {
  const inStory = new Set(story.segmentIds);
  const originalOf = new Map(duplicates.map((link) => [link.documentId, link.duplicateOf]));
  const docs = inCorpusOrder(story.documentIds.map((id) => docsById.get(id)).filter((doc) => doc !== undefined));

  const drafts: EventDraft[] = [];
  const eventOfDocument = new Map<string, EventDraft>();
  let previousTime: number | null = null;
  for (const doc of docs) {
    const time = timestamp(doc.published);
    let event: EventDraft | undefined;
    if (time === null) {
      // Undated (sorted last): a copy follows its original; anything else joins the latest event.
      event = eventOfDocument.get(originalOf.get(doc.id) ?? '') ?? drafts[drafts.length - 1];
    } else if (previousTime !== null && time - previousTime <= settings.eventGapDays * DAY_MS) {
      event = drafts[drafts.length - 1];
    }
    if (time !== null) previousTime = time;
    if (event === undefined) {
      event = { docs: [], segmentIds: [] };
      drafts.push(event);
    }
    event.docs.push(doc);
    for (const segment of doc.segments) if (inStory.has(segment.id)) event.segmentIds.push(segment.id);
    eventOfDocument.set(doc.id, event);
  }

  return drafts
    .filter((draft) => draft.segmentIds.length > 0)
    .map((draft) => ({
      // Named after its founding segment, like stories, so adding later coverage never renames it.
      id: stableId('e_', draft.segmentIds[0]!),
      title: eventTitle(draft.docs),
      date: draft.docs.map((doc) => calendarDate(doc.published)).find((date) => date !== null) ?? null,
      segmentIds: draft.segmentIds,
      documentIds: draft.docs.map((doc) => doc.id),
    }));
}
