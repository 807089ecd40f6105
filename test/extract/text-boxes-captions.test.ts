// Rules added for the fourth held-out set of scraped pages: fact boxes, uncredited captions, sentence-case teasers,
// month-only issue dates, blog post furniture and sports bylines. All pages here are fictional.
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/extract/byline.js';
import { extractDocument } from '../../src/extract/index.js';
import { ownKind } from '../../src/extract/text-head.js';
import { inFactBox, isFactBoxHeader, promoBox, promoBoxEnd } from '../../src/extract/text-rules/fact-box.js';
import { LINE_RULES, type LineContext } from '../../src/extract/text-rules/index.js';
import { postNavigation } from '../../src/extract/text-rules/post-navigation.js';
import { isScoreline } from '../../src/extract/text-rules/scoreline.js';
import { isSentenceCaseHeadline, sentenceCaseTeaser, sharedWordShare } from '../../src/extract/text-rules/sentence-case-teaser.js';
import { sourceCredit } from '../../src/extract/text-rules/source-credit.js';
import { isUncreditedCaption, uncreditedCaption } from '../../src/extract/text-rules/uncredited-caption.js';
import { doc } from './helpers.js';

const base: LineContext = { index: 0, title: null, previousReason: null, proseBefore: 3, isHeading: false, plainText: true };
const reasonFor = (line: string, c: Partial<LineContext> = {}) => LINE_RULES.find((r) => r.matches(line, { ...base, ...c }))?.reason ?? null;
/** Context for lines[i] of a scraped page. */
const at = (lines: string[], i: number, c: Partial<LineContext> = {}): LineContext => ({
  ...base,
  index: i,
  previous: lines[i - 1] ?? null,
  next: lines[i + 1] ?? null,
  lines,
  ...c,
});

const LEAD = 'The Brannock ferry will stop running on Sundays from January, the operator said on Thursday, after losing its council subsidy.';
const MORE = 'Passengers on the island had collected 1,400 signatures against the cut, and the community council said it would appeal.';

describe('fact boxes', () => {
  const promo = [LEAD, 'Key dates', 'Consultation opens: 4 January', 'Public meeting: 18 January at Brannock Hall', 'Read our full ferry timetable guide', MORE];
  const summary = [LEAD, 'At a glance', 'Sunday sailings end on 10 January', 'About 90 passengers a week are affected', MORE];

  it('knows the labels of fact boxes', () => {
    expect(isFactBoxHeader('Key facts')).toBe(true);
    expect(isFactBoxHeader('At a glance')).toBe(true);
    expect(isFactBoxHeader('Key dates:')).toBe(true);
    expect(isFactBoxHeader('Key workers protest outside the depot')).toBe(false);
  });

  it('removes a box that ends by linking to another story, label, items and link', () => {
    expect(promoBoxEnd(promo, 1)).toBe(4);
    for (const i of [1, 2, 3, 4]) expect(promoBox.matches(promo[i]!, at(promo, i))).toBe(true);
    expect(promoBox.matches(MORE, at(promo, 5))).toBe(false);
  });

  it('keeps a box that sums up the article', () => {
    expect(promoBoxEnd(summary, 1)).toBe(-1);
    for (const i of [1, 2, 3]) expect(promoBox.matches(summary[i]!, at(summary, i))).toBe(false);
    expect(inFactBox(summary, 2)).toBe(true);
    expect(inFactBox(summary, 4)).toBe(false);
  });
});

