import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { declaresProduct } from '../../src/extract/product-page.js';
import { applyLineRules } from '../../src/extract/clean-lines.js';
import type { Block } from '../../src/extract/types.js';
import { doc } from './helpers.js';

const CHROME = `<header><nav><a href="/">Home</a> <a href="/kitchen">Kitchen</a> <a href="/garden">Garden</a></nav></header>`;
const PRODUCT_LD = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Enamel kettle"}</script>`;

const DESCRIPTION = `<div class="pd-7fq"><h1>Enamel stovetop kettle, 1.7 l</h1><p>This kettle is pressed from a single sheet of steel and coated twice in enamel, so it heats evenly on gas, electric and induction hobs.</p>
  <p>The handle stays cool because it is wrapped in beech wood, and the spout whistles softly when the water boils.</p>
  <table><tr><th>Capacity</th><td>1.7 litres</td></tr><tr><th>Weight</th><td>1.1 kg</td></tr></table></div>`;

// A carousel of other products under obfuscated class names, each card with a long linkless title and a price.
const card = (i: number): string =>
  `<li class="x9k"><div class="q2"><span>Speckled camping kettle number ${i} with folding handle and lid, 1.2 litres</span></div><div>$${20 + i}.99 + $4.50 delivery</div></li>`;
const CAROUSEL = `<div class="zz1"><div class="a7"><div class="b3"><h2 class="t8">People who viewed this item also viewed</h2></div>
  <ul>${Array.from({ length: 12 }, (_, i) => card(i)).join('')}</ul></div></div>`;

const review = (name: string, i: number): string =>
  `<div class="review-card"><p>I bought this kettle in spring and use it every morning on our induction hob, no rust after ${i + 2} months.</p><p>${name}</p></div>`;
const REVIEWS = `<section class="product-reviews"><h2>What buyers say</h2>${['Ana P.', 'Tom R.', 'Mei L.'].map(review).join('')}</section>`;

describe('shop pages', () => {
  it('removes a carousel introduced by a recommendation heading, even when it outweighs the description', () => {
    const html = `<html><body>${CHROME}<div class="main-col">${DESCRIPTION}${CAROUSEL}</div></body></html>`;
    const out = extractDocument(doc('html', html));
    const text = out.paragraphs.join(' ');
    expect(text).toContain('pressed from a single sheet of steel');
    expect(text).not.toContain('Speckled camping kettle');
    expect(out.removed.find((r) => r.text.startsWith('People who viewed this item also viewed'))?.reason).toBe('related');
  });

  it('keeps a section whose long heading only uses those words', () => {
    const heading = 'Why the shoppers who viewed this item also viewed the cheaper kettle surprised analysts in the spring survey';
    const section = `<div class="s1"><h2>${heading}</h2><p>The survey of four hundred households found that most buyers compared at least three kettles before choosing one.</p>
      <p>Price mattered less than the handle, which most households said should stay cool on a gas flame.</p></div>`;
    const out = extractDocument(doc('html', `<html><body>${CHROME}<div class="main-col">${section}</div></body></html>`));
    expect(out.paragraphs.join(' ')).toContain('four hundred households');
  });

  it('drops customer reviews on a page declaring a schema.org Product, but not on other pages', () => {
    const body = `${CHROME}<div class="main-col">${DESCRIPTION}${REVIEWS}</div>`;
    const product = extractDocument(doc('html', `<html><head>${PRODUCT_LD}</head><body>${body}</body></html>`));
    expect(product.paragraphs.join(' ')).toContain('beech wood');
    expect(product.paragraphs.join(' ')).not.toContain('every morning on our induction hob');
    expect(product.removed.some((r) => r.reason === 'reviews' && r.text.includes('Tom R.'))).toBe(true);
    const plain = extractDocument(doc('html', `<html><body>${body}</body></html>`));
    expect(plain.paragraphs.join(' ')).toContain('every morning on our induction hob');
  });

  it('recognises Product declarations in JSON-LD and microdata only', () => {
    expect(declaresProduct(PRODUCT_LD)).toBe(true);
    expect(declaresProduct('<div itemscope itemtype="https://schema.org/Product">')).toBe(true);
    expect(declaresProduct('<script type="application/ld+json">{"@type":["ProductGroup"]}</script>')).toBe(true);
    expect(declaresProduct('<script type="application/ld+json">{"@type":"ProductModel"}</script>')).toBe(false);
    expect(declaresProduct('<p>Our Product team wrote this.</p>')).toBe(false);
  });
});

