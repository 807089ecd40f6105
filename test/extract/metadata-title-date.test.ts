import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { readHtmlMetadata } from '../../src/extract/html-metadata.js';
import { normalizeDate } from '../../src/extract/dates.js';

const meta = (html: string) => readHtmlMetadata(parseDocument(html).children);

describe('title without the outlet tail', () => {
  it('drops a tail naming the host, or a bare domain', () => {
    expect(meta(`<html><head><link rel="canonical" href="https://harborforums.example/t/dredging">
      <title>Harbour dredging resumes in May - Harbor Forums</title></head><body><p>Text.</p></body></html>`).title).toBe('Harbour dredging resumes in May');
    expect(meta(`<html><head><title>Ferry timetable changes for winter - lindholm.example</title></head><body></body></html>`).title).toBe('Ferry timetable changes for winter');
  });

  it('keeps title parts that do not name the outlet', () => {
    expect(meta(`<html><head><link rel="canonical" href="https://saltmarshecho.example/tides">
      <title>Tide tables explained - Part two - Saltmarsh Echo</title></head><body></body></html>`).title).toBe('Tide tables explained - Part two');
    expect(meta(`<html><head><title>Tide tables explained - Part two</title></head><body></body></html>`).title).toBe('Tide tables explained - Part two');
  });
});

describe('publication date', () => {
  it('falls back to the visible update date, then the stated modification, when nothing states the publication', () => {
    expect(meta(`<html><head><title>Guide to winter tyres</title></head><body><h1>Guide to winter tyres</h1>
      <p class="updated">Updated March 3, 2026</p><p>Winter tyres grip better below seven degrees.</p></body></html>`).published).toBe('2026-03-03');
    expect(meta(`<html><head><meta property="article:modified_time" content="2026-02-11T09:00:00Z"><title>Guide to snow chains</title></head>
      <body><h1>Guide to snow chains</h1></body></html>`).published).toBe('2026-02-11T09:00:00Z');
  });

  it('still prefers a stated publication over an update', () => {
    const m = meta(`<html><head><meta property="article:published_time" content="2026-01-05"><meta property="article:modified_time" content="2026-02-11">
      <title>Guide to roof racks</title></head><body><h1>Guide to roof racks</h1><p>Updated February 11, 2026</p></body></html>`);
    expect(m.published).toBe('2026-01-05');
    expect(m.modified).toBe('2026-02-11');
  });

  it('reads year-first citation dates and site-specific publication meta keys', () => {
    expect(normalizeDate('2026 Jan 7')).toBe('2026-01-07');
    expect(meta(`<html><head><meta name="citation_publication_date" content="2026 Jan 7"><title>Soil microbes</title></head><body></body></html>`).published).toBe('2026-01-07');
    expect(meta(`<html><head><meta name="x-published-date" content="2026-04-02T08:00:00Z"><meta name="x-updated-date" content="2026-05-01"><title>Soil</title></head><body></body></html>`).published).toBe('2026-04-02T08:00:00Z');
  });

  it('reads the date part of a byline line, and a date line just above the headline', () => {
    expect(meta(`<html><head><title>How clinics use triage software</title></head><body><header><h1>How clinics use triage software</h1>
      <p>Ana Reyes | Senior Writer | July 2, 2026</p></header><p>Clinics in the valley adopted the tool last year.</p></body></html>`).published).toBe('2026-07-02');
    expect(meta(`<html><head><title>Batching inference requests</title></head><body><div><p>February 4, 2026 ・ 11 min read</p>
      <h1>Batching inference requests</h1></div><p>Batching trades latency for throughput.</p></body></html>`).published).toBe('2026-02-04');
  });

  it('reads dates inside a page wrapper whose class looks like chrome when it also holds the headline', () => {
    expect(meta(`<html><head><title>Ice rink opens early</title></head><body><div class="layout has-sidebar">
      <h1>Ice rink opens early</h1><time datetime="2026-11-20">November 20, 2026</time><p>The rink opens a week early.</p></div>
      <div class="sidebar"><time datetime="2026-10-01">October 1, 2026</time></div></body></html>`).published).toBe('2026-11-20');
  });
});
