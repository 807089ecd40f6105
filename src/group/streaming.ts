// Streaming grouping: documents arrive one at a time (in date order) and are placed at once; stories'
// events are re-clustered (merged and split) whenever a story has grown enough since the last repair.
import type { AnalyzedDocument, DuplicateLink, EventGroup, Grouping, StoryGroup } from '../core/records.js';
import { averageLinkage } from './average-linkage.js';
import { segmentCounts, sublinear } from './features.js';
import { stableId } from './ids.js';
import { NearDuplicateIndex } from './near-duplicates.js';
import { NeighbourIndex } from './neighbours.js';
import { calendarDate, timestamp } from './order.js';
import { DEFAULT_GROUP_SETTINGS, type GroupSettings } from './settings.js';
import { titleOf } from './titles.js';
import { Centroid, toSparse, Vocabulary } from './vectors.js';

const DAY_MS = 24 * 60 * 60 * 1000;
// Segments of a story re-clustered at a repair: the most recent ones; older events are settled (and the work stays bounded).
export const EVENT_REPAIR_WINDOW = 240;
// Members of an event compared with a new segment before the next repair: its latest ones describe it best.
const ONLINE_EVENT_MEMBERS = 60;
// A story with fewer segments than this is not worth re-clustering yet.
const MIN_REPAIR_SIZE = 3;

/** Where one segment went. */
export interface SegmentAssignment {
  segmentId: string;
  storyId: string;
  eventId: string;
}

export interface Assignment {
  documentId: string;
  duplicate: DuplicateLink | null;
  segments: SegmentAssignment[];
}

/** What is kept of a document: enough to title stories and events. */
interface DocumentInfo {
  id: string;
  title: string;
  titled: boolean;
  singleTopic: boolean;
  date: string | null;
}

interface Unit {
  segmentId: string;
  doc: DocumentInfo;
  time: number | null;
  story: number;
  /** Event key (index into `events`); copies follow their original's unit. */
  event: number;
  /** Neighbour-index id, or -1 for a copy (copies take part in no similarity). */
  vector: number;
  /** For a copy: the unit it copies. */
  copyOf: number;
}

interface Story {
  units: number[];
  centroid: Centroid;
  sizeAtRepair: number;
}

interface EventState {
  story: number;
  units: number[];
  from: number | null;
  to: number | null;
}

export class StreamingGrouper {
  readonly settings: GroupSettings;
  private readonly duplicates: NearDuplicateIndex;
  private readonly links: DuplicateLink[] = [];
  private readonly vocabulary = new Vocabulary();
  private readonly neighbours: NeighbourIndex;
  private readonly units: Unit[] = [];
  private readonly unitOfVector: number[] = [];
  private readonly unitsOfDocument = new Map<string, number[]>();
  private readonly stories: Story[] = [];
  private events: (EventState | null)[] = [];

  constructor(options: Partial<GroupSettings> = {}) {
    this.settings = { ...DEFAULT_GROUP_SETTINGS, ...options };
    this.duplicates = new NearDuplicateIndex(this.settings);
    this.neighbours = new NeighbourIndex(this.settings.eventNeighbours);
  }

  /**
   * Places one document. `knownDuplicate` overrides duplicate detection (undefined: detect; null: not a copy).
   */
  add(doc: AnalyzedDocument, knownDuplicate?: DuplicateLink | null): Assignment {
    const detected = this.duplicates.add(doc);
    const link = knownDuplicate === undefined ? detected : knownDuplicate;
    if (link) this.links.push(link);
    const info: DocumentInfo = {
      id: doc.id,
      title: titleOf(doc),
      titled: Boolean(doc.title?.trim()),
      singleTopic: doc.segments.length <= 1,
      date: calendarDate(doc.published),
    };
    const time = timestamp(doc.published);
    const originalUnits = link ? this.unitsOfDocument.get(link.duplicateOf) : undefined;
    const placed: number[] = [];
    doc.segments.forEach((segment, i) => {
      const unit = this.units.length;
      if (originalUnits && originalUnits.length > 0) {
        // A copy goes where its original went, segment by segment; it moves no centroid and counts in no similarity.
        const source = originalUnits[Math.min(i, originalUnits.length - 1)]!;
        const original = this.units[source]!;
        this.units.push({ segmentId: segment.id, doc: info, time, story: original.story, event: original.event, vector: -1, copyOf: source });
        this.stories[original.story]!.units.push(unit);
        this.events[original.event]!.units.push(unit);
      } else {
        this.placeSegment(doc, i, info, time);
      }
      placed.push(unit);
    });
    this.unitsOfDocument.set(doc.id, placed);
    for (const story of new Set(placed.map((u) => this.units[u]!.story))) this.maybeRepair(story);
    return {
      documentId: doc.id,
      duplicate: link ?? null,
      segments: placed.map((u) => ({
        segmentId: this.units[u]!.segmentId,
        storyId: this.storyId(this.units[u]!.story),
        eventId: this.eventId(this.units[u]!.event),
      })),
    };
  }

