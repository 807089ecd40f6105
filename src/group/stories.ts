// Naive single-pass story clustering: each segment, in corpus order, joins the most similar story or founds one.
import type { AnalyzedDocument, DuplicateLink } from '../core/records.js';
import { stableId } from './ids.js';
import { inCorpusOrder } from './order.js';
import type { GroupSettings } from './settings.js';
import { addUnit, cosine, DocumentFrequencies, termFrequencies, weigh, type TermVector } from './tfidf.js';
import { titleOf } from './titles.js';

/** A story before it is split into events. */
export interface StoryCluster {
  id: string;
  title: string;
  segmentIds: string[];
  documentIds: string[];
}

interface Unit {
  doc: AnalyzedDocument;
  segmentId: string;
  tf: TermVector;
}

interface Draft {
  id: string;
  centroid: TermVector;
  /** Units that shaped the centroid (duplicates are members but not here). */
  units: Unit[];
  segmentIds: string[];
  documentIds: string[];
  documentSet: Set<string>;
}

/**
 * The text a segment is compared on. A single-topic article's headline describes its only segment;
 * a multi-topic page's headline ("Morning briefing") describes none of them, so it is left out.
 */
function segmentText(doc: AnalyzedDocument, segment: { text: string }): string {
  return doc.segments.length === 1 && doc.title ? `${doc.title}\n${segment.text}` : segment.text;
}

function addMember(draft: Draft, unit: Pick<Unit, 'doc' | 'segmentId'>): void {
  draft.segmentIds.push(unit.segmentId);
  if (draft.documentSet.has(unit.doc.id)) return;
  draft.documentSet.add(unit.doc.id);
  draft.documentIds.push(unit.doc.id);
}

/** The most central titled unit: closest to the story centroid, preferring single-topic articles. */
function storyTitle(draft: Draft, df: DocumentFrequencies): string {
  const centroid = weigh(draft.centroid, df);
  let best: { unit: Unit; score: number } | null = null;
  for (const unit of draft.units) {
    // Prefer a real headline of a single-topic article; a roundup's headline or a text opening only if nothing else.
    const rank = (unit.doc.title ? 2 : 0) + (unit.doc.segments.length === 1 ? 1 : 0);
    const score = rank * 10 + cosine(weigh(unit.tf, df), centroid);
    if (best === null || score > best.score) best = { unit, score };
  }
  return best ? titleOf(best.unit.doc) : '';
}

export function clusterStories(
  docs: readonly AnalyzedDocument[],
  duplicates: readonly DuplicateLink[],
  settings: GroupSettings,
): StoryCluster[] {
  const originalOf = new Map(duplicates.map((link) => [link.documentId, link.duplicateOf]));
  const df = new DocumentFrequencies();
  const drafts: Draft[] = [];
  /** Stories each term's centroid carries: candidates for a new segment, instead of every story. */
  const storiesWithTerm = new Map<string, Set<number>>();
  /** Story index of each segment of each document seen so far, by document id. */
  const storiesOfDocument = new Map<string, number[]>();

  for (const doc of inCorpusOrder(docs)) {
    const placed: number[] = [];
    const originalStories = storiesOfDocument.get(originalOf.get(doc.id) ?? '');
    doc.segments.forEach((segment, i) => {
      // A copy goes where its original went, segment by segment; it does not pull centroids towards itself.
      if (originalStories && originalStories.length > 0) {
        const story = originalStories[Math.min(i, originalStories.length - 1)]!;
        addMember(drafts[story]!, { doc, segmentId: segment.id });
        placed.push(story);
        return;
      }
      const unit: Unit = { doc, segmentId: segment.id, tf: termFrequencies(segmentText(doc, segment)) };
      df.add(unit.tf.keys());
      const query = weigh(unit.tf, df);

      const candidates = new Set<number>();
      for (const term of unit.tf.keys()) for (const story of storiesWithTerm.get(term) ?? []) candidates.add(story);
      let best = -1;
      let bestScore = -1;
      for (const story of [...candidates].sort((a, b) => a - b)) {
        const score = cosine(query, weigh(drafts[story]!.centroid, df));
        if (score > bestScore) [best, bestScore] = [story, score];
      }

      let story = best;
      if (best < 0 || bestScore < settings.storySimilarity) {
        story = drafts.length;
        // Named after its founding segment, so later documents never rename it.
        drafts.push({
          id: stableId('s_', segment.id),
          centroid: new Map(),
          units: [],
          segmentIds: [],
          documentIds: [],
          documentSet: new Set(),
        });
      }
      const draft = drafts[story]!;
      addMember(draft, unit);
      draft.units.push(unit);
      addUnit(draft.centroid, unit.tf);
      for (const term of unit.tf.keys()) {
        const set = storiesWithTerm.get(term);
        if (set) set.add(story);
        else storiesWithTerm.set(term, new Set([story]));
      }
      placed.push(story);
    });
    storiesOfDocument.set(doc.id, placed);
  }

  return drafts.map((draft) => ({
    id: draft.id,
    title: storyTitle(draft, df),
    segmentIds: draft.segmentIds,
    documentIds: draft.documentIds,
  }));
}
