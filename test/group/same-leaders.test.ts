// Held-out realism: a fictional multi-outlet corpus in which the same two leaders meet at a March summit and speak by
// phone in October. Every outlet writes its own report; the October reports recall the summit. The two happenings
// must stay two events of one story, with an unrelated story between them kept apart, and ids that hold.
import { describe, it, expect } from 'vitest';
import type { Grouping } from '../../src/core/records.js';
import { groupCorpus, StreamingGrouper } from '../../src/group/index.js';
import { inCorpusOrder } from '../../src/group/order.js';
import { article } from './corpus.js';

const LEADERS = {
  person: ['Anouk Veldt', 'Tomas Krail', 'Ms. Veldt', 'Mr. Krail', 'Veldt', 'Krail'],
  place: ['Dresmor', 'Ostravia', 'Lindhaven', 'Saar Strait', 'Brevik'],
};

const summit = [
  article({
    id: 'sum-1',
    publisher: 'Lindhaven Post',
    published: '2025-03-18T09:00:00Z',
    title: 'Veldt and Krail sign Saar Strait fisheries pact at Lindhaven summit',
    segments: [[
      'Prime Minister Anouk Veldt of Dresmor and President Tomas Krail of Ostravia signed a fisheries pact for the Saar Strait on Tuesday at the end of a two-day summit in Lindhaven.',
      'The pact sets joint catch quotas for herring and cod, opens a shared patrol office in Brevik and ends a dispute over fishing rights that has closed the strait to trawlers twice in five years.',
      '"We came to Lindhaven with two maps and we leave with one," Ms. Veldt told reporters at the summit venue.',
    ]],
    names: LEADERS,
  }),
  article({
    id: 'sum-2',
    publisher: 'Ostravian Herald',
    published: '2025-03-18T14:30:00Z',
    title: 'Krail hails "new chapter" as Lindhaven summit ends with fisheries deal',
    segments: [[
      'President Tomas Krail called the fisheries pact signed at the Lindhaven summit a new chapter for Ostravia and Dresmor, after two days of talks with Prime Minister Anouk Veldt.',
      'Under the pact the two governments will set herring and cod quotas together each spring, and trawlers from both countries may fish the whole Saar Strait again.',
      'Mr. Krail said the joint patrol office in Brevik would open before the summer season.',
    ]],
    names: LEADERS,
  }),
  article({
    id: 'sum-3',
    publisher: 'Dresmor Daily',
    published: '2025-03-19T07:15:00Z',
    title: 'What the Lindhaven fisheries pact means for Brevik trawlermen',
    segments: [[
      'Brevik trawlermen welcomed the Saar Strait pact signed by Anouk Veldt and Tomas Krail at the Lindhaven summit, though some said the cod quota was smaller than they had hoped.',
      'The summit agreement gives Brevik the joint patrol office and shared quotas for herring and cod, ending years of arrests of boats on both sides of the strait.',
      'Harbour master Lise Orm said the first boats would sail under the pact next month.',
    ]],
    names: { ...LEADERS, person: [...LEADERS.person, 'Lise Orm'] },
  }),
  article({
    id: 'sum-4',
    publisher: 'Coastal Wire',
    published: '2025-03-19T11:00:00Z',
    title: 'Dresmor and Ostravia leaders seal strait fishing deal after summit',
    segments: [[
      'The leaders of Dresmor and Ostravia sealed a deal on fishing in the Saar Strait at a summit in Lindhaven, setting shared herring and cod quotas and a joint patrol office in Brevik.',
      'Prime Minister Veldt and President Krail signed the fisheries pact after two days of talks, ending a five-year dispute over the strait.',
    ]],
    names: LEADERS,
  }),
];

const unrelated = [
  article({
    id: 'fire-1',
    publisher: 'Dresmor Daily',
    published: '2025-06-02T08:00:00Z',
    title: 'Fire closes Tarvik paper mill, 300 workers sent home',
    segments: [[
      'A fire in the drying hall of the Tarvik paper mill burned through the night and closed the plant, the mill owner Nordpulp said on Monday. About 300 workers were sent home.',
      'Fire crews from three towns kept the blaze away from the chemical store. Nobody was hurt, and the cause of the fire is not yet known.',
    ]],
    names: { organization: ['Nordpulp'], place: ['Tarvik'] },
  }),
  article({
    id: 'fire-2',
    publisher: 'Lindhaven Post',
    published: '2025-06-02T16:00:00Z',
    title: 'Tarvik mill fire: Nordpulp says production halted for weeks',
    segments: [[
      'Nordpulp said production at its Tarvik paper mill would be halted for several weeks after a night fire destroyed the drying hall.',
      'The 300 workers at the mill will keep their wages while the hall is rebuilt, the company said. Investigators are looking at an electrical fault.',
    ]],
    names: { organization: ['Nordpulp'], place: ['Tarvik'] },
  }),
];

