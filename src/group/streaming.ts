// Streaming grouping: documents arrive one at a time (in date order) and are placed at once; stories'
// events are re-clustered (merged and split) whenever a story has grown enough since the last repair.
import type { AnalyzedDocument, DuplicateLink, EventGroup, Grouping, StoryGroup } from '../core/records.js';
import { averageLinkage } from './average-linkage.js';
import { DormantStories, SUMMARY_TERMS } from './dormant-stories.js';
import { attachFragments } from './fragments.js';
import { segmentViews, sublinear } from './features.js';
import { stableId } from './ids.js';
import { NearDuplicateIndex } from './near-duplicates.js';
import { NeighbourIndex } from './neighbours.js';
import { calendarDate, timestamp } from './order.js';
import { DEFAULT_GROUP_SETTINGS, type GroupSettings } from './settings.js';
import { mostlyNonLatin, segmentNameKeys } from './name-keys.js';
import { words } from './text.js';
import { titleOf } from './titles.js';
import { Centroid, toSparse, Vocabulary } from './vectors.js';

const DAY_MS = 24 * 60 * 60 * 1000;
// Segments of a story re-clustered at a repair: the most recent ones; older events are settled (and the work stays bounded).
export const EVENT_REPAIR_WINDOW = 240;
// Members of an event compared with a new segment before the next repair: its latest ones describe it best.
const ONLINE_EVENT_MEMBERS = 60;
// A story with fewer segments than this is not worth re-clustering yet.
const MIN_REPAIR_SIZE = 3;
// Two sentences or so: too little to found a story on, when the page it came with has a longer segment.
export const SHORT_SEGMENT_WORDS = 40;
// Name keys a story profile keeps: the names that recur in its coverage are among the first seen.
const NAME_KEYS_PER_STORY = 48;
// A report in another script joins a story by names only when it shares at least three of them (leaders, places)...
export const CROSS_SCRIPT_NAMES = 3;
// ...and scores twice as high as any other open story: shared country names alone never decide.
export const CROSS_SCRIPT_LEAD = 2;

/** Where one segment went. */
export interface SegmentAssignment {
  segmentId: string;
  storyId: string;
  eventId: string;
}

export interface GrouperStats {
  segments: number;
  /** Segments whose records are still held (not in a finished story). */
  heldSegments: number;
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
  /** For a copy: the unit it copies; for a folded tail: its page's main segment (-1 otherwise). */
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
  /** Name keys of its Latin-script segments while it is open, with how many segments carry each. */
  names: Map<string, number>;
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
  /** Every segment seen, by arrival; null once its story is finished (see `freeze`). */
  private readonly units: (Unit | null)[] = [];
  private readonly unitOfVector: number[] = [];
  private readonly unitsOfDocument = new Map<string, number[]>();
  private readonly stories: Story[] = [];
  private events: (EventState | null)[] = [];
  private readonly dormant = new DormantStories();
  /** Open stories by the name keys of their Latin-script coverage. */
  private readonly storiesByName = new Map<string, Set<number>>();
  /** Finished stories (forgotten by the dormant index, so nothing can join them), reported as they were, by index. */
  private finished: { story: number; group: StoryGroup }[] = [];
  private frozenUnits = 0;
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
        // (A folded tail follows its page's main segment, so its copy does too.)
        const source = this.sourceOf(originalUnits[Math.min(i, originalUnits.length - 1)]!);
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
    if (!link) this.foldShortSegments(doc, placed);
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
    const { titleWeight: title, entityWeight: entity, yearWeight: year, numberWeight: number, leadWeight: lead, leadTerms } = this.settings;
    // Two views of one segment: the whole text finds its story (a centroid must meet reports led in other words);
    // the lead-weighted one finds its nearest reports, which tell its event from others of the story.
    const views = segmentViews(doc, index, { title, entity, year, number, lead, leadTerms });
    const tf = sublinear(views.counts);
    const terms = Int32Array.from(tf.keys(), (term) => this.vocabulary.id(term));
    this.vocabulary.observe(terms);
    const vector = toSparse(tf, this.vocabulary, false);
    const led = views.led ? toSparse(sublinear(views.led), this.vocabulary, false) : vector;
    const found = this.neighbours.add(vector, led);
    const vectorId = this.unitOfVector.length;
    this.unitOfVector.push(unit);

