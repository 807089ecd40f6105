// Streaming grouping: documents arrive one at a time (in date order) and are placed at once; stories'
// events are re-clustered (merged and split) whenever a story has grown enough since the last repair.
import type { AnalyzedDocument, DuplicateLink, EventGroup, Grouping, StoryGroup } from '../core/records.js';
import { averageLinkage } from './average-linkage.js';
import { DormantStories, SUMMARY_TERMS } from './dormant-stories.js';
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

export interface GrouperStats {
  segments: number;
  liveSegments: number;
  stories: number;
  dormantStories: number;
  vocabulary: number;
}

export interface Assignment {
  documentId: string;
  duplicate: DuplicateLink | null;
  segments: SegmentAssignment[];
}

// A heading is a short first paragraph that does not end like a sentence.
const MAX_HEADING_WORDS = 14;

/** The opening line of a segment when it reads as a heading, else null. */
export function segmentHeading(text: string): string | null {
  const first = text.split(/\n\s*\n/, 1)[0]?.trim() ?? '';
  if (first === '' || /[.!?…:;,]["”’)]*$/u.test(first)) return null;
  const words = first.split(/\s+/).length;
  return words <= MAX_HEADING_WORDS && first.length < text.trim().length ? first : null;
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
  /** Published time, or the stream's clock when it arrived (null before any dated document): what retirement goes by. */
  seen: number | null;
  /** Term ids counted into document frequencies while the unit is live (null for copies and once retired). */
  terms: Int32Array | null;
  /** The segment's own heading in a multi-topic document ("Docks at a standstill"), when it opens with one. */
  heading?: string;
}

interface Story {
  units: number[];
  /** Null while the story is dormant (its summary is in `dormant`) or expired. */
  centroid: Centroid | null;
  /** Members of the centroid, kept to restore it from the summary. */
  members: number;
  sizeAtRepair: number;
  /** Own segments still live. */
  live: number;
  /** The stream's clock when coverage last joined. */
  lastSeen: number | null;
  /** Best title among retired segments, with the score it had when it retired (its vector is gone since). */
  retiredTitle: number;
  retiredTitleScore: number;
  /** Which entry of the dormant queue is current (a story can go quiet, wake and go quiet again). */
  dormantEntry: number;
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
  private readonly dormant = new DormantStories();
  /** Live own units in arrival order, from `liveHead` on. */
  private liveQueue: number[] = [];
  private liveHead = 0;
  private liveCount = 0;
  /** Dormant stories in the order they went quiet, from `dormantHead` on. */
  private dormantQueue: { story: number; entry: number }[] = [];
  private dormantHead = 0;
  /** Entries cut from the front of `dormantQueue` so far. */
  private dormantOffset = 0;
  /** Latest published time seen, and the first (undated units that arrived before it count as seen then). */
  private clock: number | null = null;
  /** Lone reports moved into the story they turned out to belong to. */
  private adopted = 0;
  private firstClock: number | null = null;

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
    if (time !== null) {
      this.clock = this.clock === null ? time : Math.max(this.clock, time);
      if (this.firstClock === null) this.firstClock = time;
    }
    this.retireOld();
    const originalUnits = link ? this.unitsOfDocument.get(link.duplicateOf) : undefined;
    const placed: number[] = [];
    doc.segments.forEach((segment, i) => {
      const unit = this.units.length;
      if (originalUnits && originalUnits.length > 0) {
        // A copy goes where its original went, segment by segment; it moves no centroid and counts in no similarity.
        const source = originalUnits[Math.min(i, originalUnits.length - 1)]!;
        const original = this.units[source]!;
        this.units.push({ segmentId: segment.id, doc: info, time, story: original.story, event: original.event, vector: -1, copyOf: source, seen: time ?? this.clock, terms: null });
        const story = this.stories[original.story]!;
        story.units.push(unit);
        story.lastSeen = this.clock;
        this.events[original.event]!.units.push(unit);
      } else {
        this.placeSegment(doc, i, info, time);
      }
      placed.push(unit);
    });
    this.unitsOfDocument.set(doc.id, placed);
    // Again after placing, so the count cap holds between calls.
    this.retireOld();
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
    const { titleWeight: title, entityWeight: entity, yearWeight: year, numberWeight: number } = this.settings;
    const tf = sublinear(segmentCounts(doc, index, { title, entity, year, number }));
    const terms = Int32Array.from(tf.keys(), (term) => this.vocabulary.id(term));
    this.vocabulary.observe(terms);
    const vector = toSparse(tf, this.vocabulary, false);
    const found = this.neighbours.add(vector);
    const vectorId = this.unitOfVector.length;
    this.unitOfVector.push(unit);

    // Story: the nearest centroid among the stories of the segments found near this one, and among quiet stories.
    const candidates = new Map<number, number>();
    for (const s of new Set(found.map((n) => this.units[this.unitOfVector[n.unit]!]!.story))) {
      candidates.set(s, this.stories[s]!.centroid!.cosine(vector));
    }
    for (const match of this.dormant.find(vector)) candidates.set(match.story, match.similarity);
    let story = -1;
    let best = -1;
    for (const [s, score] of [...candidates].sort((a, b) => a[0] - b[0])) {
      if (score > best) [story, best] = [s, score];
    }
    if (story < 0 || best < this.settings.storySimilarity) {
      story = this.stories.length;
      this.stories.push({ units: [], centroid: new Centroid(this.vocabulary), members: 0, sizeAtRepair: 0, live: 0, lastSeen: null, retiredTitle: -1, retiredTitleScore: -Infinity, dormantEntry: -1 });
    } else if (this.stories[story]!.centroid === null) {
      this.wake(story);
    }
    const draft: Unit = { segmentId: doc.segments[index]!.id, doc: info, time, story, event: -1, vector: vectorId, copyOf: -1, seen: time ?? this.clock, terms };
    if (!info.singleTopic) {
      const heading = segmentHeading(doc.segments[index]!.text);
      if (heading) draft.heading = heading;
    }
    this.units.push(draft);
    const state = this.stories[story]!;
    state.units.push(unit);
    state.centroid!.add(vector);
    state.members++;
    state.live++;
    state.lastSeen = this.clock;
    this.liveQueue.push(unit);
    this.liveCount++;

    // Event, until the next repair: the event of this story whose latest members share the most neighbours with it.
    let event = -1;
    let bestEvent = -1;
    const eventCandidates = new Set<number>();
    for (const n of found) {
      const other = this.units[this.unitOfVector[n.unit]!]!;
      if (other.story === story && other.event >= 0) eventCandidates.add(other.event);
    }
    for (const e of [...eventCandidates].sort((a, b) => a - b)) {
      const eventState = this.events[e]!;
      if (this.tooFar(eventState.from, eventState.to, time)) continue;
      const members: number[] = [];
      for (let k = eventState.units.length - 1; k >= 0 && members.length < ONLINE_EVENT_MEMBERS; k--) {
        if (this.neighbours.isLive(this.units[eventState.units[k]!]!.vector)) members.push(eventState.units[k]!);
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
    this.adoptOrphans(story, found);
  }

  /**
   * A report that arrived before its story took shape founds a story of its own and stays there. When a later segment
   * joins a story and finds such a lone report among its neighbours, the report moves in if it is now as close to the
   * story's centroid as a newcomer must be (storySimilarity). Only stories of one live segment move (with their copies):
   * anything larger has coverage of its own to speak for it.
   */
  private adoptOrphans(story: number, found: readonly { unit: number }[]): void {
    const host = this.stories[story]!;
    for (const n of found) {
      const u = this.unitOfVector[n.unit]!;
      const from = this.units[u]!.story;
      const orphan = this.stories[from]!;
      if (from === story || orphan.centroid === null || orphan.live !== 1 || orphan.members !== 1) continue;
      const vector = this.neighbours.vector(n.unit);
      if (vector === null || host.centroid!.cosine(vector) < this.settings.storySimilarity) continue;
      // The host keeps its id (named after its first unit): the orphan's units go after its own.
      for (const moved of orphan.units) {
        this.units[moved]!.story = story;
        host.units.push(moved);
        const event = this.events[this.units[moved]!.event];
        if (event) event.story = story;
      }
      host.centroid!.add(vector);
      host.members++;
      host.live++;
      orphan.centroid.release();
      orphan.centroid = null;
      orphan.units = [];
      orphan.live = 0;
      orphan.members = 0;
      this.adopted++;
    }
  }

  /** Retires segments that left the live window (by published time, or by count), oldest first. */
  private retireOld(): void {
    const windowMs = this.settings.liveWindowDays * DAY_MS;
    while (this.liveHead < this.liveQueue.length) {
      const unit = this.units[this.liveQueue[this.liveHead]!]!;
      const seen = unit.seen ?? this.firstClock;
      const tooMany = this.liveCount > this.settings.maxLiveSegments;
      const tooOld = this.clock !== null && seen !== null && this.clock - seen > windowMs;
      if (!tooMany && !tooOld) break;
      this.retire(this.liveQueue[this.liveHead]!);
      this.liveHead++;
    }
    if (this.liveHead > 4096 && this.liveHead * 2 > this.liveQueue.length) {
      this.liveQueue = this.liveQueue.slice(this.liveHead);
      this.liveHead = 0;
    }
    this.expireDormant();
  }

  /** Drops a segment's vector, neighbour list and term counts; its story goes quiet with its last live segment. */
  private retire(u: number): void {
    const unit = this.units[u]!;
    const story = this.stories[unit.story]!;
    // A retiring segment's title score is taken while it can still be compared with the centroid.
    const score = this.titleScore(story, u);
    if (score > story.retiredTitleScore) [story.retiredTitle, story.retiredTitleScore] = [u, score];
    this.neighbours.retire(unit.vector);
    if (unit.terms) this.vocabulary.forget(unit.terms);
    unit.terms = null;
    this.liveCount--;
    story.live--;
    if (story.live === 0 && story.centroid !== null) {
      const summary = story.centroid.summary(SUMMARY_TERMS);
      for (const id of summary.ids) this.vocabulary.pin(id);
      story.centroid.release();
      this.dormant.add(unit.story, summary);
      story.centroid = null;
      story.dormantEntry = this.dormantOffset + this.dormantQueue.length;
      this.dormantQueue.push({ story: unit.story, entry: story.dormantEntry });
    }
  }

  /** Dormant stories quiet for longer than dormantStoryDays, or beyond maxDormantStories, are looked up no more. */
  private expireDormant(): void {
    const windowMs = this.settings.dormantStoryDays * DAY_MS;
    while (this.dormantHead < this.dormantQueue.length) {
      const { story, entry } = this.dormantQueue[this.dormantHead]!;
      const state = this.stories[story]!;
      const current = state.dormantEntry === entry && this.dormant.has(story);
      if (current) {
        const tooMany = this.dormant.size > this.settings.maxDormantStories;
        const tooOld = this.clock !== null && state.lastSeen !== null && this.clock - state.lastSeen > windowMs;
        if (!tooMany && !tooOld) break;
        const summary = this.release(story);
        if (summary) for (const id of summary.ids) this.vocabulary.unpin(id);
      }
      this.dormantHead++;
    }
    if (this.dormantHead > 4096 && this.dormantHead * 2 > this.dormantQueue.length) {
      // Entries are numbered from the start of the stream, so they stay valid when the queue is cut.
      this.dormantQueue = this.dormantQueue.slice(this.dormantHead);
      this.dormantOffset += this.dormantHead;
      this.dormantHead = 0;
    }
  }

  /** Takes a story's summary out of the dormant index (the story wakes or expires). */
  private release(story: number): ReturnType<DormantStories['remove']> {
    return this.dormant.remove(story);
  }

  /** A quiet story joined by new coverage gets its (pruned) centroid back. */
  private wake(story: number): void {
    const state = this.stories[story]!;
    const summary = this.release(story);
    state.centroid = summary ? Centroid.restore(summary, state.members, this.vocabulary) : new Centroid(this.vocabulary);
    if (summary) for (const id of summary.ids) this.vocabulary.unpin(id);
    state.dormantEntry = -1;
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
    // Only live segments are re-clustered: retired ones keep their events (and have no neighbour lists left).
    const own = state.units.filter((u) => this.neighbours.isLive(this.units[u]!.vector));
    const window = own.slice(-EVENT_REPAIR_WINDOW);
    if (window.length === 0) return;
    const inWindow = new Set(window);
    const items = window.map((u) => ({ time: this.units[u]!.time }));
    const similarity = (a: number, b: number) => this.neighbours.sharedNeighbourSimilarity(this.units[window[a]!]!.vector, this.units[window[b]!]!.vector);
    const gapMs = this.settings.eventGapDays * DAY_MS;
    const clusters = averageLinkage(items, similarity, this.settings.eventSimilarity, gapMs);
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

  /** What the grouper holds: segments seen, those still live (vector and neighbours kept), quiet stories, terms kept. */
  stats(): GrouperStats {
    return {
      segments: this.units.length,
      liveSegments: this.liveCount,
      stories: this.stories.length - this.adopted,
      dormantStories: this.dormant.size,
      vocabulary: this.vocabulary.size,
    };
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
    const stories: StoryGroup[] = [];
    this.stories.forEach((story, s) => {
      // A story whose only report moved to another story is gone.
      if (story.units.length === 0) return;
      // In arrival order (an adopted report sits after its host's units in `units`).
      const units = [...story.units].sort((a, b) => a - b);
      const documentIds = [...new Set(units.map((u) => this.units[u]!.doc.id))];
      const events = (eventsOf.get(s) ?? [])
        .map((e) => ({ e, first: Math.min(...this.events[e]!.units) }))
        .sort((a, b) => a.first - b.first)
        .map(({ e }) => this.eventGroup(e));
      stories.push({
        id: this.storyId(s),
        title: this.storyTitle(story),
        segmentIds: units.map((u) => this.units[u]!.segmentId),
        documentIds,
        events,
      });
    });
    return { duplicates: [...this.links], stories };
  }

  private eventGroup(event: number): EventGroup {
    const units = [...this.events[event]!.units].sort((a, b) => a - b).map((u) => this.units[u]!);
    // The earliest single-topic document names the event; else a roundup section's own heading; the roundup's
    // headline only when there is nothing else.
    const named = units.find((u) => u.doc.singleTopic && u.doc.titled) ?? units.find((u) => u.heading) ?? units[0]!;
    return {
      id: this.eventId(event),
      title: named.doc.singleTopic ? named.doc.title : (named.heading ?? named.doc.title),
      date: units.map((u) => u.doc.date).find((d) => d !== null) ?? null,
      segmentIds: units.map((u) => u.segmentId),
      documentIds: [...new Set(units.map((u) => u.doc.id))],
    };
  }

  private storyTitle(story: Story): string {
    const unit = this.titleUnit(story);
    return unit >= 0 ? this.units[unit]!.doc.title : '';
  }

  /**
   * The most central titled live unit: closest to the story centroid, preferring single-topic articles. A story with
   * no live unit keeps the one chosen when it went quiet.
   */
  private titleUnit(story: Story): number {
    let best = story.retiredTitle;
    let bestScore = story.retiredTitleScore;
    for (const u of story.units) {
      const score = this.titleScore(story, u);
      if (score > bestScore) [best, bestScore] = [u, score];
    }
    return best;
  }

  /** Titled single-topic articles first, then closeness to the centroid; -Infinity for copies and retired units. */
  private titleScore(story: Story, u: number): number {
    const unit = this.units[u]!;
    const vector = this.neighbours.vector(unit.vector);
    if (unit.vector < 0 || vector === null || story.centroid === null) return -Infinity;
    const rank = (unit.doc.titled ? 2 : 0) + (unit.doc.singleTopic ? 1 : 0);
    return rank * 10 + story.centroid.cosine(vector);
  }
}
