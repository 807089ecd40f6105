// Grouping heuristics, kept apart from the code that uses them so they can be tuned (or learned) later.
import { ENTITY_WEIGHT, LEAD_TERMS, LEAD_WEIGHT, NUMBER_WEIGHT, TITLE_WEIGHT, YEAR_WEIGHT } from './features.js';

export interface GroupSettings {
  /** Words per shingle for near-duplicate detection. */
  shingleSize: number;
  /** Shingle Jaccard at or above which two documents are near-duplicates. */
  nearDuplicateJaccard: number;
  /** Share of the shorter text's shingles found in the longer one at or above which it is a copy. */
  containment: number;
  /** Shorter texts than this (in shingles) are never linked by containment alone. */
  minContainmentShingles: number;
  /** Cosine to a story centroid at or above which a segment joins that story. */
  storySimilarity: number;
  /** Two groups of coverage more than this many days apart are never one event. */
  eventGapDays: number;
  /** Nearest earlier segments each segment keeps for the shared-neighbour similarity of events. */
  eventNeighbours: number;
  /** Mean shared-neighbour similarity at or above which two groups of segments are one event. */
  eventSimilarity: number;
  /** A story's events are re-clustered once it has grown by this share since the last time. */
  repairGrowth: number;
  /** Segments older than this many days (of published time) drop their vectors and neighbour lists. */
  liveWindowDays: number;
  /** At most this many segments keep their vectors, however dense (or undated) the stream. */
  maxLiveSegments: number;
  /** A story with no live segment is looked up through its summary for this many days after its last coverage. */
  dormantStoryDays: number;
  /** At most this many dormant stories keep a summary; the longest quiet go first. */
  maxDormantStories: number;
  /** Extra count of each headline term (single-topic documents only). */
  titleWeight: number;
  /** Count of each entity name (and surname) as a term of its own. */
  entityWeight: number;
  /** Count of each year written in the text as a term of its own (0: years are not features). */
  yearWeight: number;
  /** Count of each other number of two digits or more as a term of its own (0: numbers are not features). */
  numberWeight: number;
  /** Extra count of each of a segment's opening content terms (0: the lead counts like the rest). */
  leadWeight: number;
  /** How many opening content terms make the lead. */
  leadTerms: number;
}

// Five-word shingles: long enough that shared phrasing ("said on Tuesday") rarely matches, short enough to survive small edits.
export const SHINGLE_SIZE = 5;
// Wire copies with a changed word or two stay above 0.8; independent write-ups of one event sit far below it.
export const NEAR_DUPLICATE_JACCARD = 0.8;
// Trimmed wire copies or copies under another headline keep nearly all of their shingles inside the original.
export const CONTAINMENT = 0.9;
// A handful of shingles (a one-line brief) is contained by chance too easily; ~12 shingles is about 16 words.
export const MIN_CONTAINMENT_SHINGLES = 12;
// Separate write-ups of one story share names and key nouns (cosine to the story's centroid ~0.2-0.5);
// unrelated stories rarely pass 0.15.
export const STORY_SIMILARITY = 0.2;
// Coverage of one happening clusters within days; a silence of more than ten days usually means a new development.
export const EVENT_GAP_DAYS = 10;
// Fewer than a typical event's reports, so a segment's neighbours are mostly its own event's (see docs/benchmarks.md).
export const EVENT_NEIGHBOURS = 7;
// Two reports of one event share about a third of their nearest neighbours or more; two events of one topic share few.
export const EVENT_SIMILARITY = 0.2;
// Re-clustering a story when it has grown by a quarter keeps the total repair work linear in the story's size.
export const REPAIR_GROWTH = 0.25;

// Events are never longer than eventGapDays (10) of silence, so older segments only help to find their story, which its
// summary does once the story goes quiet; a month of vectors covers the events still running with room to spare.
export const LIVE_WINDOW_DAYS = 30;
// A hard bound for dense or undated streams: about 2 KB per live segment (vector, neighbours, postings), ~100 MB.
export const MAX_LIVE_SEGMENTS = 50_000;
// Inquiries, trials and anniversaries bring a story back months later; after a year it is a new story.
export const DORMANT_STORY_DAYS = 365;
// About 1 KB per dormant summary (100 terms and their postings): ~20 MB at most.
export const MAX_DORMANT_STORIES = 20_000;

export const DEFAULT_GROUP_SETTINGS: GroupSettings = {
  shingleSize: SHINGLE_SIZE,
  nearDuplicateJaccard: NEAR_DUPLICATE_JACCARD,
  containment: CONTAINMENT,
  minContainmentShingles: MIN_CONTAINMENT_SHINGLES,
  storySimilarity: STORY_SIMILARITY,
  eventGapDays: EVENT_GAP_DAYS,
  eventNeighbours: EVENT_NEIGHBOURS,
  eventSimilarity: EVENT_SIMILARITY,
  repairGrowth: REPAIR_GROWTH,
  liveWindowDays: LIVE_WINDOW_DAYS,
  maxLiveSegments: MAX_LIVE_SEGMENTS,
  dormantStoryDays: DORMANT_STORY_DAYS,
  maxDormantStories: MAX_DORMANT_STORIES,
  titleWeight: TITLE_WEIGHT,
  entityWeight: ENTITY_WEIGHT,
  yearWeight: YEAR_WEIGHT,
  numberWeight: NUMBER_WEIGHT,
  leadWeight: LEAD_WEIGHT,
  leadTerms: LEAD_TERMS,
};
