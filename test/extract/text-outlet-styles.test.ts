// Scraped pages of outlet styles the earlier rules had not met: agency feed items, podcast pages, translated
// papers, live match blogs, reader-funded investigations, local TV pages and digest newsletters.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { LINE_RULES, type LineContext } from '../../src/extract/text-rules/index.js';
import { doc } from './helpers.js';

const ctx: LineContext = { index: 9, title: null, previousReason: null, proseBefore: 3, isHeading: false, plainText: true };
const reasonFor = (line: string, c: Partial<LineContext> = {}) => LINE_RULES.find((r) => r.matches(line, { ...ctx, ...c }))?.reason ?? null;
const extract = (body: string) => extractDocument(doc('text', body));

describe('outlet-style line rules', () => {
  it.each([
    ['(Reporting by Sanne Vik; Editing by Olaf Brenn)', 'reporting-credit'],
    ['ENDS', 'page-footer'],
    ['-30-', 'page-footer'],
    ['Keywords: FERRY/FARES (UPDATE 1)', 'tags'],
    ['0:00 / 31:07', 'widget'],
    ['Video player is loading.', 'widget'],
    ['Auto-update on', 'widget'],
    ['Load earlier posts', 'widget'],
    ["Read Mara's investigation: The quarry that kept digging", 'read-more'],
    ['This interview has been edited for length and clarity.', 'editor-note'],
    ['The Early Shift is produced by Lena Holt and Bram Oyelaran. Music by Saltwire.', 'reporting-credit'],
    ['Our executive producer is Idris Kaan.', 'reporting-credit'],
    ['Subscribe to The Early Shift wherever you get your podcasts.', 'subscribe-prompt'],
    ['More episodes', 'related-links'],
    ['Translated from Polish by Ewa Lis', 'credit'],
    ['Originally published in Polish in Gazeta Dolna on 3 March 2026.', 'reporting-credit'],
    ['Become a supporter', 'promo'],
    ['Ferndale Lens is funded by readers. Stories like this take months: become a supporter from £4 a month.', 'promo'],
    ['Join the conversation (17 comments)', 'comment-widget'],
    ['To join the discussion, please log in.', 'comment-widget'],
    ['SPONSORED · Alder Credit Union: Holiday saver accounts now open.', 'advertisement'],
    ['Spotted something newsworthy? Upload your pictures at our website.', 'tip-prompt'],
    ['Share: Facebook · X · E-mail', 'share-prompt'],
    ['Snow covers the car park at Redwick station on Sunday. (WKVN)', 'caption'],
  ])('%s -> %s', (line, reason) => {
    expect(reasonFor(line)).toBe(reason);
  });

  it.each([
    'The alliance will meet again in March, according to the North Atlantic Treaty Organization (NATO).',
    'The story ends there, for now, said the museum director.',
    'Translated into plain numbers, the council is short of £4m.',
    'The network was first published by volunteers in 2011 and now has 40,000 readers.',
    'Readers can donate books at the library desk until Friday, the council said.',
    '14:05',
    "67'",
    'Full-time',
  ])('keeps prose and live markers: %s', (line) => {
    expect(reasonFor(line)).toBeNull();
  });

  it('reads the bio of a host or of a writer who "has covered" a beat', () => {
    expect(reasonFor('Lena Holt hosts The Early Shift and has reported on transport since 2015.', { authors: ['Lena Holt'] })).toBe('author-bio');
    expect(reasonFor('Bram Oyelaran has covered Redwick Rovers for the Courier since 2020.', { authors: ['Bram Oyelaran'] })).toBe('author-bio');
  });
});