describe('captions without a credit', () => {
  it.each([
    'Ferry deckhand Orla Quin, who has worked on the Sunday boat for twelve years.',
    'The slipway at Brannock pier at low tide, seen from the lifeboat station.',
    'Islanders queuing for the last Sunday sailing on the pier.',
    'Harbour master Ivo Stenn checks the mooring lines at the north quay.',
  ])('recognises %s', (line) => {
    expect(isUncreditedCaption(line)).toBe(true);
  });

  it.each([
    'The operator said it had lost £220,000 a year on the Sunday service.',
    'Shares in the operator fell 2% in early trading.',
    'He wants the council to reconsider before the new timetable is printed.',
    'More than 3,000 people live on the island all year round.',
    'Follow the Brannock Courier on Facebook for updates.',
    'The company now plans to sell one of its two boats in the spring.',
  ])('leaves prose alone: %s', (line) => {
    expect(isUncreditedCaption(line)).toBe(false);
  });

  it('needs the article prose around it, not a run of short sentences', () => {
    const page = [LEAD, 'Islanders queuing for the last Sunday sailing on the pier.', MORE];
    expect(uncreditedCaption.matches(page[1]!, at(page, 1))).toBe(true);
    const guide = ['Book early in the summer months.', 'Islanders queuing for the last Sunday sailing on the pier.', 'Arrive twenty minutes before departure.'];
    expect(uncreditedCaption.matches(guide[1]!, at(guide, 1))).toBe(false);
    // Present-tense prose all round (a guide, a product page): no past tense near the line.
    const present = [
      'Our crossing guide explains how the island ferry timetable works in every season of the year.',
      'Islanders queuing for the last Sunday sailing on the pier.',
      'Each sailing takes forty minutes and boats leave the pier on the hour from eight until six.',
    ];
    expect(uncreditedCaption.matches(present[1]!, at(present, 1))).toBe(false);
    expect(uncreditedCaption.matches(page[1]!, at(page, 1, { plainText: false }))).toBe(false);
  });
});

describe('sentence-case teasers inside the body', () => {
  const page = [
    LEAD,
    'Council to review harbour parking fees after complaints',
    'Traders told councillors the charges had cut visitor numbers by a fifth.',
    MORE,
  ];

  it('reads a sentence-case headline', () => {
    expect(isSentenceCaseHeadline('Council to review harbour parking fees after complaints')).toBe(true);
    expect(isSentenceCaseHeadline('Sunday sailings')).toBe(false);
    expect(isSentenceCaseHeadline('Council To Review Harbour Parking Fees After Complaints')).toBe(false);
  });

  it('removes the headline and its dek when their words are not the article', () => {
    expect(sharedWordShare(page[1]!, page, 1)).toBeLessThan(0.34);
    expect(sentenceCaseTeaser.matches(page[1]!, at(page, 1))).toBe(true);
    expect(sentenceCaseTeaser.matches(page[2]!, at(page, 2, { previousReason: 'teaser' }))).toBe(true);
  });

  it('keeps a subhead about the article itself, and a dek that carries the text on', () => {
    const subhead = [LEAD, 'Why the Brannock ferry subsidy was cut this year', 'The council said its transport budget had fallen by a third.', MORE];
    expect(sentenceCaseTeaser.matches(subhead[1]!, at(subhead, 1))).toBe(false);
    const carried = [LEAD, 'Council to review harbour parking fees after complaints', 'It said the charges had cut visitor numbers by a fifth.', MORE];
    expect(sentenceCaseTeaser.matches(carried[1]!, at(carried, 1))).toBe(false);
  });

  it('leaves a listing of headline and dek pairs alone', () => {
    const listing = [LEAD, 'Council to review harbour parking fees after complaints', 'Traders told councillors the charges had cut visitor numbers.', 'Lifeboat crew called out twice in one night', 'The crew rescued two kayakers near the point.', MORE];
    expect(sentenceCaseTeaser.matches(listing[3]!, at(listing, 3))).toBe(false);
    expect(sentenceCaseTeaser.matches(listing[1]!, at(listing, 1))).toBe(false);
  });
});

