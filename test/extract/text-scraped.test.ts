import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { doc } from './helpers.js';

// A saved page in the shape many scrapers produce: masthead, menu, title twice, "Name | Date", widgets, tail.
const SCRAPE = `Skip to content
Brennar Daily | News | Valley | Business | Sport
Sign in

Night ferry returns to Osterholm after two-year pause
Jonas Freel | May 4, 2026

Share on Facebook
Follow us on X

Night ferry returns to Osterholm after two-year pause

OSTERHOLM — The night ferry between Osterholm and the mainland sailed again on Monday for the first time in two years, carrying 212 passengers and a brass band.

The operator, Skerry Lines, said the service would run four nights a week until September and daily in the summer holidays.Read more

Slide 2 of 5
Passengers board at the west pier. (Brennar Photo Desk)

Read more: Osterholm council votes to keep ferry subsidy

"We waited a long time for this," said harbour master Ilse Voss, who cut a ribbon on the gangway before departure.

Share on Facebook
Follow us on X

Subscribe to our newsletter
Get the best of Brennar Daily in your inbox every morning.

More from Brennar Daily
Harbour dredging to start in June
Valley bus timetable changes

View comments
Leave a reply

Jonas Freel is Brennar Daily's transport correspondent.

Up next
Quarry expansion plan goes to public hearing
The county will hold two hearings on the plan in June...
Read more

Back to top
© 2026 Brennar Daily`;

describe('scraped plain text with page chrome', () => {
  const out = extractDocument(doc('text', SCRAPE));
  const reasonOf = (text: string) => out.removed.find((r) => r.text.startsWith(text))?.reason;

  it('reads title, author, date and outlet from the chrome', () => {
    expect(out.title).toBe('Night ferry returns to Osterholm after two-year pause');
    expect(out.authors).toEqual(['Jonas Freel']);
    expect(out.published).toBe('2026-05-04');
    expect(out.publisher).toBe('Brennar Daily');
  });

  it('keeps exactly the article paragraphs, with a glued toggle cut off', () => {
    expect(out.paragraphs).toHaveLength(3);
    expect(out.paragraphs[0]).toMatch(/^OSTERHOLM — The night ferry/);
    expect(out.paragraphs[1]).toMatch(/summer holidays\.$/);
    expect(out.paragraphs[2]).toMatch(/^"We waited a long time/);
  });

  it('names every removal', () => {
    expect(reasonOf('Skip to content')).toBe('navigation');
    expect(reasonOf('Brennar Daily | News')).toBe('navigation');
    expect(reasonOf('Jonas Freel | May 4')).toBe('byline');
    expect(reasonOf('Passengers board')).toBe('gallery-caption');
    expect(reasonOf('Read more: Osterholm')).toBe('read-more');
    expect(reasonOf('Get the best of')).toBe('subscribe-prompt');
    expect(reasonOf('Jonas Freel is')).toBe('author-bio');
    expect(reasonOf('Up next')).toBe('teaser');
    expect(reasonOf('Quarry expansion')).toBe('teaser');
    expect(reasonOf('The county will hold')).toBe('teaser');
    expect(reasonOf('© 2026')).toBe('copyright');
    // The headline becomes the title, removed from the body once; its other copies go too, whatever the rule.
    expect(out.removed.filter((r) => r.reason === 'title')).toHaveLength(1);
    expect(out.paragraphs.some((p) => p === out.title)).toBe(false);
  });

  it('removes a menu of labels and a masthead line, and reads the date line under a "By" byline', () => {
    const body = `Osterholm Courier
Sign in
News  Island  Harbour  Sport  Weather

Harbour master retires after 31 years
By Mara Lindqvist
May 6, 2026 4:45 p.m.

Harbour master Ilse Voss will retire in August after 31 years, the port board said on Wednesday.

The board will name her successor in July, its chairman told reporters after the meeting.

More from Osterholm Courier
Ferry timetable for the summer

© 2026 Osterholm Courier`;
    const out2 = extractDocument(doc('text', body));
    expect(out2.title).toBe('Harbour master retires after 31 years');
    expect(out2.publisher).toBe('Osterholm Courier');
    expect(out2.authors).toEqual(['Mara Lindqvist']);
    expect(out2.published).toBe('2026-05-06');
    expect(out2.paragraphs).toHaveLength(2);
    expect(out2.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['masthead', 'navigation', 'dateline']));
  });

  it('removes an unrelated story printed after the end of the article', () => {
    const body = `Library extends opening hours

The central library will open until 9 p.m. on weekdays from June, the council said on Tuesday.

Readers had asked for later hours in a survey last autumn, a council spokeswoman said.

Subscribe to our newsletter
View comments

Bridge repairs delayed again
Transport
Repairs to the Sund bridge will not finish before October, the highways agency said, blaming a shortage of steel.

Drivers will face a single lane until then, with a 30 km/h limit on the span.`;
    const out3 = extractDocument(doc('text', body));
    expect(out3.paragraphs).toEqual([
      'The central library will open until 9 p.m. on weekdays from June, the council said on Tuesday.',
      'Readers had asked for later hours in a survey last autumn, a council spokeswoman said.',
    ]);
    expect(out3.removed.filter((r) => r.reason === 'teaser').map((r) => r.text)).toHaveLength(4);
  });

  it('keeps a mid-article sign-up prompt from ending the article', () => {
    const body = `Rail line reopens

Trains returned to the coast line on Friday after a landslide closed it for nine days, the operator said.

Subscribe to our newsletter

Engineers worked through the night to stabilise the embankment above the tunnel mouth, it added.

A full timetable resumes on Monday, when extra carriages will be added to the morning trains.`;
    const out4 = extractDocument(doc('text', body));
    expect(out4.paragraphs).toHaveLength(3);
  });

  it('drops a line printed twice but keeps distinct paragraphs', () => {
    const body = `Council backs new cycle lanes

The council approved four new cycle lanes on Tuesday.

The council approved four new cycle lanes on Tuesday.

Work on the first lane begins in June, the council said.`;
    const out5 = extractDocument(doc('text', body));
    expect(out5.paragraphs).toEqual(['The council approved four new cycle lanes on Tuesday.', 'Work on the first lane begins in June, the council said.']);
    expect(out5.removed.map((r) => r.reason)).toContain('repeated-line');
  });
});

