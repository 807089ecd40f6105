// Modifiers, clock times without a day, parts of named days, tense around attributions, and the per-document
// findings the pipeline stores, on fictional reports.
import { describe, it, expect } from 'vitest';
import { dateLabel, findTimeExpressions, resolveTimeExpressions, type TimeExpression } from '../../src/language/time/index.js';

function find<T extends { text: string }>(list: readonly T[], text: string): T {
  const hit = list.find((e) => e.text.toLowerCase().includes(text.toLowerCase()));
  if (!hit) throw new Error(`no expression with "${text}" in ${JSON.stringify(list.map((e) => e.text))}`);
  return hit;
}

// Monday 16 March 2026.
const MONDAY = '2026-03-16';

describe('modifiers: early, mid-, late, about', () => {
  const text =
    'The ferry operator ordered new charts in early March. Repairs are planned for mid-June. ' +
    'The yard was sold late last year, and the refit began around May 2025.';
  const out = resolveTimeExpressions(text, MONDAY);

  it('takes "early" into the span and narrows a month to its first third', () => {
    expect(find(out, 'early March')).toMatchObject({ text: 'early March', value: '2026-03', mod: 'START', range: { start: '2026-03-01', end: '2026-03-10' } });
  });

  it('narrows a year to its last third for "late last year", and its middle for "mid-"', () => {
    expect(find(out, 'late last year')).toMatchObject({ value: '2025', mod: 'END', range: { start: '2025-09-01', end: '2025-12-31' } });
    expect(find(out, 'mid-June')).toMatchObject({ value: '2026-06', mod: 'MID', range: { start: '2026-06-11', end: '2026-06-20' } });
  });

  it('marks "around" as approximate without changing the range', () => {
    expect(find(out, 'around May 2025')).toMatchObject({ value: '2025-05', mod: 'APPROX', range: { start: '2025-05-01', end: '2025-05-31' } });
  });
});

describe('clock times and parts of named days', () => {
  it('puts a clock time on the day the text last named, the next morning after a night', () => {
    const text =
      'Gauges upstream showed the river rising on the night of April 16 to 17. The flood alert went out at 4:10 a.m., ' +
      'hours after the first readings.';
    const out = resolveTimeExpressions(text, '2026-07-22');
    expect(find(out, 'night of April 16 to 17')).toMatchObject({ value: '2026-04-16TNI', range: { start: '2026-04-16', end: '2026-04-17' } });
    expect(find(out, '4:10')).toMatchObject({ value: '2026-04-17T04:10' });
  });

  it('leaves a clock time with no day before it on the publication day, with low confidence', () => {
    const out = resolveTimeExpressions('Pickets gathered at the gates at 5 a.m. as the strike began.', '2026-06-10');
    const time = find(out, '5 a.m.') as TimeExpression;
    expect(time.value).toBe('2026-06-10T05:00');
    expect(time.confidence).toBeLessThan(0.6);
  });

  it('reads "the morning of 17 April" as that morning, not today\'s', () => {
    const out = resolveTimeExpressions('The film-maker began filming on the morning of 17 April with a borrowed camera.', '2026-09-20');
    expect(find(out, 'morning of 17 April')).toMatchObject({ value: '2026-04-17TMO' });
  });
});

describe('tense around attributions and nouns', () => {
  it('reads "will present ... on Wednesday, officials said" as the coming Wednesday', () => {
    const out = resolveTimeExpressions('The Treasury will present an emergency flood budget to the Assembly on Wednesday, officials said.', '2026-05-19');
    expect(find(out, 'Wednesday').value).toBe('2026-05-20');
  });

  it('does not take "by 114 votes to 83" for an intention', () => {
    const out = resolveTimeExpressions('The budget presented on May 20 cleared the Assembly on May 27 by 114 votes to 83.', '2026-06-10');
    expect(find(out, 'May 27').value).toBe('2026-05-27');
  });

  it('puts "the weekend" forecasters expect on the coming weekend', () => {
    const out = resolveTimeExpressions('Forecasters expect more rain over the weekend.', '2026-04-17');
    expect(find(out, 'the weekend')).toMatchObject({ range: { start: '2026-04-18', end: '2026-04-19' } });
  });
});

describe('findings stored per document', () => {
  const text = 'PORT HALLAM — Dock workers walked out on Tuesday.\n\nThe union will meet the port authority on Friday. Talks collapsed in early June.';

  it('gives each expression its sentence, tense, days and precision', () => {
    const out = findTimeExpressions(text, '2026-06-10T08:00:00+02:00');
    expect(find(out, 'Tuesday')).toMatchObject({ date: '2026-06-09', dateEnd: '2026-06-09', precision: 'day', sentence: 0, tense: 'past' });
    expect(find(out, 'Friday')).toMatchObject({ date: '2026-06-12', precision: 'day', sentence: 1, tense: 'future' });
    expect(find(out, 'early June')).toMatchObject({ date: '2026-06-01', dateEnd: '2026-06-10', precision: 'month', approximate: true, mod: 'START', sentence: 2 });
    for (const t of out) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('counts from the middle of the month when only the month is known, and says the days are approximate', () => {
    const out = findTimeExpressions(text, '2026-06');
    expect(find(out, 'Tuesday')).toMatchObject({ date: '2026-06-09', approximate: true });
  });

  it('finds nothing to resolve against without a published date', () => {
    expect(findTimeExpressions(text, null)).toEqual([]);
    expect(findTimeExpressions(text, 'not a date')).toEqual([]);
  });

  it('keeps durations and references apart from dates', () => {
    const out = findTimeExpressions('The strike has lasted for three days and is now the longest in a decade.', '2026-06-11');
    expect(find(out, 'for three days')).toMatchObject({ precision: 'duration', date: null });
    expect(find(out, 'now')).toMatchObject({ precision: 'reference', date: null });
  });
});

describe('labels', () => {
  it('writes days, weeks, months, ranges and seasons as people read them', () => {
    expect(dateLabel({ date: '2026-01-10', end: null, precision: 'day' })).toBe('10 Jan 2026');
    expect(dateLabel({ date: '2026-01-05', end: '2026-01-11', precision: 'week' })).toBe('week of 5 Jan 2026');
    expect(dateLabel({ date: '2026-03-01', end: '2026-03-31', precision: 'month', approximate: true })).toBe('about March 2026');
    expect(dateLabel({ date: '2026-03-01', end: '2026-03-10', precision: 'month', approximate: true, mod: 'START' })).toBe('early March 2026');
    expect(dateLabel({ date: '2026-07-01', end: '2026-09-30', precision: 'quarter' })).toBe('Q3 2026');
    expect(dateLabel({ date: '2026-01-28', end: '2026-02-03', precision: 'range' })).toBe('28 Jan – 3 Feb 2026');
    expect(dateLabel({ date: '2025-12-01', end: '2026-02-28', precision: 'range', approximate: true, value: '2025-WI' })).toBe('about winter 2025');
    expect(dateLabel({ date: '2026-04-18', end: '2026-04-19', precision: 'week', value: '2026-W16-WE' })).toBe('weekend of 18 Apr 2026');
  });
});
