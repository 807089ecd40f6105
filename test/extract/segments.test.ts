import { describe, expect, it } from 'vitest';
import { findOutletBoilerplate, boilerplateSet } from '../../src/extract/corpus-boilerplate.js';
import { extractDocument } from '../../src/extract/index.js';
import { doc } from './helpers.js';

const NEWSLETTER_HTML = `<html lang="en"><head><title>The Evening Brief: harbour, budget, rail · Osterholm Courier</title></head><body>
<main><article><h1>The Evening Brief: harbour, budget, rail</h1>
<p>Good evening. It is Thursday, May 7. Tonight: a harbour deal, a budget vote and the rail line.</p>
<hr>
<h2>Harbour deal signed</h2>
<p>The port board signed a ten-year lease with Skerry Lines on Thursday, ending a dispute over berth fees that had run since January.</p>
<p>The line will pay 4 percent more per berth and take over maintenance of the west pier.</p>
<hr>
<h2>Budget vote delayed</h2>
<p>The county assembly put off its budget vote to next week after two members fell ill, the speaker said.</p>
<p>The draft keeps library funding flat and adds 2 million for road repairs.</p>
<hr>
<h2>Rail line reopens</h2>
<p>Trains returned to the coast line after a landslide closed it for nine days.</p>
<p>Extra carriages will run on the morning trains from Monday.</p>
<hr>
<p>That's all for tonight. See you tomorrow.</p>
<p>You are receiving this because you subscribed to the Evening Brief. Unsubscribe | Update preferences</p>
</article></main></body></html>`;

describe('segmentation of newsletters', () => {
  it('gives exactly the topic sections, without the greeting or the sign-off', () => {
    const out = extractDocument(doc('html', NEWSLETTER_HTML));
    expect(out.segments.map((s) => s.paragraphs[0])).toEqual(['Harbour deal signed', 'Budget vote delayed', 'Rail line reopens']);
    expect(out.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['newsletter-intro', 'newsletter-footer']));
    expect(out.paragraphs.join('\n')).not.toMatch(/Good evening|Unsubscribe|That's all/);
  });

  it('splits a text newsletter at plain section labels and each "In other news" item, keeping the lead item', () => {
    const body = `# Morning Briefing

Good morning. Here is what you need to know.

The assembly passed the flood fund late on Tuesday by 114 votes to 83, ending a week of argument over the bank levy.

Treasury officials said the first payments would reach Lessing within days.

## What to watch

The central bank sets rates on Thursday; most economists expect no change after the budget.

Markets will also watch the thaler, which has gained 2 percent this month.

## The week ahead

Kestria's prime minister visits Velmora on Friday for talks on the Gravna crossing.

The visit is his first since the accord was signed in March.

## In other news

- The Velmora film festival announced its jury.
- Port Hallam's new cranes passed their safety test.
- A heron colony returned to the Ilsen delta.`;
    const out = extractDocument(doc('markdown', body));
    expect(out.segments.map((s) => s.paragraphs[0])).toEqual([
      'The assembly passed the flood fund late on Tuesday by 114 votes to 83, ending a week of argument over the bank levy.',
      'What to watch',
      'The week ahead',
      'In other news',
      '- Port Hallam\'s new cranes passed their safety test.',
      '- A heron colony returned to the Ilsen delta.',
    ]);
    expect(out.segments[3]!.paragraphs).toEqual(['In other news', '- The Velmora film festival announced its jury.']);
  });

  it('keeps a one-topic article with subheads as one segment', () => {
    const body = `# How the flood warning failed

The alert reached Lessing at 4:10 a.m., three hours after the gauge upstream had shown the rise.

## The gauge

Readings from Harnsee were available from 1 a.m., the inquiry found.

The duty officer was handling two other alerts at the time.

## The alert

The national alert went out only when the local gauge passed its threshold.

Residents said the water was already in the streets.

## What changes

A second duty officer will be hired before the autumn rains.

The ministry will also read the Kestrian gauges directly.`;
    expect(extractDocument(doc('markdown', body)).segments).toHaveLength(1);
  });
});

