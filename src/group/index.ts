// Group stage: duplicates, stories and events, placed document by document in corpus (date) order.
import type { AnalyzedDocument, Grouping } from '../core/records.js';
import { inCorpusOrder } from './order.js';
import type { GroupSettings } from './settings.js';
import { StreamingGrouper } from './streaming.js';

export { DEFAULT_GROUP_SETTINGS, type GroupSettings } from './settings.js';
export { findDuplicates, NearDuplicateIndex } from './near-duplicates.js';
export { clusterStories, type StoryCluster } from './stories.js';
export { StreamingGrouper, type Assignment, type GrouperStats, type SegmentAssignment } from './streaming.js';

/** Batch form of the streaming grouper: the same result for any input order, and on every run. */
export function groupCorpus(docs: AnalyzedDocument[], options: Partial<GroupSettings> = {}): Grouping {
  const grouper = new StreamingGrouper(options);
  for (const doc of inCorpusOrder(docs)) grouper.add(doc);
  return grouper.grouping();
}
