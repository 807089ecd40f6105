// Synthesis of one story: summary, timeline and conflicting figures, each cited to documents.
import type { AnalyzedDocument, DuplicateLink, ResolvedEntity, ResolvedQuote, StoryGroup, StorySynthesis } from '../core/records.js';
import { findDuplicates } from '../group/near-duplicates.js';
import { DEFAULT_GROUP_SETTINGS } from '../group/settings.js';
import { findConflicts } from './conflicts.js';
import { summarizeEvents } from './summary.js';
import { buildTimeline } from './timeline.js';

export { summarizeEvents, leadSentences, citationsFor } from './summary.js';
export { buildTimeline } from './timeline.js';
export { findConflicts, findFigures } from './conflicts.js';
export { sentences } from './sentences.js';

/**
 * `quotes` and `entities` are accepted for the coming quote and entity sections of a story; this version
 * does not use them. `duplicates` (from groupCorpus) says which documents are copies; without it copies
 * are found again among the story's own documents.
 */
export function synthesizeStory(
  story: StoryGroup,
  docs: Map<string, AnalyzedDocument>,
  _quotes: ResolvedQuote[],
  _entities: ResolvedEntity[],
  duplicates?: DuplicateLink[],
): StorySynthesis {
  const storyDocs = story.documentIds.map((id) => docs.get(id)).filter((doc) => doc !== undefined);
  const links = duplicates ?? findDuplicates(storyDocs, DEFAULT_GROUP_SETTINGS);
  const duplicateIds = new Set(links.map((link) => link.documentId));
  return {
    summary: summarizeEvents(story.events, docs, duplicateIds),
    timeline: buildTimeline(story.events, docs),
    conflicts: findConflicts(story.events, docs, duplicateIds),
  };
}