    // Names as keys that survive a change of script, for a report in another script than its story's coverage.
    const segmentText = doc.segments[index]!.text;
    const nonLatin = mostlyNonLatin(segmentText);
    const offset = Math.max(0, doc.text.indexOf(segmentText));
    const keys = segmentNameKeys(segmentText, doc.mentions, offset, offset + segmentText.length);
    let across = -1;

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
      across = nonLatin ? this.storyByNames(keys) : -1;
      if (across >= 0) {
        story = across;
      } else {
        story = this.stories.length;
        this.stories.push({ units: [], centroid: new Centroid(this.vocabulary), members: 0, sizeAtRepair: 0, live: 0, lastSeen: null, retiredTitle: -1, retiredTitleScore: -Infinity, dormantEntry: -1, names: new Map() });
      }
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
    // A report in another script shares no words with its story: it would only blur the centroid.
    if (across < 0) {
      state.centroid!.add(vector);
      state.members++;
    }
    state.live++;
    state.lastSeen = this.clock;
    this.liveQueue.push(unit);
    this.liveCount++;
    if (!nonLatin) this.noteNames(story, keys);

    // Event, until the next repair: the event of this story whose latest members share the most neighbours with it.
    let event = -1;
    let bestEvent = -1;
    const eventCandidates = new Set<number>();
    if (across >= 0) {
      // Its neighbours are in its own script: it follows the story's latest report within eventGapDays, as a copy would.
      const latest = this.latestReport(state, time);
      if (latest >= 0) {
        draft.copyOf = latest;
        draft.event = this.units[latest]!.event;
        this.joinEvent(draft.event, unit);
        return;
      }
    }
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

  /** Counts a Latin-script segment's name keys into its story's profile (and the index of open stories by name). */
  private noteNames(story: number, keys: ReadonlySet<string>): void {
    const names = this.stories[story]!.names;
    for (const key of keys) {
      if (!names.has(key)) {
        if (names.size >= NAME_KEYS_PER_STORY) continue;
        let holders = this.storiesByName.get(key);
        if (!holders) this.storiesByName.set(key, (holders = new Set()));
        holders.add(story);
      }
      names.set(key, (names.get(key) ?? 0) + 1);
    }
  }

  /** Drops a story's name profile (it went quiet, or its reports moved): only open stories are found by name. */
  private forgetNames(story: number): void {
    const names = this.stories[story]!.names;
    for (const key of names.keys()) {
      const holders = this.storiesByName.get(key);
      holders?.delete(story);
      if (holders && holders.size === 0) this.storiesByName.delete(key);
    }
    names.clear();
  }

  /**
   * The open story a report in a non-Latin script belongs to by its names alone: at least CROSS_SCRIPT_NAMES name keys
   * shared, each counting less the more open stories carry it, and a clear lead (CROSS_SCRIPT_LEAD times) over the
   * runner-up. -1 when no story qualifies.
   */
  private storyByNames(keys: ReadonlySet<string>): number {
    const scores = new Map<number, { shared: number; score: number }>();
    for (const key of keys) {
      const holders = this.storiesByName.get(key);
      if (!holders) continue;
      for (const story of holders) {
        const entry = scores.get(story) ?? { shared: 0, score: 0 };
        entry.shared++;
        entry.score += 1 / holders.size;
        scores.set(story, entry);
      }
    }
    const ranked = [...scores].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
    const [best, second] = ranked;
    if (!best || best[1].shared < CROSS_SCRIPT_NAMES) return -1;
    if (second && best[1].score < CROSS_SCRIPT_LEAD * second[1].score) return -1;
    return this.stories[best[0]]!.centroid === null ? -1 : best[0];
  }

