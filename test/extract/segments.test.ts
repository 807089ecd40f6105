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