describe('blog, wire and results lines', () => {
  it('removes post navigation, WordPress thread headers, source credits and follow prompts', () => {
    expect(postNavigation.matches('← Previous: Gorse fires on the north moor', base)).toBe(true);
    expect(postNavigation.matches('Next post: The new pumps at Colley Drain →', base)).toBe(true);
    expect(postNavigation.matches('Next, the council will vote on the budget.', base)).toBe(false);
    expect(reasonFor('3 thoughts on “Ferry timetable cut on Sundays”')).toBe('comment-widget');
    expect(sourceCredit.matches('Source: University of Brannock', base)).toBe(true);
    expect(sourceCredit.matches('Source: University of Brannock', { ...base, plainText: false })).toBe(false);
    expect(sourceCredit.matches('Sources said the deal was close.', base)).toBe(false);
    expect(reasonFor('Follow us on Facebook and Instagram for the latest updates.')).toBe('share-prompt');
    expect(reasonFor('More football')).toBe('related-links');
    expect(reasonFor('This article first appeared on Skerry Wire and is republished here under licence.')).toBe('reporting-credit');
  });

  it('tells a scoreline from a headline', () => {
    expect(isScoreline('Brannock Rovers 3 Holm United 0')).toBe(true);
    expect(isScoreline('Holm Ladies 2-1 Brannock')).toBe(true);
    expect(isScoreline('Brannock ferry cut saves 220,000 a year')).toBe(false);
  });

  it('keeps a live page’s clock times after a share button', () => {
    expect(reasonFor('14:05', { previousReason: 'share-prompt' })).toBeNull();
    expect(reasonFor('48', { previousReason: 'share-prompt' })).toBe('widget');
  });
});

describe('head lines', () => {
  it('reads a month-only issue line and a blog handle byline', () => {
    expect(ownKind('November 2026 issue')).toMatchObject({ kind: 'dateline', date: '2026-11-01' });
    expect(ownKind('The March 2027 edition')).toMatchObject({ kind: 'dateline', date: '2027-03-01' });
    expect(ownKind('Posted on March 3, 2026 by islandnotes')).toMatchObject({ kind: 'byline', authors: [], date: '2026-03-03' });
  });

  it('drops a wire agency from the writer’s names', () => {
    expect(parseByline('By Orla Quin, Skerry Press')).toEqual(['Orla Quin']);
    expect(parseByline('By Orla Quin and Ivo Stenn')).toEqual(['Orla Quin', 'Ivo Stenn']);
  });
});

describe('a scraped sports report and a council briefing', () => {
  const REPORT = `Brannock Courier
Sport
Rovers sink Holm with three goals in the last twenty minutes
Brannock Rovers 3 Holm United 0
Aila Munro at Pier Park
Saturday 14 March 2026
Share on Facebook
Rovers scored three times in the last twenty minutes to beat Holm United and move up to third in the island league on Saturday.
Substitute Kit Orme opened the scoring with a low shot and then set up two goals for captain Dara Flett in the closing minutes.
Kit Orme celebrates his opener in front of the harbour end.
"We kept going and the goals came," said manager Iona Bell, whose side had not won at home since January.
Key dates
Cup draw: Monday 16 March
Semi-finals: 4 April
Read our full island cup guide
Holm stay bottom of the table with two games left and must win both to avoid relegation to the second division.
© Brannock Courier 2026`;

  it('reads the headline over the scoreline, the writer at the ground, and drops the caption and the promotion box', () => {
    const out = extractDocument(doc('text', REPORT));
    expect(out.title).toBe('Rovers sink Holm with three goals in the last twenty minutes');
    expect(out.authors).toEqual(['Aila Munro']);
    expect(out.published).toBe('2026-03-14');
    expect(out.paragraphs[0]).toBe('Brannock Rovers 3 Holm United 0');
    expect(out.paragraphs.some((p) => p.startsWith('Kit Orme celebrates'))).toBe(false);
    expect(out.paragraphs.some((p) => p.startsWith('Cup draw') || p === 'Key dates')).toBe(false);
    expect(out.paragraphs.at(-1)).toMatch(/^Holm stay bottom/);
    expect(out.removed.find((r) => r.text.startsWith('Kit Orme celebrates'))?.reason).toBe('caption');
    expect(out.removed.find((r) => r.text === 'Key dates')?.reason).toBe('promo-box');
  });

  it('dates a briefing by the month in its title', () => {
    const out = extractDocument(
      doc('text', 'Brannock Council Briefing – March 2027\nOur monthly round-up of decisions from your island council.\nFerry\nThe Sunday ferry will return from April after the council agreed a new subsidy with the operator.\n'),
    );
    expect(out.title).toBe('Brannock Council Briefing – March 2027');
    expect(out.published).toBe('2027-03-01');
  });
});