const reply = (user: string, i: number): string =>
  `<div class="comment"><a class="author" href="/u/${user}">${user}</a> <time>2 hours ago</time><form class="usertext" action="#"><input type="hidden" name="thing" value="t${i}"><div class="md"><p>I have ridden the ${i + 7}:15 ferry for years and the new timetable adds twenty minutes to my commute each way.</p><p>The council should publish the passenger counts it used for the ${i + 7}:15, and say why the evening sailing was cut.</p></div></form></div>`;

describe('threads without schema.org markup', () => {
  it('keeps the replies, and the edit forms wrapping them, when they outweigh a short post and no article body is named', () => {
    const users = ['harbourfan', 'deckhand22', 'tidewatch', 'quaysider', 'ferrylog', 'saltwind'];
    const html = `<html><body>${CHROME}<div class="linklisting"><div class="thing"><p class="title"><a href="https://news.example/ferry">Council changes ferry timetable from May</a></p>
      <p class="tagline">submitted 5 hours ago by islander</p><div class="usertext-body"><p>The new timetable starts in May. Does anyone know whether the evening sailing to the island is really gone?</p></div></div></div>
      <div class="commentarea">${users.map(reply).join('')}</div></body></html>`;
    const out = extractDocument(doc('html', html));
    const text = out.paragraphs.join(' ');
    expect(text).toContain('evening sailing to the island');
    expect(text).toContain('the 7:15 ferry');
    expect(text).toContain('the 12:15 ferry');
    expect(text).toContain('why the evening sailing was cut');
    expect(out.removed.some((r) => r.reason === 'comments' || r.reason === 'form')).toBe(false);
  });

  it('still removes a post-sized form on a page that is not a thread', () => {
    const terms = `<form class="order" action="/buy"><p>By placing this order you accept our terms of sale, including the fourteen-day return window, the handling fee for bulky items and the delivery times quoted at checkout.</p><button>Order now</button></form>`;
    const article = `<article><h1>Ferry timetable changes</h1><p>The council approved a new ferry timetable on Tuesday after a long debate about evening sailings and costs.</p>
      <p>Commuters will see the first morning sailing move twenty minutes earlier from May, while the last evening sailing is cut.</p>
      <p>Officials said passenger counts had fallen on the late route for three years in a row, and that savings would fund repairs.</p></article>`;
    const out = extractDocument(doc('html', `<html><body>${CHROME}<div class="wrap">${article}${terms}</div></body></html>`));
    expect(out.paragraphs.join(' ')).toContain('passenger counts had fallen');
    expect(out.paragraphs.join(' ')).not.toContain('terms of sale');
  });
});

