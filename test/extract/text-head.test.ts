import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { doc } from './helpers.js';

const LEAD =
  'The harbour board voted on Tuesday to dredge the east channel before the autumn storms, after two cargo ships ran aground there in a month.';
const SECOND = 'Work will start in August and take about six weeks, the board said, at a cost of 3.1 million.';

const page = (...head: string[]): string => [...head, LEAD, SECOND].join('\n');
const reasonOf = (out: ReturnType<typeof extractDocument>, text: string) => out.removed.find((r) => r.text === text)?.reason;

describe('head of a scraped page: headline, dek, byline and dates', () => {
  it('reads a bare name line beside a date, and keeps the dek under the headline', () => {
    const out = extractDocument(
      doc('text', page('Menu', 'Harbour board orders dredging of east channel', 'Ships have run aground twice since June and pilots want the work done before winter', 'Colm Aderley', 'May 12, 2026', 'Share', 'Save')),
    );
    expect(out.title).toBe('Harbour board orders dredging of east channel');
    expect(out.authors).toEqual(['Colm Aderley']);
    expect(out.published).toBe('2026-05-12');
    expect(out.paragraphs).toEqual(['Ships have run aground twice since June and pilots want the work done before winter', LEAD, SECOND]);
    expect(reasonOf(out, 'Colm Aderley')).toBe('byline');
    expect(reasonOf(out, 'May 12, 2026')).toBe('dateline');
  });

  it('reads "By X and Y | Updated ...", a name run into a job title, and "Posted on DATE by NAME"', () => {
    const a = extractDocument(doc('text', page('Harbour board orders dredging of east channel', 'By Dana Ortell and Mika Juro | Updated May 20, 2026, 6:14 p.m. ET')));
    expect(a.authors).toEqual(['Dana Ortell', 'Mika Juro']);
    expect(a.published).toBe('2026-05-20');
    const b = extractDocument(doc('text', page('Harbour board orders dredging of east channel', 'Bethan Crowe Local Democracy Reporter', '06:00, 24 FEB 2026', 'Updated 08:31, 25 FEB 2026')));
    expect(b.authors).toEqual(['Bethan Crowe']);
    expect(b.published).toBe('2026-02-24');
    const c = extractDocument(doc('text', page('Harbour board orders dredging of east channel', 'Posted on March 9, 2026 by Gretchen Olway')));
    expect(c.authors).toEqual(['Gretchen Olway']);
    expect(c.published).toBe('2026-03-09');
  });

  it('keeps the original date over the update stamp, and takes a photographer for no author', () => {
    const out = extractDocument(
      doc('text', page('Harbour board orders dredging of east channel', 'Written by Amal Sørby', 'Photography by Ruben Teague', 'Updated: Jun 12, 2026 / 09:15 AM CDT', 'Posted: Jun 11, 2026 / 06:48 AM CDT', 'Reading time: 9 minutes')),
    );
    expect(out.authors).toEqual(['Amal Sørby']);
    expect(out.published).toBe('2026-06-11');
    expect(reasonOf(out, 'Photography by Ruben Teague')).toBe('image-credit');
    expect(reasonOf(out, 'Reading time: 9 minutes')).toBe('reading-time');
  });

  it('takes a name beside a job title, but never a masthead or a button for a writer', () => {
    const out = extractDocument(
      doc('text', page('KRN News', 'Harbour board orders dredging of east channel', '3 June 2026', 'Play Video', 'Ilse Marten', 'Health correspondent, KRN News')),
    );
    expect(out.title).toBe('Harbour board orders dredging of east channel');
    expect(out.authors).toEqual(['Ilse Marten']);
    expect(out.paragraphs).toEqual([LEAD, SECOND]);
  });

  it('does not take an outlet or a title with its date for a writer', () => {
    const out = extractDocument(doc('text', page('Lakeland Radio News Brief — Friday 15 May 2026', 'With Sunita Rowe')));
    expect(out.title).toBe('Lakeland Radio News Brief — Friday 15 May 2026');
    expect(out.authors).toEqual(['Sunita Rowe']);
    expect(out.published).toBe('2026-05-15');
  });

  it('prefers the headline the page prints twice, and the line above a long dek', () => {
    const twice = extractDocument(doc('text', page('News Business Sport Opinion Obituaries E-edition', 'Harbour board orders dredging of east channel', 'Hannah Oduya', 'Aug 21, 2026 Updated Aug 22, 2026', 'Harbour board orders dredging of east channel')));
    expect(twice.title).toBe('Harbour board orders dredging of east channel');
    expect(twice.published).toBe('2026-08-21');
    expect(twice.paragraphs).toEqual([LEAD, SECOND]);
    expect(twice.removed.map((r) => r.reason)).toContain('title-repeated');
    const dek = extractDocument(doc('text', page('Harbour board orders dredging of east channel', 'Ships have run aground twice since June and pilots want the work done before winter', 'By Tessa Marlow')));
    expect(dek.title).toBe('Harbour board orders dredging of east channel');
  });

  it('parses "X reported from Y" after the article when no byline names the writer', () => {
    const out = extractDocument(
      doc('text', ['Harbour board orders dredging of east channel', LEAD, SECOND, 'Dana Ortell reported from Harrowgate; Teodor Vance contributed reporting.'].join('\n')),
    );
    expect(out.authors).toEqual(['Dana Ortell']);
    expect(reasonOf(out, 'Dana Ortell reported from Harrowgate; Teodor Vance contributed reporting.')).toBe('reporting-credit');
    expect(out.paragraphs).toEqual([LEAD, SECOND]);
  });

  it('does not take a headline that mentions an editor, or a bare job title, for a byline', () => {
    const out = extractDocument(doc('text', page('Editor quits after row over reporter story', 'Local Democracy Reporter', 'Sam Tyrell', '28 Jan 2026')));
    expect(out.title).toBe('Editor quits after row over reporter story');
    expect(out.authors).toEqual(['Sam Tyrell']);
    expect(out.removed).toContainEqual({ text: 'Local Democracy Reporter', reason: 'byline' });
  });

  it('takes a headline set in capitals when a byline sits right under it, not the capitalised masthead', () => {
    const out = extractDocument(doc('text', page('WPKT NEWS', 'COUNCIL APPROVES NEW BUDGET AFTER LATE VOTE', 'By Tessa Nyland', 'June 11, 2026')));
    expect(out.title).toBe('COUNCIL APPROVES NEW BUDGET AFTER LATE VOTE');
    expect(out.authors).toEqual(['Tessa Nyland']);
    expect(out.paragraphs).toEqual([LEAD, SECOND]);
  });
});
