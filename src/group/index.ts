// Group stage: duplicates, then stories, then events within each story.
import type { AnalyzedDocument, Grouping } from '../core/records.js';
import { splitEvents } from './events.js';
import { findDuplicates } from './near-duplicates.js';
import { DEFAULT_GROUP_SETTINGS, type GroupSettings } from './settings.js';
import { clusterStories } from './stories.js';

export { DEFAULT_GROUP_SETTINGS, type GroupSettings } from './settings.js';
export { findDuplicates } from './near-duplicates.js';
export { clusterStories, type StoryCluster } from './stories.js';
export { splitEvents } from './events.js';

export function groupCorpus(docs: AnalyzedDocument[], options: Partial<GroupSettings> = {}): Grouping {
  const settings: GroupSettings = { ...DEFAULT_GROUP_SETTINGS, ...options };
  const duplicates = findDuplicates(docs, settings);
  const docsById = new Map(docs.map((doc) => [doc.id, doc]));
  const stories = clusterStories(docs, duplicates, settings).map((story) => ({
    ...story,
    events: splitEvents(story, docsById, duplicates, settings),
  }));
  return { duplicates, stories };
}
