import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { readHtmlMetadata } from '../../src/extract/html-metadata.js';
import { bylineLineNames } from '../../src/extract/metadata/byline-line.js';

const authors = (html: string) => readHtmlMetadata(parseDocument(html).children).authors;

describe('page authors', () => {
  it('credits a personal blog whose site name is its author', () => {
    expect(authors(`<html><head><meta property="og:site_name" content="Mira Castellan"><meta name="author" content="Mira Castellan">
      <title>Notes on pruning old apple trees</title></head><body><h1>Notes on pruning old apple trees</h1></body></html>`)).toEqual(['Mira Castellan']);
  });

  it('prefers a person named in the byline over the outlet stated as author', () => {
    expect(authors(`<html><head><meta property="og:site_name" content="Fenwick Herald"><meta name="author" content="Fenwick Herald">
      <title>Bridge tolls frozen for a year</title></head><body><h1>Bridge tolls frozen for a year</h1>
      <div class="meta"><span>By Tamsin Holloway • March 3, 2026</span></div><p>The county froze tolls on both bridges.</p></body></html>`)).toEqual(['Tamsin Holloway']);
  });

  it('falls back to a JSON-LD Organization author, and reads a Person-and-Organization author as a person', () => {
    const ld = (author: string) => `<html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Five ways to cut heating bills","author":${author}}</script>
      <title>Five ways to cut heating bills</title></head><body><h1>Five ways to cut heating bills</h1></body></html>`;
    expect(authors(ld('{"@type":"Organization","name":"Brightwarm Heating"}'))).toEqual(['Brightwarm Heating']);
    expect(authors(ld('{"@type":["Person","Organization"],"name":"Ines Marlow"}'))).toEqual(['Ines Marlow']);
  });

  it('reads the asker of a QAPage question and keeps user handles with a few digits', () => {
    expect(authors(`<html><head><script type="application/ld+json">{"@type":"QAPage","mainEntity":{"@type":"Question","name":"Why does my sourdough not rise?",
      "author":{"@type":"Person","name":"rivermoss42"}}}</script><title>Why does my sourdough not rise?</title></head><body></body></html>`)).toEqual(['rivermoss42']);
  });

  it('reads a name that follows a "Written by" label element', () => {
    expect(authors(`<html><head><title>Choosing a trail shoe</title></head><body><h1>Choosing a trail shoe</h1>
      <div><p class="label">Written by</p><p class="value">Oren Taliesin</p></div><p>Grip matters more than cushioning on wet rock.</p></body></html>`)).toEqual(['Oren Taliesin']);
  });

  it('reads a byline inside a wrapper whose class looks like chrome when it also holds the headline', () => {
    expect(authors(`<html><head><title>Ice rink opens early</title></head><body><div class="widget-container">
      <h1>Ice rink opens early</h1><p>By Sunniva Roe</p><p>The rink opens a week early this year.</p></div></body></html>`)).toEqual(['Sunniva Roe']);
  });

  it('does not read "By ..." sentences or menu entries as bylines', () => {
    expect(authors(`<html><head><title>Harbour dredging resumes</title></head><body><nav><ul><li><a>By Industry</a></li></ul></nav>
      <h1>Harbour dredging resumes</h1><p>By 2027, the channel will be two metres deeper.</p>
      <p class="small">By subscribing you agree to our terms.</p></body></html>`)).toEqual([]);
  });

  it('lists co-authors of one byline, not the authors of replies further down', () => {
    expect(authors(`<html><head><title>Which tent for alpine camping?</title></head><body><h1>Which tent for alpine camping?</h1>
      <div class="post"><div class="head"><a href="/profile/ketterby/">Ketterby</a></div><p>I need a tent for two above the tree line.</p></div>
      <div class="post"><div class="head"><a href="/profile/lumen-fox/">Lumen Fox</a></div><p>A tunnel tent handles wind well.</p></div></body></html>`)).toEqual(['Ketterby']);
  });

  it('skips rel=author links to social profiles and reads an author box in the article footer', () => {
    expect(authors(`<html><head><title>Restoring a 1962 sailing dinghy</title></head><body><article><h1>Restoring a 1962 sailing dinghy</h1>
      <p>The hull needed three coats of varnish.</p><footer class="post-meta"><a rel="author" href="https://social.example/@hale">Bluesky</a>
      <a rel="author" href="/author/corin-hale/">Corin Hale</a></footer></article>
      <footer><a rel="author" href="/author/site-admin/">Webmaster Team</a></footer></body></html>`)).toEqual(['Corin Hale']);
  });

  it('reads a forum handle from a link to its own profile, skipping the avatar initial', () => {
    expect(authors(`<html><head><title>Router drops connection every night</title></head><body><h1>Router drops connection every night</h1>
      <div class="message"><div class="avatar-wrap"><a class="avatar" href="/members/wren_h.4417/">W</a></div>
      <h4><a class="username" href="/members/wren_h.4417/">wren_h</a></h4><p>Every night at two the router reboots.</p></div></body></html>`)).toEqual(['wren_h']);
  });

  it('reads a handle marked itemprop=author but not a lower-case word behind a mere author-style link', () => {
    expect(authors(`<html><head><title>Best glue for birch plywood?</title></head><body><h1>Best glue for birch plywood?</h1>
      <div itemprop="author" itemscope><span itemprop="name">tollund88</span></div><p>Which glue holds best?</p></body></html>`)).toEqual(['tollund88']);
    expect(authors(`<html><head><title>Best glue for birch plywood?</title></head><body><h1>Best glue for birch plywood?</h1>
      <a href="/people/team-pages">woodworking</a><p>Which glue holds best?</p></body></html>`)).toEqual([]);
  });

  it('reads the name from an author-page URL when the page states nothing else', () => {
    expect(authors(`<html><head><meta property="article:author" content="https://dailyfen.example/profile/ottilie-brandt">
      <meta property="article:author" content="https://social.example/dailyfen"><title>Fen drainage plan approved</title></head><body></body></html>`)).toEqual(['Ottilie Brandt']);
  });

  it('rejects unfilled template fields and account links as names', () => {
    expect(authors(`<html><head><meta name="author" content="page.meta.author"><title>Spring timetable changes</title></head><body></body></html>`)).toEqual([]);
    expect(authors(`<html><head><title>Spring timetable changes</title></head><body><h1>Spring timetable changes</h1>
      <a href="/user/login">Member Login</a><p>Trains run every twenty minutes from April.</p></body></html>`)).toEqual([]);
  });
});

