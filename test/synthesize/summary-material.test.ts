import { describe, it, expect } from 'vitest';
import { stripDateline } from '../../src/synthesize/dateline.js';
import { isSummaryMaterial } from '../../src/synthesize/summary.js';

describe('summary material', () => {
  it('keeps a whole reported sentence and refuses quotations, their tails, questions and fragments', () => {
    expect(isSummaryMaterial('Dock workers at Port Hallam walked off the job at 6 a.m. on Tuesday in an indefinite strike.')).toBe(true);
    expect(isSummaryMaterial('“We have spent twenty years talking past each other across this river, and that ends today.')).toBe(false);
    expect(isSummaryMaterial('Our members do,” the union’s general secretary, Kasimir Lund, told a rally outside the terminal.')).toBe(false);
    expect(isSummaryMaterial('Who decided that the warning could wait until four in the morning?')).toBe(false);
    expect(isSummaryMaterial('Flood waters rise in Lessing')).toBe(false);
  });

  it('strips datelines with region, date and agency', () => {
    expect(stripDateline('LESSING, Marovia, April 17 (Meridian Wire) - The Ilsen River burst its banks.')).toBe('The Ilsen River burst its banks.');
    expect(stripDateline('PORT HALLAM — Dock workers walked out.')).toBe('Dock workers walked out.');
    expect(stripDateline('NATO leaders met in Velmora - and agreed nothing.')).toBe('NATO leaders met in Velmora - and agreed nothing.');
  });
});