describe('segmentation of plain-text newsletters', () => {
  const newsletter = [
    'View this email in your browser',
    'The Lantern: Week of October 5, 2026',
    'Curated by Idris Fenwick',
    'Hi all, and welcome back. A busy week in Kelmarsh: a strike vote, a new bridge and a very large pumpkin.',
    'The big story',
    'Bus drivers at Kelmarsh Transit will vote next week on whether to strike over shift patterns, after talks with the company broke down on Friday.',
    'If the vote passes, strikes could start on October 22 and would hit all 14 city routes. The company says it has offered a 5% pay rise.',
    'What else is happening',
    'The new footbridge over the Kell at Tanner\'s Wharf opens to the public on Saturday morning, three months late because of a fault in the lifting section.',
    'Kelmarsh Library is asking for old photographs of the market square for an exhibition planned for the spring.',
    'The week ahead',
    'Monday: the planning committee considers plans for 220 flats on the old dairy site on Cross Street.',
    'Wednesday: candidates for county mayor meet at a hustings in the Corn Exchange, 7 p.m.',
    'Port deal',
    'Dockworkers at Osprey Harbour accepted a three-year pay deal worth 14% after a ballot that closed at noon, ending the threat of a summer strike.',
    'In other news:',
    '– The Osprey Symphony Orchestra named Katya Orlov as its principal conductor.',
    '– A 19th-century shipwreck has been found in the estuary by divers.',
    "That's it from us this week. Reply to this email if you have a tip.",
    '— Idris',
    'Unsubscribe · Manage preferences',
  ].join('\n');

  it('splits at plain section heads, and a list section at each item on a new topic', () => {
    const out = extractDocument(doc('text', newsletter));
    expect(out.title).toBe('The Lantern: Week of October 5, 2026');
    expect(out.authors).toEqual(['Idris Fenwick']);
    expect(out.published).toBe('2026-10-05');
    expect(out.segments.map((s) => s.paragraphs[0])).toEqual([
      'The big story',
      'What else is happening',
      'Kelmarsh Library is asking for old photographs of the market square for an exhibition planned for the spring.',
      'The week ahead',
      'Wednesday: candidates for county mayor meet at a hustings in the Corn Exchange, 7 p.m.',
      'Port deal',
      'In other news:',
      '– A 19th-century shipwreck has been found in the estuary by divers.',
    ]);
    // One topic in two paragraphs stays one segment.
    expect(out.segments[0]!.paragraphs).toHaveLength(3);
    expect(out.paragraphs.join('\n')).not.toMatch(/Hi all|That's it|Idris$|Unsubscribe|View this email/m);
    expect(out.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['newsletter-intro', 'newsletter-footer']));
  });

  it('keeps a one-topic article with a "What to watch" subhead as one segment', () => {
    const body = [
      'Cairn derby: Rovers and Athletic meet with the title on the line',
      'Owen Pritchard',
      'Sat 9 May 2026 07.00 BST',
      'For the first time in 31 years, the Cairn derby will decide the league title. Rovers go into Saturday\'s game two points ahead of Athletic.',
      'Athletic have won their last seven matches, the longest run in the division this season.',
      'What to watch',
      'The contest in midfield will decide the game. Rovers\' captain Dylan Morcombe has missed only one match all season.',
      'Both sides have doubts in defence, and Athletic will wait until the morning of the game to decide on their goalkeeper.',
      'The history',
      'The two clubs have met 212 times since 1894. Rovers have won 88, Athletic 79, and the last derby at Strand Park finished 1-1.',
      'What they said',
      'Rovers manager Pete Hanlon said: "We know what a draw means, but we will not play for one. That is how you lose."',
      'Albright said: "The pressure is all on them. We will enjoy it."',
    ].join('\n');
    const out = extractDocument(doc('text', body));
    expect(out.authors).toEqual(['Owen Pritchard']);
    expect(out.segments).toHaveLength(1);
    expect(out.segments[0]!.paragraphs).toContain('What to watch');
  });
});

describe('findOutletBoilerplate', () => {
  const docs = [
    { outlet: 'Brennar Daily', lines: ['Ferry returns after two years.', 'Our journalism is funded by readers like you.', 'Our journalism is funded by readers like you.'] },
    { outlet: 'Brennar Daily', lines: ['Budget vote delayed to next week.', 'Our journalism is funded by readers like you.'] },
    { outlet: 'brennar daily', lines: ['Rail line reopens on Monday.', 'Our journalism is funded by readers like you!'] },
    { outlet: 'Osterholm Courier', lines: ['Our journalism is funded by readers like you.', 'Rail line reopens on Monday.'] },
    { outlet: null, lines: ['Our journalism is funded by readers like you.'] },
  ];

  it('returns lines repeated in at least N documents of the same outlet, counting each document once', () => {
    const found = findOutletBoilerplate(docs, 3);
    expect(found).toEqual([
      { outlet: 'brennar daily', key: 'our journalism is funded by readers like you', text: 'Our journalism is funded by readers like you.', documents: 3, reason: 'repeated-across-outlet' },
    ]);
    expect(findOutletBoilerplate(docs, 4)).toEqual([]);
  });

  it('gives a set that extractDocument accepts for that outlet only', () => {
    const found = findOutletBoilerplate(docs, 3);
    expect(boilerplateSet(found, 'Brennar Daily').size).toBe(1);
    expect(boilerplateSet(found, 'Osterholm Courier').size).toBe(0);
  });
});