const call = [
  article({
    id: 'call-1',
    publisher: 'Ostravian Herald',
    published: '2025-10-14T10:00:00Z',
    title: 'Krail and Veldt agree by phone to lift Brevik trawler ban',
    segments: [[
      'President Tomas Krail and Prime Minister Anouk Veldt agreed in a phone call on Tuesday to lift the ban on Ostravian trawlers landing catch in Brevik, ending a three-week standoff.',
      'Dresmor had closed Brevik harbour to Ostravian boats after a row over cod landings. The two leaders, who signed the Saar Strait fisheries pact in Lindhaven in March, said inspectors from both sides would check landings together.',
    ]],
    names: LEADERS,
  }),
  article({
    id: 'call-2',
    publisher: 'Dresmor Daily',
    published: '2025-10-14T13:20:00Z',
    title: 'Veldt reopens Brevik harbour to Ostravian boats after call with Krail',
    segments: [[
      'Anouk Veldt reopened Brevik harbour to Ostravian trawlers on Tuesday after a forty-minute phone call with Tomas Krail, three weeks after the ban over disputed cod landings.',
      '"One call did what three weeks of letters could not," Ms. Veldt said. Joint inspectors will start checking landings in Brevik on Thursday.',
    ]],
    names: LEADERS,
  }),
  article({
    id: 'call-3',
    publisher: 'Coastal Wire',
    published: '2025-10-15T06:45:00Z',
    title: 'Leaders\u2019 phone call ends Brevik trawler standoff',
    segments: [[
      'A phone call between Dresmor\u2019s Prime Minister Veldt and Ostravia\u2019s President Krail ended the three-week standoff over Ostravian trawlers in Brevik, both governments said.',
      'The ban on Ostravian cod landings is lifted, and joint inspectors will check catches at the harbour, the leaders agreed in the call.',
    ]],
    names: LEADERS,
  }),
];

const corpus = [...summit, ...unrelated, ...call];

// A second summit in the same city in October, reported in nearly the words of the first: only the calendar tells them apart.
const autumnSummit = [
  article({
    id: 'aut-1',
    publisher: 'Lindhaven Post',
    published: '2025-10-21T09:00:00Z',
    title: 'Veldt and Krail back in Lindhaven for second fisheries summit',
    segments: [[
      'Prime Minister Anouk Veldt of Dresmor and President Tomas Krail of Ostravia met again in Lindhaven on Tuesday for a summit on the Saar Strait fisheries pact.',
      'The two leaders agreed new herring and cod quotas for next year and more staff for the joint patrol office in Brevik.',
    ]],
    names: LEADERS,
  }),
  article({
    id: 'aut-2',
    publisher: 'Ostravian Herald',
    published: '2025-10-21T15:00:00Z',
    title: 'Krail and Veldt set new strait quotas at Lindhaven summit',
    segments: [[
      'President Tomas Krail and Prime Minister Anouk Veldt set new herring and cod quotas for the Saar Strait at their summit in Lindhaven on Tuesday.',
      'The leaders said the fisheries pact was working and gave the joint patrol office in Brevik two more boats.',
    ]],
    names: LEADERS,
  }),
  article({
    id: 'aut-3',
    publisher: 'Coastal Wire',
    published: '2025-10-22T07:00:00Z',
    title: 'Dresmor and Ostravia leaders agree strait quotas at summit',
    segments: [[
      'The leaders of Dresmor and Ostravia agreed herring and cod quotas for the Saar Strait at a summit in Lindhaven, and more boats for the joint patrol office in Brevik.',
      'Prime Minister Veldt and President Krail signed the quota annex to the fisheries pact after a day of talks.',
    ]],
    names: LEADERS,
  }),
];
const storyOf = (grouping: Grouping, id: string) => grouping.stories.find((s) => s.documentIds.includes(id))!;
const eventOf = (grouping: Grouping, id: string) => storyOf(grouping, id).events.find((e) => e.documentIds.includes(id))!;

describe('the same two leaders, months apart', () => {
  const grouping = groupCorpus(corpus);

  it('keeps the March summit and the October call as two events', () => {
    expect(eventOf(grouping, 'sum-1').documentIds).toEqual(['sum-1', 'sum-2', 'sum-3', 'sum-4']);
    expect(eventOf(grouping, 'call-1').documentIds).toEqual(['call-1', 'call-2', 'call-3']);
  });

  it('puts both in one story, and the mill fire in another', () => {
    expect(storyOf(grouping, 'call-2').id).toBe(storyOf(grouping, 'sum-1').id);
    expect(storyOf(grouping, 'sum-1').events).toHaveLength(2);
    expect(storyOf(grouping, 'fire-1').documentIds).toEqual(['fire-1', 'fire-2']);
  });

  it('dates each event by its own coverage', () => {
    expect(eventOf(grouping, 'sum-1').date).toBe('2025-03-18');
    expect(eventOf(grouping, 'call-1').date).toBe('2025-10-14');
  });

  it('gives the same ids on a second run and in any input order', () => {
    expect(groupCorpus([...corpus].reverse())).toEqual(grouping);
    expect(groupCorpus(corpus)).toEqual(grouping);
  });

  it('keeps a second summit in the same words, seven months later, apart from the first but in its story', () => {
    const twice = groupCorpus([...summit, ...unrelated, ...autumnSummit]);
    expect(eventOf(twice, 'sum-1').documentIds).toEqual(['sum-1', 'sum-2', 'sum-3', 'sum-4']);
    expect(eventOf(twice, 'aut-1').documentIds).toEqual(['aut-1', 'aut-2', 'aut-3']);
    expect(storyOf(twice, 'aut-1').id).toBe(storyOf(twice, 'sum-1').id);
  });

  it('keeps the ids of the summit story and event when the call arrives later', () => {
    const grouper = new StreamingGrouper();
    const before = inCorpusOrder([...summit, ...unrelated]).map((doc) => grouper.add(doc));
    const summitStory = before.find((a) => a.documentId === 'sum-1')!.segments[0]!;
    for (const doc of call) grouper.add(doc);
    const after = grouper.grouping();
    expect(storyOf(after, 'sum-1').id).toBe(summitStory.storyId);
    expect(eventOf(after, 'sum-1').id).toBe(summitStory.eventId);
    expect(after).toEqual(grouping);
  });
});
