// Stories without their events: the story layer of the streaming grouper, for callers that bring their own duplicates.
import type { AnalyzedDocument, DuplicateLink } from '../core/records.js';
import { inCorpusOrder } from './order.js';
import type { GroupSettings } from './settings.js';
import { StreamingGrouper } from './streaming.js';

/** A story before it is split into events. */
export interface StoryCluster {
  id: string;
  title: string;
  segmentIds: string[];
  documentIds: string[];
}

/** Feeds documents in corpus order; a listed duplicate follows its original instead of being compared. */
export function clusterStories(
  docs: readonly AnalyzedDocument[],
  duplicates: readonly DuplicateLink[],
  settings: GroupSettings,
): StoryCluster[] {
  const linkOf = new Map(duplicates.map((link) => [link.documentId, link]));
  const grouper = new StreamingGrouper(settings);
  for (const doc of inCorpusOrder(docs)) grouper.add(doc, linkOf.get(doc.id) ?? null);
  return grouper.grouping().stories.map(({ id, title, segmentIds, documentIds }) => ({ id, title, segmentIds, documentIds }));
}
