import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/extract/byline.js';
import { datelineDate, normalizeDate } from '../../src/extract/dates.js';
import { stripInlineMarkdown } from '../../src/extract/markdown.js';
import { LINE_RULES, type LineContext } from '../../src/extract/text-rules/index.js';

const ctx: LineContext = { index: 5, title: null, previousReason: null, proseBefore: 3, isHeading: false };
const reasonFor = (line: string, c: Partial<LineContext> = {}) => LINE_RULES.find((r) => r.matches(line, { ...ctx, ...c }))?.reason ?? null;

describe('line rules', () => {
  it.each([
    ['Share this article', 'share-prompt'],
    ['Facebook Twitter WhatsApp Email', 'share-prompt'],
    ['Sign in', 'subscribe-prompt'],
    ['Already a subscriber? Log in', 'subscribe-prompt'],
    ['Leave a reply', 'comment-widget'],
    ['24 comments', 'comment-widget'],
    ['More from Business', 'related-links'],
    ['You may also like', 'related-links'],
    ['Show less', 'read-more'],
    ['Continue reading', 'read-more'],
    ['Image 3/10', 'carousel-counter'],
    ['Image credit: Getty Images', 'image-credit'],
    ['(Photo by Lena Park)', 'image-credit'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
  ])('%s -> %s', (line, reason) => {
    expect(reasonFor(line)).toBe(reason);
  });

  it.each([
    'Share prices fell sharply on Tuesday after the central bank raised rates again.',
    'Photographers gathered outside the court before dawn.',
    'Comments from the minister angered union leaders.',
    'Read the room, one delegate told her colleagues.',
  ])('keeps prose: %s', (line) => {
    expect(reasonFor(line)).toBeNull();
  });

  it('removes bylines and datelines only at the top of the text', () => {
    expect(reasonFor('By Tom Reed', { proseBefore: 0 })).toBe('byline');
    expect(reasonFor('By Tom Reed', { proseBefore: 2 })).toBeNull();
    expect(reasonFor('Updated: 3 March 2024', { proseBefore: 0 })).toBe('dateline');
  });

  it('removes headlines only directly under a related header', () => {
    expect(reasonFor('Ferry timetable changes for spring', { previousReason: 'related-links' })).toBe('related-links');
    expect(reasonFor('Ferry timetable changes for spring')).toBeNull();
    expect(reasonFor('The ferry timetable changes in spring.', { previousReason: 'related-links' })).toBeNull();
  });

  it('removes a line repeating the title', () => {
    expect(reasonFor('Flood walls: the vote', { title: 'Flood Walls - The Vote', proseBefore: 0 })).toBe('title-repeated');
  });
});

describe('helpers', () => {
  it('parses bylines with several authors and roles', () => {
    expect(parseByline('By Maria K. Ostrova and Tom Reed, Staff Writers')).toEqual(['Maria K. Ostrova', 'Tom Reed']);
    expect(parseByline('By Lena Park | Reuters')).toEqual(['Lena Park']);
    expect(parseByline('By noon the crowd had grown')).toEqual([]);
  });

  it('normalises dates and recognises dateline-only lines', () => {
    expect(normalizeDate('March 5, 2024')).toBe('2024-03-05');
    expect(normalizeDate('5 Sept 2024')).toBe('2024-09-05');
    expect(normalizeDate('2024-03-05 08:30')).toBe('2024-03-05T08:30');
    expect(datelineDate('Posted Tue 5 March 2024, 10:32 GMT')).toBe('2024-03-05');
    expect(datelineDate('On March 5, 2024 the council met')).toBeNull();
  });

  it('strips inline Markdown', () => {
    expect(stripInlineMarkdown('See **the [report](https://x.example/r)** and `code` ![pic](a.png) _now_')).toBe('See the report and code  now');
    expect(stripInlineMarkdown('keep snake_case_names')).toBe('keep snake_case_names');
  });
});

describe('line rules added for scraped pages', () => {
  it.each([
    ['Skip to content', 'navigation'],
    ['Get the best of The Harbor Ledger in your inbox every morning.', 'subscribe-prompt'],
    ['Read more: Dockworkers walk out at Port Hallam over automated cranes', 'read-more'],
    ['The idle remote-controlled cranes. (Ledger Photo Desk)', 'gallery-caption'],
    ['© 2026 Kestrian Herald', 'copyright'],
    ['Up next', 'teaser'],
    ['Also on the Ledger', 'teaser'],
    ['That’s all for today. Forward this to a colleague, or reply to tell us what we missed.', 'newsletter-footer'],
  ])('%s -> %s', (line, reason) => {
    expect(reasonFor(line)).toBe(reason);
  });

  it('takes a caption only right after a slide counter', () => {
    expect(reasonFor('Firefighters carry a resident from a window.', { previousReason: 'carousel-counter' })).toBe('gallery-caption');
    expect(reasonFor('Firefighters carry a resident from a window.')).toBeNull();
  });

  it('reads a bio as such only after the article or for a known author', () => {
    const bio = 'Ilse Marku is the Kestrian Herald’s political editor.';
    expect(reasonFor(bio)).toBeNull();
    expect(reasonFor(bio, { inTail: true })).toBe('author-bio');
    expect(reasonFor(bio, { authors: ['Ilse Marku'] })).toBe('author-bio');
  });

  it('reads a greeting as a newsletter intro only at the top', () => {
    const intro = 'Good morning. It is Wednesday, June 10. Today: a port on strike and a budget three weeks on.';
    expect(reasonFor(intro, { proseBefore: 0, plainText: true })).toBe('newsletter-intro');
    expect(reasonFor(intro, { proseBefore: 4, plainText: true })).toBeNull();
  });

  it('reads a greeting and a sign-off on a web page as the writer\'s own words, unless the page carries an e-mail footer', () => {
    const intro = 'Good morning, and welcome to the forty-first issue of Tidewater Notes, the letter about the estuary.';
    const signOff = "That's all for this week. Next issue: the oyster beds.";
    const post = [intro, 'The sluice at Marrow Creek opened on Monday for the first time in a decade.', signOff];
    expect(reasonFor(intro, { proseBefore: 0, lines: post })).toBeNull();
    expect(reasonFor(signOff, { proseBefore: 3, lines: post })).toBeNull();
    const email = [...post, 'You are receiving this because you subscribed to Tidewater Notes. Unsubscribe'];
    expect(reasonFor(intro, { proseBefore: 0, lines: email })).toBe('newsletter-intro');
    expect(reasonFor(signOff, { proseBefore: 3, lines: email })).toBe('newsletter-footer');
  });

  it('keeps prose that only mentions a newsletter or a reporter', () => {
    expect(reasonFor('The union said its members had read the newsletter before the vote on Tuesday.')).toBeNull();
    expect(reasonFor('Mendel is the authority’s chief executive and has led it since 2019.', { inTail: false })).toBeNull();
  });
});

describe('dates with a.m. and p.m.', () => {
  it('reads "April 17, 2026 2:30 p.m." as a dateline', () => {
    expect(datelineDate('April 17, 2026 2:30 p.m.')).toBe('2026-04-17');
    expect(datelineDate('June 10, 2026, 6:00 a.m.')).toBe('2026-06-10');
  });
});

describe('byline with a date', () => {
  it('splits "Name | Date" and "Date · Name"', async () => {
    const { parseBylineDate } = await import('../../src/extract/byline.js');
    expect(parseBylineDate('Priya Anand | March 13, 2026', datelineDate)).toEqual({ authors: ['Priya Anand'], date: '2026-03-13' });
    expect(parseBylineDate('March 13, 2026 · By Priya Anand and Tom Reed', datelineDate)).toEqual({ authors: ['Priya Anand', 'Tom Reed'], date: '2026-03-13' });
    expect(parseBylineDate('Markets | Economy', datelineDate)).toBeNull();
  });
});

describe('credited captions', () => {
  it('match a caption ending in its credit, not prose that mentions a photo', async () => {
    const { creditedCaption } = await import('../../src/extract/text-rules/credited-caption.js');
    const ctx = { index: 3, title: null, previousReason: null, proseBefore: 1, isHeading: false };
    expect(creditedCaption.matches('A pilot boat leaves the north mole at dawn. Photograph: Ivo Renn/The Quayside Mercury', ctx)).toBe(true);
    expect(creditedCaption.matches('How the depot would look from Gasworks Road (Image: Northline Rail)', ctx)).toBe(true);
    expect(creditedCaption.matches('The mayor said the photograph, taken in 1998, showed the old quay before the flood.', ctx)).toBe(false);
  });
});

describe('follow prompts and byline forms', () => {
  it('removes a follow prompt naming the outlet, and reads "Words by" as a byline', async () => {
    const { sharePrompt } = await import('../../src/extract/text-rules/share-prompt.js');
    const ctx = { index: 2, title: null, previousReason: null, proseBefore: 0, isHeading: false };
    expect(sharePrompt.matches('Follow The Quayside Mercury on Google News', ctx)).toBe(true);
    expect(sharePrompt.matches('Follow @QuaysideMerc', ctx)).toBe(true);
    expect(sharePrompt.matches('Follow the money, investigators told the committee.', ctx)).toBe(false);
    expect(parseByline('Words by Esther Moor')).toEqual(['Esther Moor']);
    expect(parseByline('Written by Tessa Marlow and Ivo Renn')).toEqual(['Tessa Marlow', 'Ivo Renn']);
    expect(parseByline('Words matter, the minister said.')).toEqual([]);
  });
});

describe('line rules for the chrome of scraped pages', () => {
  const text = (c: Partial<LineContext> = {}) => ({ plainText: true, ...c });
  it.each([
    ['Save', 'share-prompt'],
    ['Facebook', 'share-prompt'],
    ['Play Video', 'widget'],
    ['Click to share on X (Opens in new window)', 'widget'],
    ['News Business Sport Opinion Obituaries E-edition', 'navigation'],
    ["NewsSportWhat's OnPropertyJobsMore", 'navigation'],
    ['About Us | Contact | Careers | EEO Report', 'navigation'],
    ['We use cookies to improve your experience. Accept all | Manage settings', 'cookie-notice'],
    ['Want more Alderbank news? Sign up here for our daily newsletter.', 'subscribe-prompt'],
    ['Subscribe for $1 a week', 'subscribe-prompt'],
    ['Download the WPKT app for breaking news alerts', 'app-promo'],
    ['Have a news tip? Email the newsroom or call our tip line.', 'tip-prompt'],
    ['Reporting by Ana Kvist; Editing by Tom Berrow', 'reporting-credit'],
    ['A version of this article appears in print on May 20, 2026, Section A, Page 14.', 'reporting-credit'],
    ['Suggested Topics:', 'tags'],
    ['Posted in Community, Outdoors', 'tags'],
    ['SKIP ADVERTISEMENT', 'advertisement'],
    ['SPONSORED BY KELL VALLEY CREDIT UNION — Saving for the holidays? Our saver account pays 4.1%.', 'advertisement'],
    ['Your email address will not be published. Required fields are marked *', 'comment-widget'],
    ['The views expressed in this article are the author’s own.', 'disclaimer'],
    ['This story has been updated to include comment from the board.', 'editor-note'],
    ['Runners on Castle Road during last year’s race. © Lowmoor Record', 'caption'],
    ['[1/3] Miners leave the Tarsk North shaft at the end of a shift.', 'caption'],
    ["That's your brief for this week. Have a good weekend.", 'newsletter-footer'],
  ])('%s -> %s', (line, reason) => {
    expect(reasonFor(line, text())).toBe(reason);
  });

  it.each([
    'Border agents "say you’ve got to pay attention to this — $53 million a week is coming across," he said, according to the News-Register.',
    'The council will send a newsletter to every household, and residents can sign up for the scheme at the library.',
    'Our correspondent Ana Kvist reported from the border town, where shelling continued overnight.',
    'Posted in 1990, the letter took eleven years to arrive.',
  ])('keeps prose: %s', (line) => {
    expect(reasonFor(line, text())).toBeNull();
  });

  it('reads a bare number as a share count only beside the share buttons or in the head', () => {
    expect(reasonFor('48', text({ proseBefore: 0 }))).toBe('widget');
    expect(reasonFor('48', text({ previousReason: 'share-prompt' }))).toBe('widget');
    expect(reasonFor('48', text())).toBeNull();
  });

  it('leaves HTML blocks to the HTML passes for the labels, menus and calls a scraped page alone needs', () => {
    expect(reasonFor('Save')).toBeNull();
    expect(reasonFor('FAQ')).toBeNull();
    expect(reasonFor('Sign up for a Hulu ad-free account for $11.99 a month')).toBeNull();
    expect(reasonFor('Sign up for a Hulu ad-free account for $11.99 a month', text())).toBe('subscribe-prompt');
  });

  it('reads a known writer described after the article, and the linked headline under a READ MORE label', () => {
    expect(reasonFor('Rhea Castellan is a retired headteacher and chairs the Glenmoor Schools Forum.', text({ authors: ['Rhea Castellan'] }))).toBe('author-bio');
    expect(reasonFor('Rhea Castellan is a retired headteacher and chairs the Glenmoor Schools Forum.', text())).toBeNull();
    expect(reasonFor('Lowmoor Harriers name new coach ahead of season', text({ previousReason: 'read-more', previous: 'READ MORE' }))).toBe('related-links');
    expect(reasonFor('Counting the cost', text({ previousReason: 'read-more', previous: 'Read more' }))).toBeNull();
  });

  it('reads a Title Case headline with a one-sentence dek inside the body as another article’s teaser', () => {
    const headline = 'Lisle Point Ferry Faces Weekend Cuts as Ridership Falls';
    const dek = 'The last ferry to the peninsula may stop running on Saturdays by the fall.';
    expect(reasonFor(headline, text({ next: dek }))).toBe('teaser');
    expect(reasonFor(dek, text({ previous: headline, previousReason: 'teaser' }))).toBe('teaser');
    // A subhead is short and is followed by a full paragraph.
    expect(reasonFor('Where the Money Goes', text({ next: dek }))).toBeNull();
  });
});

describe('dates in scraped heads', () => {
  it('reads dotted dates, several stamps on one line, relative stamps and reading times as dateline furniture', () => {
    expect(normalizeDate('14.03.2026')).toBe('2026-03-14');
    expect(datelineDate('Aug 21, 2026 Updated Aug 22, 2026')).toBe('2026-08-21');
    expect(datelineDate('April 7, 2026 3:47 PM GMT Updated 2 hours ago')).toBe('2026-04-07');
    expect(datelineDate('19 April 2026 • 4 min read')).toBe('2026-04-19');
    expect(datelineDate('Posted: Jun 11, 2026 / 06:48 AM CDT')).toBe('2026-06-11');
    expect(datelineDate('Monday, February 16, 2026 at 7:05am')).toBe('2026-02-16');
    expect(datelineDate('Version 1.2.2024 of the plan')).toBeNull();
  });
});