describe('outlet-style pages', () => {
  it('takes the writer of an agency feed item from its parenthesised credit and ends the copy at ENDS', () => {
    const out = extract(`BC-TARNE-FERRY-FARES/1ST LD
PRIORITY: ROUTINE
Tarne ferry fares to rise 8% from March, operator says
Mar 2, 2026 09:10 GMT
LISSEL, Tarne, March 2 (Corvid Press) - Tarne's state ferry operator will raise fares by 8% from March 1, it said on Monday, blaming higher fuel and crew costs after a two-year freeze.
The increase will add about 3 euros to a return crossing for a car and driver on the busiest routes to the outer islands.
Island councils said the rise would hit residents who rely on the ferries for work, school and hospital visits.
(Reporting by Sanne Vik; Editing by Olaf Brenn)
ENDS
Keywords: TARNE FERRY/FARES
For licensing, contact Corvid Client Services.`);
    expect(out.authors).toEqual(['Sanne Vik']);
    expect(out.paragraphs.at(-1)).toMatch(/^Island councils said/);
  });

  it('keeps a translated article\'s headline over its translator credit and drops the reprint note', () => {
    const out = extract(`Gazeta Dolna — English edition
Home | Region | Economy | Culture | Polski
Old tram depot in Dolny to become a food market
The city has sold the 1904 depot to a cooperative of 40 traders, who plan to open in spring 2027
Ewa Lis
03.03.2026 08:15
Translated by Marek Nowak
DOLNY, March 3 (Gazeta Dolna) – The city council has sold the old tram depot on Kolejowa Street to a cooperative of 40 food traders, who plan to open a covered market there in spring 2027.
The cooperative paid 6.1 million zloty and has promised to keep the brick facade and the original roof trusses.
"This building fed the city's trams for eighty years. Now it will feed the city," said the cooperative's chair, Jan Kowal.
Originally published in Polish in Gazeta Dolna on 2 March 2026.
Tags: Dolny, markets, heritage`);
    expect(out.title).toBe('Old tram depot in Dolny to become a food market');
    expect(out.authors).toEqual(['Ewa Lis']);
    expect(out.paragraphs.join('\n')).not.toMatch(/Translated by|Originally published/);
  });

  it('keeps a live blog\'s match stages and the update under each minute, and drops its controls', () => {
    const out = extract(`Redwick Courier
Redwick Rovers v Holm United: Shield semi-final – live
Follow every kick as Rovers chase a first final in twelve years
Bram Oyelaran
Saturday 7 March 2026 17:01
Auto-update on
Refresh
Full-time
Rovers are through after a nervy finish. Holm hit the post in the last minute but the home side held on to win 1-0.
Share
74'
Booking for Holm midfielder Theo Grant, who drags back Adeyemi on the counter.
Share
31'
GOAL! Kasia Adeyemi sweeps in from twelve yards after the Holm keeper could only parry a long shot. 1-0 Rovers.
Share
Load earlier posts
Bram Oyelaran has covered Redwick Rovers for the Courier since 2020.
More Redwick Rovers
Rovers extend manager's contract until 2028
Join the conversation (17 comments)`);
    const text = out.paragraphs.join('\n');
    expect(out.paragraphs).toContain('Full-time');
    expect(text).toContain('Booking for Holm midfielder Theo Grant');
    expect(text).not.toMatch(/Auto-update|Load earlier posts|has covered Redwick|Join the conversation/);
  });

  it('removes a reader-funding box inside an investigation and keeps its "How we reported this" box', () => {
    const out = extract(`FERNDALE LENS
Investigations  Data  About  Donate
The quarry that kept digging: how a permit for ten years became thirty
Morrow Aggregates kept extracting stone from Hale Ridge long after its permit lapsed, records show.
Mara Quinn
4 March 2026
How we reported this
Ferndale Lens reviewed 900 pages of planning records and site inspections and interviewed 14 residents and former workers. Morrow Aggregates was given two weeks to respond.
Chapter 1: The permit
The permit granted in 1996 allowed extraction at Hale Ridge until 2006. An extension was requested in 2005 but never decided, according to county records.
Support our journalism
Ferndale Lens is funded by readers, not advertisers. Stories like this take months: become a supporter from £4 a month.
Become a supporter
Chapter 2: The blasting
Residents on Hale Lane logged 212 blasts between 2019 and 2025, and cracks appeared in at least nine houses, according to surveys they commissioned.
Mara Quinn is Ferndale Lens's environment reporter.`);
    const text = out.paragraphs.join('\n');
    expect(text).toContain('How we reported this');
    expect(text).toContain('Chapter 2: The blasting');
    expect(text).not.toMatch(/funded by readers|Become a supporter|Support our journalism/);
  });

  it('strips a podcast page\'s player, credits and episode list but keeps its notes and transcript', () => {
    const out = extract(`Redwick Courier
The Early Shift · Episode 88
Why Redwick's night buses stopped running
The council cut the routes to save £400,000. Our transport reporter asks who pays the price.
Hosted by Lena Holt
March 5, 2026 · 19 min
0:00 / 19:02
Show notes
Redwick's four night bus routes stopped in January after the council withdrew its subsidy, leaving shift workers at the hospital and the distribution park without a way home.
Read Lena's investigation: The last bus home
Transcript excerpt
LENA HOLT: Who was on these buses at two in the morning?
BRAM OYELARAN: Mostly nurses, cleaners and warehouse staff finishing late shifts, the people who keep the city running overnight.
This transcript has been edited for length and clarity.
The Early Shift is produced by Bram Oyelaran. Music by Saltwire.
Lena Holt hosts The Early Shift and has reported on transport since 2015.
Subscribe to The Early Shift wherever you get your podcasts.
More episodes
Episode 87: The pool that never reopened
Episode 86: Inside the new youth court`);
    const text = out.paragraphs.join('\n');
    expect(out.authors).toEqual(['Lena Holt']);
    expect(text).toContain('LENA HOLT: Who was on these buses');
    expect(text).toContain('Show notes');
    expect(text).not.toMatch(/0:00|Read Lena's|edited for length|produced by|hosts The Early Shift|wherever you get|More episodes|Episode 8\d/);
  });

  it('splits a digest\'s calendar into one segment per day even when two days share a place name', () => {
    const out = extract(`The Fenmoor Weekly — Week of March 2, 2026
By Oona Platt
Top story: Fenmoor library extension
The county approved a £2.4m extension to Fenmoor Library on Tuesday, adding a children's wing and a study room that will open in autumn 2027.
Work starts in May and the library will stay open throughout, the county said.
The week ahead
Monday: Fenmoor parish council debates a 20 mph limit on the High Street.
Thursday: Drop-in session on the Fenmoor flood plan at the village hall, 4-7 p.m.
Quick hits
• The Wensley footbridge reopened after repairs.
• Free compost bins are available from the county depot this month.`);
    const calendar = out.segments.filter((s) => s.paragraphs.some((p) => /^(Monday|Thursday):/.test(p)));
    expect(calendar).toHaveLength(2);
  });
});