describe('corpus boilerplate context', () => {
  it('removes lines the caller marks as the outlet\'s boilerplate', () => {
    const body = `Rates held at 3 percent\n\nThe central bank left its main rate unchanged on Thursday.\n\nOur journalism is funded by readers like you, every single month.`;
    const out = extractDocument(doc('text', body), { boilerplateLines: new Set(['Our journalism is funded by readers like you, every single month.']) });
    expect(out.paragraphs).toEqual(['The central bank left its main rate unchanged on Thursday.']);
    expect(out.removed.at(-1)).toEqual({ text: 'Our journalism is funded by readers like you, every single month.', reason: 'repeated-across-outlet' });
  });
});

describe('headline of a scraped page', () => {
  it('is the headline-like line just above the lead, not the account links, promos or caption around it', () => {
    const body = [
      'Sign in | Register',
      'Keep local news alive — subscribe today',
      'Local News > Harbour',
      'Harbour pilots win pay deal after two-week dispute',
      'By Tessa Marlow',
      'June 3, 2026',
      'A pilot boat leaves the north mole at dawn. Photograph: Ivo Renn/The Quayside Mercury',
      'Harbour pilots at Port Avel accepted a new pay deal on Tuesday, ending a two-week dispute that had forced tankers to wait outside the breakwater for up to a day.',
      'The agreement raises night-shift rates by 9 percent and adds a fourth pilot to each weekend rota, the pilots’ association said.',
    ].join('\n');
    const out = extractDocument({
      id: 'd_pilots', key: 'pilots.txt', source: 'pilots.txt', format: 'text', bodyType: 'text', body, hints: {}, ingestedAt: '',
    });
    expect(out.title).toBe('Harbour pilots win pay deal after two-week dispute');
    expect(out.paragraphs[0]).toMatch(/^Harbour pilots at Port Avel accepted/);
    expect(out.paragraphs.join('\n')).not.toMatch(/Sign in|subscribe today|Local News >|Harbour pilots win pay deal/);
  });
});