describe('bylineLineNames', () => {
  it('reads names and drops dates, roles and credentials', () => {
    expect(bylineLineNames('03/01/2026 by Tom Reed, Staff Writer')).toEqual(['Tom Reed']);
    expect(bylineLineNames('By Keith Arlo Senior Autos Reporter')).toEqual(['Keith Arlo']);
    expect(bylineLineNames('Written By Ana Reyes, MD')).toEqual(['Ana Reyes']);
    expect(bylineLineNames('March 15, 2026 · 3 min read · By Priya Anand and Lee Park')).toEqual(['Priya Anand', 'Lee Park']);
    expect(bylineLineNames('by Jon Vesk - 2026-09-13 Updated: 2026-09-14')).toEqual(['Jon Vesk']);
    expect(bylineLineNames('by Marta Quill on Jan 22, 2026')).toEqual(['Marta Quill']);
    // Short given names are names, not credentials.
    expect(bylineLineNames('By Ana and Tom | May 2, 2026')).toEqual(['Ana', 'Tom']);
    expect(bylineLineNames('By Lena Ortiz, PhD')).toEqual(['Lena Ortiz']);
  });

  it('reads a user handle only with more byline furniture on the line', () => {
    expect(bylineLineNames('by rivermoss42 | Apr 21, 2026')).toEqual(['rivermoss42']);
    expect(bylineLineNames('by rivermoss42')).toEqual([]);
    expect(bylineLineNames('by default | Settings')).toEqual([]);
  });

  it('ignores lines where "by" does not open a byline', () => {
    expect(bylineLineNames('Labelled public domain by source')).toEqual([]);
    expect(bylineLineNames('By clicking Accept you agree to cookies')).toEqual([]);
  });
});
