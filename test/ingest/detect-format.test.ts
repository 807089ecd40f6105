import { describe, it, expect } from 'vitest';
import { detectFormat, formatFromPath, isSupportedPath, scanXmlProlog, sniffFormat } from '../../src/ingest/index.js';

describe('formatFromPath', () => {
  it('maps supported extensions, with and without .gz, case-insensitively', () => {
    expect(formatFromPath('a/b/story.TXT')).toBe('text');
    expect(formatFromPath('story.markdown')).toBe('markdown');
    expect(formatFromPath('page.htm.gz')).toBe('html');
    expect(formatFromPath('wire.ndjson')).toBe('jsonl');
    expect(formatFromPath('feed.atom')).toBe('xml');
    expect(formatFromPath('notes.docx')).toBeNull();
    expect(formatFromPath('archive.gz')).toBeNull();
    expect(formatFromPath('Makefile')).toBeNull();
    expect(isSupportedPath('x.json.gz')).toBe(true);
    expect(isSupportedPath('x.pdf')).toBe(false);
  });
});

describe('sniffFormat', () => {
  it('recognises markup, feeds, JSON and front matter, else text', () => {
    expect(sniffFormat('<!DOCTYPE html><html>')).toBe('html');
    expect(sniffFormat('\n  <!-- saved page --><html lang="en">')).toBe('html');
    expect(sniffFormat('<p>A fragment of a story.</p>')).toBe('html');
    expect(sniffFormat('<?xml version="1.0"?><rss>')).toBe('xml');
    expect(sniffFormat('<feed xmlns="http://www.w3.org/2005/Atom">')).toBe('xml');
    expect(sniffFormat('{"text": "x"}')).toBe('json');
    expect(sniffFormat('[{"text": "x"}]')).toBe('json');
    expect(sniffFormat('---\ntitle: A\n---\nBody')).toBe('markdown');
    expect(sniffFormat('[Reuters] The council met.')).toBe('text');
    expect(sniffFormat('{{template}} is not JSON')).toBe('text');
    expect(sniffFormat('x < y and <b> is later')).toBe('text');
  });

  it('prefers the extension over the content', () => {
    expect(detectFormat('story.txt', '<html><body>shown as text</body></html>')).toBe('text');
    expect(detectFormat('story.bin', '<html><body>sniffed</body></html>')).toBe('html');
    expect(detectFormat(undefined, '{"text": "x"}')).toBe('json');
  });
});

describe('scanXmlProlog', () => {
  it('finds the root past declarations, comments and a DOCTYPE', () => {
    expect(scanXmlProlog('\uFEFF<?xml version="1.0"?>\n<!-- c --><?xml-stylesheet href="s.xsl"?><rss version="2.0">')).toEqual({ root: 'rss', declaresEntities: false });
    expect(scanXmlProlog('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd"><html>')).toEqual({ root: 'html', declaresEntities: false });
    expect(scanXmlProlog('<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">').root).toBe('atom:feed');
    expect(scanXmlProlog('just words').root).toBeNull();
  });

  it('flags entity declarations in the internal subset, even when it holds a ">"', () => {
    expect(scanXmlProlog('<!DOCTYPE rss [<!ATTLIST item a CDATA "x>y"><!ENTITY e "boom">]><rss>')).toEqual({ root: 'rss', declaresEntities: true });
    expect(scanXmlProlog('<!DOCTYPE rss [<!ATTLIST item a CDATA #IMPLIED>]><rss>')).toEqual({ root: 'rss', declaresEntities: false });
  });
});
