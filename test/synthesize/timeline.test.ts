// Timeline of a story from resolved date expressions and published dates, on fictional multi-outlet coverage.
import { describe, it, expect } from 'vitest';
import type { AnalyzedDocument, EventGroup } from '../../src/core/records.js';
import { findTimeExpressions } from '../../src/language/time/index.js';
import { buildTimeline, eventHappeningDate, trimSentence, type TimelineEntry } from '../../src/synthesize/timeline.js';

/** A document as the analyze stage leaves it: clean text and its date expressions resolved against `published`. */
function doc(id: string, publisher: string, published: string | null, paragraphs: string[]): AnalyzedDocument {
  const text = paragraphs.join('\n\n');
  return {
    id, title: null, publisher, published, ingestedAt: '2026-03-20T00:00:00Z', text,
    segments: [{ id: `${id}:1`, text }], mentions: [], quotes: [],
    timeExpressions: findTimeExpressions(text, published),
  };
}

function timelineOf(...docs: AnalyzedDocument[]): TimelineEntry[] {
  const event: EventGroup = { id: 'e1', title: 'event', date: null, segmentIds: docs.map((d) => `${d.id}:1`), documentIds: docs.map((d) => d.id) };
  return buildTimeline([event], new Map(docs.map((d) => [d.id, d])));
}

function entryAbout(entries: TimelineEntry[], words: string): TimelineEntry {
  const hit = entries.find((e) => e.text.includes(words));
  if (!hit) throw new Error(`no entry about "${words}" in ${JSON.stringify(entries.map((e) => `${e.label}: ${e.text}`))}`);
  return hit;
}

// Monday 16 March 2026 and the Saturday before it.
const MONDAY = '2026-03-16T07:00:00Z';
const SATURDAY = '2026-03-14T18:30:00Z';

const coastalPost = doc('d_coastal', 'Coastal Post', MONDAY, [
  'ORSA BAY — The ferry Marit ran aground on a sandbank off Orsa Bay on Friday, and 14 passengers were taken to hospital with minor injuries, the harbour authority said.',
  'Divers from the authority inspected the damaged hull last week and found a crack nearly two metres long.',
  '"Nobody was lost today, and that is what matters," Captain Eilif Brandt said as the passengers came ashore.',
  'Transport Minister Hedda Lorne will meet the ferry operator, Velda Lines, on Friday to discuss the safety of the route.',
  'The harbour authority has kept the northern channel closed to fishing boats since June.',
]);
const harbourTimes = doc('d_harbour', 'Harbour Times', SATURDAY, [
  'The Velda Lines ferry Marit ran aground off Orsa Bay on Friday, sending 14 passengers to hospital.',
  'Velda Lines announced Wednesday that it had renewed the vessel\'s safety certificate after a routine inspection.',
  'Divers inspected the Marit\'s damaged hull and reported a long crack below the waterline.',
]);

// Another Monday report: its "last week" is the Coastal Post's.
const islandCourier = doc('d_island', 'Island Courier', '2026-03-16T11:00:00Z', [
  'Divers checked the hull of the Marit last week and found a crack almost two metres long, Velda Lines confirmed.',
]);

describe('timeline from resolved date expressions', () => {
  const entries = timelineOf(coastalPost, harbourTimes, islandCourier);

  it('dates "on Friday" in a Monday article to the Friday just past, and merges two outlets reporting it', () => {
    const grounding = entryAbout(entries, 'ran aground');
    expect(grounding).toMatchObject({ date: '2026-03-13', end: null, precision: 'day', approximate: false, label: '13 Mar 2026' });
    // The Saturday report came first.
    expect(grounding.citations).toEqual(['d_harbour', 'd_coastal']);
    expect(entries.filter((e) => e.text.includes('ran aground'))).toHaveLength(1);
  });

  it('keeps "will meet on Friday" ahead and "announced Wednesday" behind the publication day', () => {
    expect(entryAbout(entries, 'will meet the ferry operator')).toMatchObject({ date: '2026-03-20', label: '20 Mar 2026', citations: ['d_coastal'] });
    expect(entryAbout(entries, 'renewed the vessel')).toMatchObject({ date: '2026-03-11', label: '11 Mar 2026', citations: ['d_harbour'] });
  });

  it('shows "last week" as a week, one entry for both outlets that date the inspection to it', () => {
    const inspection = entryAbout(entries, 'hull');
    expect(inspection).toMatchObject({ date: '2026-03-09', end: '2026-03-15', precision: 'week', label: 'week of 9 Mar 2026' });
    expect(inspection.citations).toEqual(['d_coastal', 'd_island']);
    // The Saturday report gives no date for the inspection, so it is not cited for one.
    expect(entries.filter((e) => e.citations.includes('d_harbour')).map((e) => e.date).sort()).toEqual(['2026-03-11', '2026-03-13']);
  });

  it('leaves out dates inside quotes and stretches running up to now', () => {
    // "today" in the captain's quote is the day he spoke, not the Monday of publication.
    expect(entries.some((e) => e.date === '2026-03-16')).toBe(false);
    expect(entries.some((e) => e.text.includes('since June'))).toBe(false);
  });

  it('orders entries by date and cites only documents of the story', () => {
    const dates = entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    for (const e of entries) for (const c of e.citations) expect(['d_coastal', 'd_harbour', 'd_island']).toContain(c);
  });
});

