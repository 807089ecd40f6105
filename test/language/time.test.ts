import { describe, it, expect } from 'vitest';
import { resolveTimeExpressions, type TimeExpression } from '../../src/language/time/index.js';

// Friday 13 March 2026, the day after the (fictional) Velmora summit.
const FRIDAY = '2026-03-13';
// Tuesday 6 October 2026.
const TUESDAY = '2026-10-06';

function find(list: TimeExpression[], text: string): TimeExpression {
  const hit = list.find((e) => e.text.toLowerCase().includes(text.toLowerCase()));
  if (!hit) throw new Error(`no expression with "${text}" in ${JSON.stringify(list.map((e) => e.text))}`);
  return hit;
}

describe('weekdays by tense', () => {
  it('sends a future weekday forward and a past one back', () => {
    const text =
      'Interior Minister Dmitri Volkov announced Wednesday that the Assembly will vote on the flood budget on Monday.';
    const out = resolveTimeExpressions(text, FRIDAY);
    expect(find(out, 'Wednesday').value).toBe('2026-03-11');
    expect(find(out, 'Monday').value).toBe('2026-03-16');
  });

  it('never puts an uncued weekday in the future', () => {
    const out = resolveTimeExpressions('Ships waited off Port Hallam on Saturday.', TUESDAY);
    expect(find(out, 'Saturday').value).toBe('2026-10-03');
  });

  it('reads the weekday of the reference day itself as today', () => {
    const out = resolveTimeExpressions('The club confirmed on Friday that it has signed the striker.', FRIDAY);
    expect(find(out, 'Friday').value).toBe(FRIDAY);
  });

  it('honours last and next, and intent verbs whose "to" comes later', () => {
    const text =
      'The crossing was shut to lorries last Friday. Sarrow agreed by telephone to reopen it to freight on Friday. ' +
      'Talks resume next Tuesday.';
    const out = resolveTimeExpressions(text, TUESDAY);
    expect(find(out, 'last Friday').value).toBe('2026-10-02');
    const reopen = out.filter((e) => e.text === 'Friday');
    expect(reopen.map((e) => e.value)).toEqual(['2026-10-09']);
    expect(find(out, 'next Tuesday').value).toBe('2026-10-13');
  });

  it('reads modal verbs as pointing forward ("could crest again on Saturday")', () => {
    const text = 'Forecasters warned on Friday that the Ilsen could crest again on Saturday.';
    const out = resolveTimeExpressions(text, '2026-04-17');
    expect(find(out, 'Friday').value).toBe('2026-04-17');
    expect(find(out, 'Saturday').value).toBe('2026-04-18');
  });

  it('keeps a part of the day as a TIMEX3 time', () => {
    const out = resolveTimeExpressions('The figure was revised on Saturday evening.', '2026-04-19');
    expect(find(out, 'Saturday evening')).toMatchObject({ value: '2026-04-18TEV', granularity: 'time' });
  });

  it('leaves named days such as Black Monday alone', () => {
    const out = resolveTimeExpressions('Traders still talk about Black Monday.', FRIDAY);
    expect(out.some((e) => e.text.includes('Monday'))).toBe(false);
  });
});

