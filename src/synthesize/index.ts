// Synthesis of one story: summary, timeline, conflicts and changes, quotes by speaker, borrowing graph and
// source matrix, each cited to documents.
import type { AnalyzedDocument, DuplicateLink, ResolvedEntity, ResolvedQuote, StoryGroup, StorySynthesis } from '../core/records.js';
import { findDuplicates } from '../group/near-duplicates.js';
import { DEFAULT_GROUP_SETTINGS } from '../group/settings.js';
import { borrowingGraph } from './borrowing-graph.js';
import { findConflicts } from './conflicts.js';
import { sourceMatrix } from './source-matrix.js';
import { quotesBySpeaker } from './speakers.js';
import { summarizeEvents } from './summary.js';
import { buildTimeline } from './timeline.js';

export { summarizeEvents, leadSentences, citationsFor } from './summary.js';
export { buildTimeline } from './timeline.js';
export { findConflicts, findFigures } from './conflicts.js';
export { sentences } from './sentences.js';
export { supportIn, supportingDocuments, claimOf } from './support.js';
export { abstractiveSummary, llmSettingsFromEnv } from './abstractive.js';

/**
 * `docs` is the story's view of its documents (a newsletter shows only its segments in this story); `quotes`
 * are the story's quotes. `duplicates` (from groupCorpus) says which documents are copies; without it copies
 * are found again among the story's own documents.
 */
export function synthesizeStory(
  story: StoryGroup,
  docs: Map<string, AnalyzedDocument>,
  quotes: ResolvedQuote[],
  entities: ResolvedEntity[],
  duplicates?: DuplicateLink[],
): StorySynthesis {
  const storyDocs = story.documentIds.map((id) => docs.get(id)).filter((doc) => doc !== undefined);
  const inStory = new Map(storyDocs.map((d) => [d.id, d]));
  const links = (duplicates ?? findDuplicates(storyDocs, DEFAULT_GROUP_SETTINGS)).filter((l) => inStory.has(l.documentId));
  const duplicateIds = new Set(links.map((link) => link.documentId));
  const summary = summarizeEvents(story.events, docs, duplicateIds);
  const speakers = quotesBySpeaker(quotes, entities, inStory);
  return {
    summary,
    timeline: buildTimeline(story.events, docs),
    conflicts: findConflicts(story.events, docs, duplicateIds),
    sections: {
      speakers,
      borrowingGraph: borrowingGraph(inStory, links, speakers),
      sourceMatrix: sourceMatrix(inStory, summary, speakers),
      abstract: null,
    },
  };
}
