import { describe, it, expect } from 'vitest';
import { normaliseDate } from '../../src/ingest/index.js';

describe('normaliseDate', () => {
  it('keeps ISO dates and converts zoned ISO times to UTC', () => {
    expect(normaliseDate('2024-03-05')).toBe('2024-03-05');
    expect(normaliseDate('2024-03-05T14:30:00+03:00')).toBe('2024-03-05T11:30:00.000Z');
    expect(normaliseDate('2024-03-05T14:30:00Z')).toBe('2024-03-05T14:30:00.000Z');
    expect(normaliseDate('2024-03-05T14:30:00.250-0500')).toBe('2024-03-05T19:30:00.250Z');
  });

  it('keeps wall time when no zone is written', () => {
    expect(normaliseDate('2024-03-05 14:30')).toBe('2024-03-05T14:30:00');
  });

  it('reads RFC 822 feed dates with numeric and named zones', () => {
    expect(normaliseDate('Tue, 05 Mar 2024 14:30:00 +0300')).toBe('2024-03-05T11:30:00.000Z');
    expect(normaliseDate('Tue, 05 Mar 2024 09:00:00 EST')).toBe('2024-03-05T14:00:00.000Z');
    expect(normaliseDate('5 Mar 24 09:00 GMT')).toBe('2024-03-05T09:00:00.000Z');
  });

  it('reads written-out English dates', () => {
    expect(normaliseDate('March 5, 2024')).toBe('2024-03-05');
    expect(normaliseDate('Tuesday, March 5th, 2024')).toBe('2024-03-05');
    expect(normaliseDate('5 March 2024')).toBe('2024-03-05');
    expect(normaliseDate('2024/03/05')).toBe('2024-03-05');
  });

  it('reads epoch seconds, milliseconds and Date objects', () => {
    expect(normaliseDate(1709647200)).toBe('2024-03-05T14:00:00.000Z');
    expect(normaliseDate('1709647200000')).toBe('2024-03-05T14:00:00.000Z');
    expect(normaliseDate(new Date(Date.UTC(2024, 2, 5)))).toBe('2024-03-05T00:00:00.000Z');
  });

  it('returns undefined for what is not a date', () => {
    expect(normaliseDate('yesterday afternoon')).toBeUndefined();
    expect(normaliseDate('2024-02-30')).toBeUndefined();
    expect(normaliseDate('03/05/2024')).toBeUndefined();
    expect(normaliseDate('')).toBeUndefined();
    expect(normaliseDate(null)).toBeUndefined();
    expect(normaliseDate({})).toBeUndefined();
  });
});