  private placeSegment(doc: AnalyzedDocument, index: number, info: DocumentInfo, time: number | null): void {
    const unit = this.units.length;
    const vector = toSparse(sublinear(segmentCounts(doc, index)), this.vocabulary, true);
    const found = this.neighbours.add(vector);
    const vectorId = this.unitOfVector.length;
    this.unitOfVector.push(unit);

    // Story: the nearest centroid among the stories of the segments found near this one.
    let story = -1;
    let best = -1;
    for (const s of [...new Set(found.map((n) => this.units[this.unitOfVector[n.unit]!]!.story))].sort((a, b) => a - b)) {
      const score = this.stories[s]!.centroid.cosine(vector);
      if (score > best) [story, best] = [s, score];
    }
    if (story < 0 || best < this.settings.storySimilarity) {
      story = this.stories.length;
      this.stories.push({ units: [], centroid: new Centroid(), sizeAtRepair: 0 });
    }
    const draft: Unit = { segmentId: doc.segments[index]!.id, doc: info, time, story, event: -1, vector: vectorId, copyOf: -1 };
    this.units.push(draft);
    this.stories[story]!.units.push(unit);
    this.stories[story]!.centroid.add(vector);

    // Event, until the next repair: the event of this story whose latest members share the most neighbours with it.
    let event = -1;
    let bestEvent = -1;
    const candidates = new Set<number>();
    for (const n of found) {
      const other = this.units[this.unitOfVector[n.unit]!]!;
      if (other.story === story && other.event >= 0) candidates.add(other.event);
    }
    for (const e of [...candidates].sort((a, b) => a - b)) {
      const state = this.events[e]!;
      if (this.tooFar(state.from, state.to, time)) continue;
      const members: number[] = [];
      for (let k = state.units.length - 1; k >= 0 && members.length < ONLINE_EVENT_MEMBERS; k--) {
        if (this.units[state.units[k]!]!.vector >= 0) members.push(state.units[k]!);
      }
      let sum = 0;
      for (const m of members) sum += this.neighbours.sharedNeighbourSimilarity(vectorId, this.units[m]!.vector);
      const mean = members.length > 0 ? sum / members.length : 0;
      if (mean > bestEvent) [event, bestEvent] = [e, mean];
    }
    if (event < 0 || bestEvent < this.settings.eventSimilarity) {
      event = this.events.length;
      this.events.push({ story, units: [], from: null, to: null });
    }
    draft.event = event;
    this.joinEvent(event, unit);
  }

  private tooFar(from: number | null, to: number | null, time: number | null): boolean {
    if (time === null || from === null || to === null) return false;
    const gap = Math.max(from - time, time - to);
    return gap > this.settings.eventGapDays * DAY_MS;
  }

  private joinEvent(event: number, unit: number): void {
    const state = this.events[event]!;
    state.units.push(unit);
    const time = this.units[unit]!.time;
    if (time !== null) {
      state.from = state.from === null ? time : Math.min(state.from, time);
      state.to = state.to === null ? time : Math.max(state.to, time);
    }
  }

  private maybeRepair(story: number): void {
    const state = this.stories[story]!;
    if (state.units.length < MIN_REPAIR_SIZE) return;
    if (state.units.length < Math.max(MIN_REPAIR_SIZE, state.sizeAtRepair * (1 + this.settings.repairGrowth))) return;
    this.repair(story);
  }