describe('periods as ranges', () => {
  it('gives last week as the ISO week before, with its Monday-Sunday range', () => {
    const out = resolveTimeExpressions('The thaler fell sharply last week.', FRIDAY);
    expect(find(out, 'last week')).toMatchObject({
      value: '2026-W10',
      range: { start: '2026-03-02', end: '2026-03-08' },
      granularity: 'week',
    });
  });

  it('gives "this past March" as the March just gone', () => {
    const out = resolveTimeExpressions('Prices peaked this past March, the ministry said.', TUESDAY);
    expect(find(out, 'this past March')).toMatchObject({ value: '2026-03', range: { start: '2026-03-01', end: '2026-03-31' } });
    const inMarch = resolveTimeExpressions('Prices peaked this past March.', FRIDAY);
    expect(find(inMarch, 'this past March').value).toBe('2025-03');
  });

  it('runs "earlier this month" from the first of the month to the reference day', () => {
    const out = resolveTimeExpressions('Earlier this month the Assembly approved the levy.', FRIDAY);
    expect(find(out, 'Earlier this month')).toMatchObject({ value: '2026-03', range: { start: '2026-03-01', end: FRIDAY } });
  });

  it('turns "since June" into a range from June to the reference day, in the past even with a present verb', () => {
    const out = resolveTimeExpressions('Dockworkers have been on strike since June.', TUESDAY);
    expect(find(out, 'since June')).toMatchObject({
      text: 'since June',
      value: '2026-06',
      range: { start: '2026-06-01', end: TUESDAY },
      granularity: 'range',
    });
    const early = resolveTimeExpressions('The levy has applied since June.', FRIDAY);
    expect(find(early, 'since June').value).toBe('2025-06');
  });

  it('counts "the past nine days" back from the reference day', () => {
    const out = resolveTimeExpressions('Markets have fallen in the past nine days.', '2026-10-09');
    expect(find(out, 'past nine days')).toMatchObject({ value: 'P9D', range: { start: '2026-09-30', end: '2026-10-09' } });
  });
});

describe('years, months and quarters', () => {
  it('reads a bare year after a preposition, but not a count or a name', () => {
    const text = 'The bridge opened in 2016. The union has 2000 members. The Tarn 2000 Index rose.';
    const out = resolveTimeExpressions(text, FRIDAY);
    expect(find(out, '2016')).toMatchObject({ value: '2016', granularity: 'year' });
    expect(out.some((e) => e.text.includes('2000'))).toBe(false);
  });

  it('places a month without a year by the tense of its clause', () => {
    const text = 'The river commission met in October. The new crossing will open in February.';
    const out = resolveTimeExpressions(text, '2026-06-10');
    expect(find(out, 'October').value).toBe('2025-10');
    expect(find(out, 'February').value).toBe('2027-02');
  });

  it('resolves a quarter without a year to the latest one already begun in a past clause', () => {
    const out = resolveTimeExpressions('Port traffic rose 4% in the fourth quarter.', FRIDAY);
    expect(find(out, 'fourth quarter')).toMatchObject({ value: '2025-Q4', range: { start: '2025-10-01', end: '2025-12-31' } });
  });

  it('reads "October of next year" as one month', () => {
    const out = resolveTimeExpressions('The dam will be finished by October of next year.', FRIDAY);
    expect(find(out, 'October of next year').value).toBe('2027-10');
  });

  it('drops lowercase "may" and bare hours that chrono-node would read as dates', () => {
    const out = resolveTimeExpressions('The strike may end soon, and talks start at 8 with 12 delegates.', FRIDAY);
    expect(out.map((e) => e.value)).toEqual(['FUTURE_REF']);
  });
});

describe('anchors and reference words', () => {
  it('anchors "the day before" to the date the text last named', () => {
    const out = resolveTimeExpressions('The river crested on April 17. The day before, the alert had gone out.', '2026-04-20');
    expect(find(out, 'day before').value).toBe('2026-04-16');
  });

  it('marks now and recently as PRESENT_REF and PAST_REF', () => {
    const out = resolveTimeExpressions('The town is now calm, though the levee recently failed.', FRIDAY);
    expect(find(out, 'now').value).toBe('PRESENT_REF');
    expect(find(out, 'recently').value).toBe('PAST_REF');
  });

  it('gives full dates with their year, whatever the reference', () => {
    const out = resolveTimeExpressions('The accord was first drafted on Dec. 10, 2013.', FRIDAY);
    expect(find(out, 'Dec. 10, 2013')).toMatchObject({ value: '2013-12-10', granularity: 'day' });
    expect(find(out, 'Dec. 10, 2013').confidence).toBeGreaterThan(0.9);
  });

  it('rejects a reference that is not an ISO date', () => {
    expect(() => resolveTimeExpressions('on Friday', 'last Tuesday')).toThrow(/ISO/);
  });
});