describe('scraped page tail and repeats', () => {
  it('removes a pull quote printed again inside a paragraph, keeping the paragraph', () => {
    const body = [
      'Island keepers guard the last native bees',
      'For most of the last century the island kept its bees pure, because no one brought hives across the water.',
      '“If we lose these bees, we lose something nobody can buy back.”',
      '"It is not about keeping people out," says Callum Brodie, the group\'s secretary. "If we lose these bees, we lose something nobody can buy back."',
    ].join('\n');
    const out = extractDocument(doc('text', body));
    expect(out.paragraphs).toHaveLength(2);
    expect(out.removed).toContainEqual({ text: '“If we lose these bees, we lose something nobody can buy back.”', reason: 'repeated-line' });
  });

  it('ends the article at the page footer, removing an unrelated story printed after it', () => {
    const body = [
      'Crews contain warehouse fire on Portwick waterfront',
      'PORTWICK, Minn. (WPKT) — Firefighters contained a large fire at a vacant warehouse on the Portwick waterfront early Thursday, the fire department said.',
      'More than 40 firefighters from Portwick and two neighboring towns fought the blaze for nearly three hours before it was under control.',
      'The cause of the fire is under investigation, and Harbor Avenue will stay closed through the morning commute.',
      'Copyright 2026 Lakeshore Media Group. All rights reserved.',
      'Portwick school board approves four-day week pilot',
      'Education',
      'The Portwick school board voted 5-2 on Wednesday night to try a four-day school week at two rural elementary schools starting in the fall.',
      'Parents who spoke at the meeting were split, with several asking how families would find child care on Fridays.',
    ].join('\n');
    const out = extractDocument(doc('text', body));
    expect(out.paragraphs).toHaveLength(3);
    expect(out.paragraphs[0]).toMatch(/^PORTWICK, Minn\. \(WPKT\) — /);
    expect(out.removed.filter((r) => r.reason === 'teaser')).toHaveLength(4);
  });
});

describe('scraped pages with no article', () => {
  it('gives an error page no text, with the reason', () => {
    const body = 'Riverglen Tribune\nNews | Sport | Opinion\n404\nPage not found\nSorry, the page you are looking for does not exist or has moved.\nGo to the home page\n© 2026 Riverglen Tribune';
    const out = extractDocument(doc('text', body));
    expect(out.paragraphs).toEqual([]);
    expect(out.removed.map((r) => r.reason)).toContain('no-main-text');
  });

  it('gives an index of headlines no text, but keeps a two-line brief', () => {
    const index = [
      'Riverglen Tribune',
      'Latest news',
      'Council admits billing error hit 2,000 homes',
      'Water rates to rise 4% next year, council says',
      'School board names new superintendent for the district',
      'Bakery wins national pie award for the third year',
      'Bridge repairs delayed until October after steel shortage',
    ].join('\n');
    const out = extractDocument(doc('text', index));
    expect(out.paragraphs).toEqual([]);
    expect(out.removed).toHaveLength(1);
    expect(out.removed[0]!.reason).toBe('no-main-text');
    const brief = extractDocument(doc('text', 'Council backs cycle lanes\nThe council approved four new cycle lanes on Tuesday after a long debate.\nWork begins in June.'));
    expect(brief.paragraphs).toHaveLength(2);
  });
});

describe('scraped Markdown pages', () => {
  it('drops the menu above the title and reads the name and date under it', () => {
    const md = [
      '[Skip to content](#main)',
      '',
      '- [Home](https://ex.example/)',
      '- [News](https://ex.example/news)',
      '',
      '# Harbour pilots win pay deal after two-week dispute',
      '',
      'Tessa Marlow',
      '',
      'June 3, 2026',
      '',
      '[Share on Facebook](https://facebook.example/x) [Share on X](https://x.example/x)',
      '',
      'Harbour pilots at Port Avel accepted a new pay deal on Tuesday, ending a two-week dispute that had forced tankers to wait outside the breakwater.',
      '',
      '- night rates rise by 9 percent',
      '- a fourth pilot on weekend rotas',
    ].join('\n');
    const out = extractDocument(doc('markdown', md));
    expect(out.title).toBe('Harbour pilots win pay deal after two-week dispute');
    expect(out.authors).toEqual(['Tessa Marlow']);
    expect(out.published).toBe('2026-06-03');
    expect(out.paragraphs).toEqual([
      'Harbour pilots at Port Avel accepted a new pay deal on Tuesday, ending a two-week dispute that had forced tankers to wait outside the breakwater.',
      '- night rates rise by 9 percent',
      '- a fourth pilot on weekend rotas',
    ]);
  });
});