  /** Re-clusters a story's recent segments into events (average linkage on shared neighbours); copies follow. */
  private repair(story: number): void {
    const state = this.stories[story]!;
    state.sizeAtRepair = state.units.length;
    const own = state.units.filter((u) => this.units[u]!.vector >= 0);
    const window = own.slice(-EVENT_REPAIR_WINDOW);
    const inWindow = new Set(window);
    const clusters = averageLinkage(
      window.map((u) => ({ time: this.units[u]!.time })),
      (a, b) => this.neighbours.sharedNeighbourSimilarity(this.units[window[a]!]!.vector, this.units[window[b]!]!.vector),
      this.settings.eventSimilarity,
      this.settings.eventGapDays * DAY_MS,
    );
    // Events made only of older segments stay as they are; the window's segments and their copies are regrouped.
    const touched = new Set(window.map((u) => this.units[u]!.event));
    for (const e of touched) {
      const old = this.events[e]!;
      old.units = old.units.filter((u) => !inWindow.has(this.sourceOf(u)));
      old.from = null;
      old.to = null;
      for (const u of old.units) this.widen(old, u);
      if (old.units.length === 0) this.events[e] = null;
    }
    const copiesOf = new Map<number, number[]>();
    for (const u of state.units) {
      const source = this.units[u]!.copyOf;
      if (source >= 0 && inWindow.has(source)) copiesOf.set(source, [...(copiesOf.get(source) ?? []), u]);
    }
    for (const cluster of clusters) {
      const event = this.events.length;
      const members = cluster.flatMap((i) => [window[i]!, ...(copiesOf.get(window[i]!) ?? [])]).sort((a, b) => a - b);
      const fresh: EventState = { story, units: [], from: null, to: null };
      this.events.push(fresh);
      for (const u of members) {
        this.units[u]!.event = event;
        fresh.units.push(u);
        this.widen(fresh, u);
      }
    }
  }

  private sourceOf(unit: number): number {
    const copyOf = this.units[unit]!.copyOf;
    return copyOf >= 0 ? copyOf : unit;
  }

  private widen(state: EventState, unit: number): void {
    const time = this.units[unit]!.time;
    if (time === null) return;
    state.from = state.from === null ? time : Math.min(state.from, time);
    state.to = state.to === null ? time : Math.max(state.to, time);
  }

  /** Named after its founding (earliest) segment, so later coverage never renames it. */
  private storyId(story: number): string {
    return stableId('s_', this.units[this.stories[story]!.units[0]!]!.segmentId);
  }

  private eventId(event: number): string {
    const first = Math.min(...this.events[event]!.units);
    return stableId('e_', this.units[first]!.segmentId);
  }

  /** Repairs every story that changed since its last repair, then returns the grouping so far. */
  grouping(): Grouping {
    for (let s = 0; s < this.stories.length; s++) {
      const story = this.stories[s]!;
      if (story.units.length !== story.sizeAtRepair && story.units.length > 1) this.repair(s);
    }
    const eventsOf = new Map<number, number[]>();
    this.events.forEach((state, e) => {
      if (state && state.units.length > 0) eventsOf.set(state.story, [...(eventsOf.get(state.story) ?? []), e]);
    });
    const stories: StoryGroup[] = this.stories.map((story, s) => {
      const documentIds = [...new Set(story.units.map((u) => this.units[u]!.doc.id))];
      const events = (eventsOf.get(s) ?? [])
        .map((e) => ({ e, first: Math.min(...this.events[e]!.units) }))
        .sort((a, b) => a.first - b.first)
        .map(({ e }) => this.eventGroup(e));
      return {
        id: this.storyId(s),
        title: this.storyTitle(story),
        segmentIds: story.units.map((u) => this.units[u]!.segmentId),
        documentIds,
        events,
      };
    });
    return { duplicates: [...this.links], stories };
  }

  private eventGroup(event: number): EventGroup {
    const units = [...this.events[event]!.units].sort((a, b) => a - b).map((u) => this.units[u]!);
    // The earliest single-topic document names the event; a roundup's headline only when there is nothing else.
    const named = units.find((u) => u.doc.singleTopic && u.doc.titled) ?? units[0]!;
    return {
      id: this.eventId(event),
      title: named.doc.title,
      date: units.map((u) => u.doc.date).find((d) => d !== null) ?? null,
      segmentIds: units.map((u) => u.segmentId),
      documentIds: [...new Set(units.map((u) => u.doc.id))],
    };
  }

  /** The most central titled unit: closest to the story centroid, preferring single-topic articles. */
  private storyTitle(story: Story): string {
    let best: { unit: Unit; score: number } | null = null;
    for (const u of story.units) {
      const unit = this.units[u]!;
      if (unit.vector < 0) continue;
      const rank = (unit.doc.titled ? 2 : 0) + (unit.doc.singleTopic ? 1 : 0);
      const score = rank * 10 + story.centroid.cosine(this.neighbours.vector(unit.vector));
      if (best === null || score > best.score) best = { unit, score };
    }
    return best ? best.unit.doc.title : '';
  }
}