describe('question-and-answer threads', () => {
  // A comment as thread software prints it: the user, a permalink on its date, the text, a reply button.
  const comment = (who: string, text: string, i: number): string =>
    `<div class="comment" itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span class="comment-user">${who}</span>
      <div class="comment-meta"><a href="#c${i}">November ${i + 10}, 2025 at 10:4${i} pm</a></div>
      <div class="comment-text" itemprop="text">${text}</div><button type="button">Reply</button></div>`;
  const answer = (id: number, body: string, comments: string[][]): string =>
    `<div class="answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="post-text" itemprop="text"><p>${body}</p>
      <p>In answer ${id}'s experience, starters kept at room temperature need feeding roughly every twelve hours; in a warm kitchen the yeast finishes its flour in six or seven, and the solvent smell is the sign that it has gone hungry for the rest of the time.</p>
      <p>A week of regular feeds clears it in most kitchens (answer ${id}). If the smell comes back after that, check the flour: a fresh bag of wholemeal rye gives the yeast and bacteria more to eat than a white flour that has sat open for months.</p>
      <p>None of this harms the starter for good, answer ${id} adds, and bread baked from it in the meantime is safe to eat, if a little sour and slow to rise in the tin.</p>
      <p>Keeping notes for answer ${id}: write down the time of each feed, the room temperature and the smell, and the pattern usually shows itself within a week or so of careful feeding.</p></div>
      <div class="post-menu"><a href="/a/${id}">Share</a> <a href="/posts/${id}/edit">Improve this answer</a> <button>Follow</button></div>
      <div class="comments-list">${comments.map(([who, text], i) => comment(who!, text!, i + 1)).join('')}</div><button type="button">Add a comment</button>
      <p>Sign up to request clarification or add additional context in comments.</p></div>`;
  const page = `<html><body itemscope itemtype="https://schema.org/QAPage">${CHROME}<div id="mainbar">
    <div class="question" itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><h1 itemprop="name">Why does my sourdough starter smell of nail varnish?</h1>
      <div class="post-text" itemprop="text"><p>My rye starter has smelled sharply of solvent for three days, although I feed it twice a day with equal weights of flour and water.</p></div></div>
    ${answer(1, 'That smell is acetone-like ethyl acetate from a hungry starter: the yeast has run out of food, so feed it more flour at each feed or keep it somewhere cooler.', [
      ['breadnik_of_leeds', 'Cooler helped mine too, the pantry was too warm'],
      ['marta.kowalczyk', 'Does the ratio matter more than the timing?'],
      ['ola_bakes_rye', 'Ratio first: one to five fixed it in two days'],
    ])}
    ${answer(2, 'Discard more before each feed. A small starter that is fed generously recovers faster than a big one that is always short of flour.', [
      ['tamsin_at_home', 'This finally worked for my wholemeal starter'],
      ['breadnik_of_leeds', 'Agreed, twenty grams kept and it smells of yoghurt'],
      ['jr_hollingsworth', 'How much do you discard when it is very warm?'],
    ])}</div></body></html>`;

  it('keeps the comments under each answer of a declared question page', () => {
    const out = extractDocument(doc('html', page));
    const text = out.paragraphs.join(' ');
    expect(text).toContain('smelled sharply of solvent');
    expect(text).toContain('Discard more before each feed');
    expect(text).toContain('Ratio first: one to five fixed it in two days');
    expect(text).toContain('How much do you discard when it is very warm?');
    expect(out.removed.filter((r) => r.reason === 'teaser')).toEqual([]);
  });

  it('does not start a page tail at the widgets between the posts of a thread', () => {
    const p = (text: string): Block => ({ kind: 'paragraph', text });
    const blocks = [
      p('My rye starter has smelled sharply of solvent for three days, although I feed it twice a day with equal weights of flour and water.'),
      p('Add a comment'),
      p('Sign up to request clarification or add additional context in comments.'),
      p('Feed it more flour at each feed or keep it somewhere cooler, and the smell of acetone fades within the week.'),
      p('Cooler helped mine too, the pantry was too warm'),
    ];
    const page = applyLineRules(blocks, 'Why does my sourdough starter smell of nail varnish?', { plainText: false });
    expect(page.blocks.map((b) => b.text).join(' ')).not.toContain('Feed it more flour');
    const thread = applyLineRules(blocks, 'Why does my sourdough starter smell of nail varnish?', { plainText: false, thread: true });
    const text = thread.blocks.map((b) => b.text).join(' ');
    expect(text).toContain('Feed it more flour at each feed');
    expect(text).toContain('Cooler helped mine too');
    expect(text).not.toContain('Add a comment');
  });
});
