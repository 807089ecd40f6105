import { describe, it, expect } from 'vitest';
import { estimatePublishedDate } from '../../src/language/time/index.js';

describe('estimatePublishedDate', () => {
  it('takes the byline date near the top, not the copyright year or a date in the body', () => {
    const text = [
      'Day two: ships queue off Port Hallam as strike holds',
      'Nadia Pell | June 10, 2026',
      '',
      'More than 20 ships were waiting at anchor on Wednesday. The strike began on June 9, 2026.',
      'The authority will meet the union on June 15, 2026.',
      '© 2024 The Harbor Ledger. All rights reserved.',
    ].join('\n');
    expect(estimatePublishedDate(text)).toEqual({ date: '2026-06-10', confidence: 0.85 });
  });

  it('prefers a labelled publication date over anything else', () => {
    const text = 'Flood inquiry: what Judge Falk found\nUpdated: July 24, 2026\nPublished: July 23, 2026\n\nThe report was released.';
    expect(estimatePublishedDate(text)).toEqual({ date: '2026-07-23', confidence: 0.95 });
  });

  it('falls back to the latest date a past clause reports, with low confidence', () => {
    const body = Array.from({ length: 16 }, (_, i) => `Paragraph ${i + 1} of the report on the Lessing flood continues here.`);
    const text = [...body, 'The river burst its banks on April 17, 2026, after the alert of April 16, 2026.', 'Repairs will finish on September 1, 2026.'].join('\n');
    const est = estimatePublishedDate(text);
    expect(est?.date).toBe('2026-04-17');
    expect(est!.confidence).toBeLessThan(0.5);
  });

  it('returns null when the text names no date at all', () => {
    expect(estimatePublishedDate('Residents of Lessing returned home on Friday to find the streets clean.')).toBeNull();
  });
});