  /** The story's most recent own report (not a copy) within eventGapDays of `time`, or -1. */
  private latestReport(story: Story, time: number | null): number {
    for (let k = story.units.length - 1; k >= 0; k--) {
      const u = story.units[k]!;
      const unit = this.units[u]!;
      if (unit.copyOf >= 0 || unit.event < 0 || !this.neighbours.isLive(unit.vector)) continue;
      if (!this.tooFar(unit.time, unit.time, time)) return u;
    }
    return -1;
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
      this.forgetNames(from);
      orphan.centroid.release();
      orphan.centroid = null;
      orphan.units = [];
      orphan.live = 0;
      orphan.members = 0;
      this.adopted++;
    }
  }

  /**
   * A page's short tail or kicker (a promotion line, a sign-off) that matched no story would found a story of its own,
   * named after the page. Such a segment, a few sentences at most and founding a story nobody else joined, goes with
   * the page's longest segment instead, into its story and event.
   */
  private foldShortSegments(doc: AnalyzedDocument, placed: readonly number[]): void {
    if (placed.length < 2) return;
    const length = doc.segments.map((segment) => words(segment.text).length);
    const main = length.indexOf(Math.max(...length));
    const host = this.units[placed[main]!]!;
    placed.forEach((u, i) => {
      const unit = this.units[u]!;
      const own = this.stories[unit.story]!;
      if (i === main || unit.story === host.story || length[i]! >= SHORT_SEGMENT_WORDS || own.units.length !== 1 || own.centroid === null) return;
      const vector = this.neighbours.vector(unit.vector);
      const story = this.stories[host.story]!;
      if (vector === null || story.centroid === null) return;
      const event = this.events[unit.event]!;
      if (event.units.length === 1) this.events[unit.event] = null;
      this.forgetNames(unit.story);
      own.centroid.release();
      own.centroid = null;
      own.units = [];
      own.live = 0;
      own.members = 0;
      this.adopted++;
      unit.story = host.story;
      story.units.push(u);
      story.centroid.add(vector);
      story.members++;
      story.live++;
      unit.event = host.event;
      this.joinEvent(host.event, u);
      // From now on it follows the main segment through repairs, as a copy follows its original.
      unit.copyOf = placed[main]!;
    });
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
      this.forgetNames(unit.story);
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
        this.freeze(story);
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

  /**
   * A story the dormant index forgot can change no more: no live segment and no summary is left to find it by. Its
   * report is made once and its per-segment records are dropped, so memory follows the stories still open rather than
   * the whole stream. (A copy of one of its documents that arrives later is placed on its own words.)
   */
  private freeze(s: number): void {
    const story = this.stories[s]!;
    if (story.units.length === 0) return;
    const events = [...new Set(story.units.map((u) => this.units[u]!.event))];
    this.finished.push({ story: s, group: this.storyGroup(s, events) });
    for (const u of story.units) {
      this.unitsOfDocument.delete(this.units[u]!.doc.id);
      this.units[u] = null;
    }
    for (const e of events) this.events[e] = null;
    this.frozenUnits += story.units.length;
    story.units = [];
  }

  /**
   * Hands over the stories finished since the last call (in story order) and forgets them: a caller that keeps them
   * (a store) bounds the grouper's memory by the stories still open. `grouping()` reports only stories not handed over.
   */
  takeFinished(): StoryGroup[] {
    const out = this.finished.sort((a, b) => a.story - b.story).map((f) => f.group);
    this.finished = [];
    return out;
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
    const own = state.units.filter((u) => this.units[u]!.copyOf < 0 && this.neighbours.isLive(this.units[u]!.vector));
    const window = own.slice(-EVENT_REPAIR_WINDOW);
    if (window.length === 0) return;
    const inWindow = new Set(window);
    const items = window.map((u) => ({ time: this.units[u]!.time }));
    const similarity = (a: number, b: number) => this.neighbours.sharedNeighbourSimilarity(this.units[window[a]!]!.vector, this.units[window[b]!]!.vector);
    const gapMs = this.settings.eventGapDays * DAY_MS;
    const indexOfVector = new Map(window.map((u, i) => [this.units[u]!.vector, i]));
    const neighbours = (i: number) => {
      const vector = this.units[window[i]!]!.vector;
      return this.neighbours
        .neighbours(vector)
        .filter((n) => n.unit !== vector)
        .map((n) => ({ item: indexOfVector.get(n.unit) ?? -1, similarity: n.similarity }));
    };
    const together = (i: number, cluster: readonly number[]) => {
      const times = cluster.map((c) => items[c]!.time).filter((t): t is number => t !== null);
      return times.length === 0 || !this.tooFar(Math.min(...times), Math.max(...times), items[i]!.time);
    };
    const clusters = attachFragments(averageLinkage(items, similarity, this.settings.eventSimilarity, gapMs), neighbours, together);
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
      heldSegments: this.units.length - this.frozenUnits,
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
    const stories: { story: number; group: StoryGroup }[] = [...this.finished];
    this.stories.forEach((story, s) => {
      // A story whose only report moved to another story is gone (and a finished one is reported as it was).
      if (story.units.length === 0) return;
      stories.push({ story: s, group: this.storyGroup(s, eventsOf.get(s) ?? []) });
    });
    return { duplicates: [...this.links], stories: stories.sort((a, b) => a.story - b.story).map((x) => x.group) };
  }

  private storyGroup(s: number, events: readonly number[]): StoryGroup {
    const story = this.stories[s]!;
    // In arrival order (an adopted report sits after its host's units in `units`).
    const units = [...story.units].sort((a, b) => a - b);
    return {
      id: this.storyId(s),
      title: this.storyTitle(story),
      segmentIds: units.map((u) => this.units[u]!.segmentId),
      documentIds: [...new Set(units.map((u) => this.units[u]!.doc.id))],
      events: events
        .map((e) => ({ e, first: Math.min(...this.events[e]!.units) }))
        .sort((a, b) => a.first - b.first)
        .map(({ e }) => this.eventGroup(e)),
    };
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
