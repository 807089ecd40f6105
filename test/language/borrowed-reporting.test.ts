import { describe, expect, it } from 'vitest';
import { findBorrowedReporting } from '../../src/language/borrowed-reporting.js';
import { findMentions } from '../../src/language/index.js';

const borrowed = (t: string) => findBorrowedReporting(t, findMentions(t)).map((b) => [b.outlet, b.cue]);

describe('findBorrowedReporting', () => {
  it('finds "according to", "reported", "told" and "As … reported" cues', () => {
    expect(borrowed('The fund will be worth 3.1 billion thalers, according to Meridian Wire.')).toEqual([['Meridian Wire', 'according to Meridian Wire']]);
    expect(borrowed('The Financial Times reported on Monday that talks had stalled.')).toEqual([['Financial Times', 'The Financial Times reported']]);
    expect(borrowed('As the Harbor Ledger reported last week, the cranes arrived in May.')).toEqual([['Harbor Ledger', 'As the Harbor Ledger reported']]);
    expect(borrowed('"We will not move," the minister told the Associated Press.')).toEqual([['Associated Press', 'told the Associated Press']]);
  });

  it('drops the agency description and keeps offsets on the cue', () => {
    const t = 'Two ships were turned back, according to the Xinhua news agency.';
    const [b] = findBorrowedReporting(t, findMentions(t));
    expect(b!.outlet).toBe('Xinhua');
    expect(t.slice(b!.start, b!.end)).toBe('according to the Xinhua news agency');
  });

  it('ignores people, officials and reporters', () => {
    expect(borrowed('The bridge will reopen in June, according to Mayor Anna Brandt.')).toEqual([]);
    expect(borrowed('"It is over," Volkov told reporters.')).toEqual([]);
    expect(borrowed('According to the Interior Ministry, 3,400 people were evacuated.')).toEqual([]);
  });

  it('skips the publishing outlet naming itself', () => {
    const t = 'Lund told the Ledger that the union would not return to talks.';
    expect(findBorrowedReporting(t, findMentions(t), ['The Harbor Ledger'])).toEqual([]);
    expect(findBorrowedReporting(t, findMentions(t)).map((b) => b.outlet)).toEqual(['Ledger']);
  });

  it('does not run an outlet name over a paragraph break', () => {
    const t = 'Volkov told the Courier.\n\nThe Interior Ministry said nothing.';
    expect(borrowed(t)).toEqual([['Courier', 'told the Courier']]);
  });
});
