import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { NEWSLETTER_MARKDOWN, SCRAPED_TEXT } from './fixtures.js';
import { doc } from './helpers.js';

describe('extractDocument on scraped plain text', () => {
  const out = extractDocument(doc('text', SCRAPED_TEXT));

  it('takes the first line as title, the byline as authors and the dateline as date', () => {
    expect(out.title).toBe('Harbour city votes to rebuild its flood walls');
    expect(out.authors).toEqual(['Maria Ostrova']);
    expect(out.published).toBe('2024-03-05');
  });

  it('keeps only the article paragraphs, one per line', () => {
    expect(out.paragraphs).toHaveLength(3);
    expect(out.paragraphs[1]).toMatch(/^"We cannot ask/);
  });

  it('removes each boilerplate line with its rule reason', () => {
    const byText = Object.fromEntries(out.removed.map((r) => [r.text, r.reason]));
    expect(byText).toMatchObject({
      'Harbour city votes to rebuild its flood walls': 'title',
      'By Maria Ostrova': 'byline',
      'Published March 5, 2024 08:30 GMT': 'dateline',
      'Share on Facebook': 'share-prompt',
      'Follow us on X': 'share-prompt',
      'Slide 2 of 7': 'carousel-counter',
      'Photo: Lena Park/Coastal Ledger': 'image-credit',
      Advertisement: 'advertisement',
      'Read more': 'read-more',
      'Subscribe to our newsletter': 'subscribe-prompt',
      'Related articles': 'related-links',
      'Storm damage bill tops $60 million': 'related-links',
      'Ferry timetable changes for spring': 'related-links',
      'View comments': 'comment-widget',
      'Back to top': 'back-to-top',
    });
    expect(out.removed).toHaveLength(15);
  });

  it('uses a title hint instead of guessing, and still drops the repeated line', () => {
    const hinted = extractDocument(doc('text', SCRAPED_TEXT, { title: 'Harbour city votes to rebuild its flood walls', authors: ['Ledger Staff'] }));
    expect(hinted.authors).toEqual(['Ledger Staff']);
    expect(hinted.removed).toContainEqual({ text: 'Harbour city votes to rebuild its flood walls', reason: 'title-repeated' });
    expect(hinted.paragraphs).not.toContain('Harbour city votes to rebuild its flood walls');
  });

  it('joins hard-wrapped lines and splits paragraphs on blank lines', () => {
    const body = [
      'Tide gauges along the northern coast recorded the highest water levels in',
      'forty years on Sunday night, the national weather service said in its',
      'morning update.',
      '',
      'Emergency crews closed two coastal roads.',
    ].join('\n');
    const out2 = extractDocument(doc('text', body, { title: 'Storm surge' }));
    expect(out2.paragraphs).toEqual([
      'Tide gauges along the northern coast recorded the highest water levels in forty years on Sunday night, the national weather service said in its morning update.',
      'Emergency crews closed two coastal roads.',
    ]);
  });

  it('keeps prose that merely starts like a prompt', () => {
    const body = 'Share prices in the harbour authority fell by a third after the council vote, traders said on Wednesday.\nBy noon the crowd outside the council chamber had grown to several hundred people holding placards.';
    const out3 = extractDocument(doc('text', body, { title: 'Vote' }));
    expect(out3.paragraphs).toHaveLength(2);
    expect(out3.removed).toEqual([]);
  });
});

describe('extractDocument on Markdown', () => {
  const out = extractDocument(doc('markdown', NEWSLETTER_MARKDOWN));

  it('strips front matter, headings marks, emphasis, links and images', () => {
    expect(out.title).toBe('The Morning Briefing: three things to know today');
    expect(out.removed.map((r) => r.reason)).toEqual(['front-matter', 'title-repeated', 'newsletter-intro']);
    expect(out.paragraphs).toContain('Negotiators agreed late on Sunday on a spending plan that keeps public libraries open.');
    expect(out.paragraphs).toContain('A cold front reaches the coast tonight, with heavy rain in the hills.');
    expect(out.paragraphs.join('\n')).not.toMatch(/[#*_!\[\]]|train\.jpg/);
  });

  it('splits a newsletter at its section headings, keeping each heading with its section; the intro is no segment', () => {
    expect(out.segments.map((s) => s.paragraphs[0])).toEqual([
      'Budget deal reached',
      'Rail strike called off',
      'Weather',
    ]);
    expect(out.segments[1]!.paragraphs).toHaveLength(3);
  });

  it('does not split a normal article with subheadings', () => {
    const article = NEWSLETTER_MARKDOWN.replace('The Morning Briefing', 'Weekend').replace('In this issue:', 'Today:');
    expect(extractDocument(doc('markdown', article)).segments).toHaveLength(1);
  });

  it('keeps list markers and splits at "* * *" separators', () => {
    const md = 'Residents raised three points:\n\n- parking\n- noise at night\n\n* * *\n\nIn other news, the library reopens on Monday with longer hours.';
    const out2 = extractDocument(doc('markdown', md, { title: 'Notes' }));
    expect(out2.paragraphs).toEqual(['Residents raised three points:', '- parking', '- noise at night', 'In other news, the library reopens on Monday with longer hours.']);
    expect(out2.segments).toHaveLength(2);
  });
});

describe('explicit separators in plain text', () => {
  it.each(['* * *', '---', '###', '———'])('splits at %s', (sep) => {
    const body = `The port opened a new terminal on Monday.\n\n${sep}\n\nSchool budgets will be set next week.`;
    const out = extractDocument(doc('text', body, { title: 'Briefs' }));
    expect(out.segments).toEqual([{ paragraphs: ['The port opened a new terminal on Monday.'] }, { paragraphs: ['School budgets will be set next week.'] }]);
  });
});

describe('static-site Markdown', () => {
  it('drops template directives, even across paragraphs, and placeholders', () => {
    const body = [
      '---',
      'title: Ferry fares rise again on the Ilsen',
      'byline: Rosa Tenn',
      'date: 2026-08-02',
      '---',
      '',
      '$DATELINE$ Ferry operators on the lower Ilsen raised fares for the second time this year on Monday.',
      '',
      '{% include photo.html',
      '',
      '\tfile="/img/ferry.jpg"',
      '',
      '\tcaption="A ferry leaves the Lessing landing"',
      '%}',
      '',
      'Commuters said the increase would add about 40 thalers a month to their travel costs. {{ site.signoff }}',
    ].join('\n');
    const doc = extractDocument({
      id: 'd_ferry',
      key: 'ferry.md',
      source: 'ferry.md',
      format: 'markdown',
      bodyType: 'markdown',
      body,
      hints: {},
      ingestedAt: '2026-08-02T10:00:00Z',
    });
    expect(doc.paragraphs).toEqual([
      'Ferry operators on the lower Ilsen raised fares for the second time this year on Monday.',
      'Commuters said the increase would add about 40 thalers a month to their travel costs.',
    ]);
  });
});