describe('uncertain dates and ranges', () => {
  it('shows "early March" as approximate, covering the first days of the month', () => {
    const island = doc('d_island', 'Island Courier', '2026-03-17', [
      'Velda Lines ordered new navigation charts for the Marit in early March, weeks before the grounding, the company said on Tuesday.',
    ]);
    const [entry] = timelineOf(island);
    expect(entry).toMatchObject({ date: '2026-03-01', end: '2026-03-10', precision: 'month', approximate: true, label: 'early March 2026' });
  });

  it('says "about" for a loosely given month, and keeps a seasonal date as an approximate range', () => {
    const island = doc('d_island', 'Island Courier', '2026-09-02', [
      'The Marit was refitted at the Skarde yard around March, according to the yard\'s records.',
      'The yard repaired two other Velda Lines ferries last winter.',
    ]);
    const entries = timelineOf(island);
    expect(entryAbout(entries, 'refitted')).toMatchObject({ precision: 'month', approximate: true, label: 'about March 2026' });
    expect(entryAbout(entries, 'repaired two other')).toMatchObject({
      date: '2025-12-01', end: '2026-02-28', precision: 'range', approximate: true, label: 'about winter 2025',
    });
  });
});

describe('published dates', () => {
  it('dates a lead that names no day by its publication day, merging outlets that report the same news', () => {
    const weekly = doc('d_weekly', 'Tarn Weekly', '2026-05-04T09:00:00Z', [
      'Workers at the Holm paper mill voted to accept a new pay deal, ending a three-week dispute over night shifts.',
    ]);
    const radio = doc('d_radio', 'Valley Radio', '2026-05-04T16:00:00Z', [
      'Holm paper mill workers have accepted a pay deal that ends their three-week dispute over night shifts, the union said.',
    ]);
    const entries = timelineOf(weekly, radio);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ date: '2026-05-04', precision: 'day', label: '4 May 2026', citations: ['d_weekly', 'd_radio'], written: ['published'] });
  });

  it('keeps two different happenings of the same day apart', () => {
    const a = doc('d_a', 'Coastal Post', MONDAY, [
      'The ferry Marit ran aground on a sandbank off Orsa Bay on Friday, injuring 14 passengers.',
      'Fishermen in Orsa Bay held a protest on Friday against new quotas set by the fisheries ministry.',
    ]);
    const b = doc('d_b', 'Harbour Times', SATURDAY, [
      'The ferry Marit ran aground off Orsa Bay on Friday, sending 14 passengers to hospital.',
      'Orsa Bay fishermen protested on Friday against the fisheries ministry\'s new quotas.',
    ]);
    const friday = timelineOf(a, b).filter((e) => e.date === '2026-03-13');
    expect(friday).toHaveLength(2);
    expect(friday.every((e) => e.citations.length === 2)).toBe(true);
  });
});

describe('documents scoped to a story', () => {
  it('reads the dates again when a newsletter shows only its part of the text', () => {
    const full = doc('d_news', 'The Morning Note', MONDAY, [
      'Budget talks in the Assembly resumed on Thursday after a two-week pause.',
      'The ferry Marit ran aground off Orsa Bay on Friday, and 14 passengers were taken to hospital.',
    ]);
    const part = 'The ferry Marit ran aground off Orsa Bay on Friday, and 14 passengers were taken to hospital.';
    const scoped = { ...full, text: part, segments: [{ id: 'd_news:2', text: part }] };
    const [entry] = timelineOf(scoped);
    expect(entry).toMatchObject({ date: '2026-03-13', text: part });
  });
});

describe('trimming entry text', () => {
  it('drops the dateline and cuts a long sentence after the clause holding the date', () => {
    const sentence =
      'VELMORA, March 12 (Meridian Wire) - President Helena Sarrow signed the river accord on Thursday at the Aldergate Palace in front of three hundred guests, ending more than a decade of frosty relations between the two neighbours and opening the border crossing at night.';
    const at = sentence.indexOf('Thursday') + 'Thursday'.length;
    expect(trimSentence(sentence, at)).toBe(
      'President Helena Sarrow signed the river accord on Thursday at the Aldergate Palace in front of three hundred guests …',
    );
  });
});

describe('the day an event happened', () => {
  it('is the day most leads name, not the first publication date', () => {
    const preview = doc('d_preview', 'Financial Compass', '2026-05-19T09:00:00Z', [
      'The Treasury will present an emergency flood budget to the Assembly on Wednesday, officials said.',
    ]);
    const report = doc('d_report', 'Northgate Times', '2026-05-20T16:00:00Z', [
      'Treasury Secretary Ilse Varga presented an emergency budget on Wednesday that sets aside 3.1 billion thalers for flood repairs.',
    ]);
    const reaction = doc('d_reaction', 'Tarn Valley Gazette', '2026-05-21T08:00:00Z', [
      'Residents of Lessing met the budget presented on Wednesday with cautious relief.',
      'The mayor spoke to reporters on Thursday.',
    ]);
    const docs = new Map([preview, report, reaction].map((d) => [d.id, d]));
    expect(eventHappeningDate(['d_preview', 'd_report', 'd_reaction'], docs)).toMatchObject({ date: '2026-05-20', documents: 3 });
    const undated = doc('d_undated', 'Valley Radio', '2026-05-20', ['Residents of Lessing are waiting to hear how much money they will get.']);
    expect(eventHappeningDate(['d_undated'], new Map([[undated.id, undated]]))).toBeNull();
  });
});
