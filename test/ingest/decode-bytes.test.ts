import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../src/ingest/index.js';
import { scanUtf8 } from '../../src/ingest/decode-bytes.js';

const RUSSIAN =
  'Правительство объявило в понедельник о новых мерах поддержки малого бизнеса. ' +
  'Министр экономики заявил журналистам, что программа начнёт работать уже в следующем месяце.';
const FRENCH = 'Le gouvernement a annoncé lundi une série de mesures économiques. « Nous agissons vite », a déclaré la ministre à Genève.';

function ok(result: ReturnType<typeof decodeBytes>) {
  if (!result.ok) throw new Error(`expected success, got failure: ${result.reason}`);
  return result;
}

describe('decodeBytes: byte order marks', () => {
  it('honours a UTF-8 BOM and strips it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zürich council votes', 'utf8')]);
    const result = ok(decodeBytes(bytes));
    expect(result.charset).toBe('utf-8');
    expect(result.text).toBe('Zürich council votes');
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM (NUL bytes are fine there)', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FRENCH, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(FRENCH, 'utf16le').swap16()]);
    expect(ok(decodeBytes(le)).text).toBe(FRENCH);
    expect(ok(decodeBytes(le)).charset).toBe('utf-16le');
    expect(ok(decodeBytes(be)).text).toBe(FRENCH);
    expect(ok(decodeBytes(be)).charset).toBe('utf-16be');
  });
});

describe('decodeBytes: declarations', () => {
  it('uses an HTML meta charset for Latin-1 text', () => {
    const html = `<html><head><meta charset="iso-8859-1"><title>Genève</title></head><body><p>${FRENCH}</p></body></html>`;
    const result = ok(decodeBytes(iconv.encode(html, 'latin1'), 'html'));
    expect(result.text).toContain('déclaré la ministre à Genève');
    // Browsers read ISO-8859-1 as its superset windows-1252.
    expect(result.charset).toBe('windows-1252');
  });

  it('uses an http-equiv content-type declaration', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>${RUSSIAN}</p></body></html>`;
    const result = ok(decodeBytes(iconv.encode(html, 'windows-1251'), 'html'));
    expect(result.charset).toBe('windows-1251');
    expect(result.text).toContain('Министр экономики');
  });

  it('uses the XML declaration for a feed', () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Le Journal</title><item><description>${FRENCH}</description></item></channel></rss>`;
    const result = ok(decodeBytes(iconv.encode(xml, 'latin1'), 'xml'));
    expect(result.charset).toBe('windows-1252');
    expect(result.text).toContain('série de mesures économiques');
  });

  it('prefers valid multi-byte UTF-8 over a stale legacy declaration, with a warning', () => {
    const html = `<meta charset="iso-8859-1"><p>${FRENCH}</p>`;
    const result = ok(decodeBytes(Buffer.from(html, 'utf8'), 'html'));
    expect(result.charset).toBe('utf-8');
    expect(result.text).toContain('à Genève');
    expect(result.warnings[0]).toMatch(/ignored: the bytes are valid UTF-8/);
  });

  it('detects when a page declares UTF-8 but is Windows-1251', () => {
    const page = `<html><head><meta charset="utf-8"></head><body><p>${RUSSIAN}</p></body></html>`;
    const result = ok(decodeBytes(iconv.encode(page, 'windows-1251'), 'html'));
    expect(result.charset).toBe('windows-1251');
    expect(result.text).toContain('Министр экономики');
    expect(result.warnings).toEqual(['declared charset "UTF-8" does not match the bytes; detected instead']);
  });

  it('ignores a UTF-16 XML declaration on bytes that cannot be UTF-16', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><rss><channel><item><description>${FRENCH}</description></item></channel></rss>`;
    const result = ok(decodeBytes(Buffer.from(xml, 'utf8'), 'xml'));
    expect(result.charset).toBe('utf-8');
    expect(result.text).toContain('à Genève');
  });

  it('ignores an unknown declared charset and detects instead', () => {
    const result = ok(decodeBytes(Buffer.from(`<meta charset="klingon-8"><p>${FRENCH}</p>`, 'utf8'), 'html'));
    expect(result.charset).toBe('utf-8');
  });
});

describe('decodeBytes: detection without a declaration', () => {
  it('reads plain ASCII and valid UTF-8 as UTF-8', () => {
    expect(ok(decodeBytes(Buffer.from('City council meets on Monday.'))).charset).toBe('utf-8');
    expect(ok(decodeBytes(Buffer.from(RUSSIAN, 'utf8'))).text).toBe(RUSSIAN);
  });

  it('detects Windows-1251 Russian text with chardet', () => {
    const result = ok(decodeBytes(iconv.encode(RUSSIAN, 'windows-1251')));
    expect(result.charset).toBe('windows-1251');
    expect(result.text).toBe(RUSSIAN);
  });

  it('detects KOI8-R Russian text', () => {
    const result = ok(decodeBytes(iconv.encode(RUSSIAN, 'koi8-r')));
    expect(result.charset).toBe('koi8-r');
    expect(result.text).toBe(RUSSIAN);
  });

  it('detects undeclared Latin-1 text as windows-1252', () => {
    const result = ok(decodeBytes(iconv.encode(FRENCH, 'latin1')));
    expect(result.charset).toBe('windows-1252');
    expect(result.text).toBe(FRENCH);
  });

  it('detects an undeclared windows-1251 HTML page', () => {
    const page = `<html><head><title>Новости</title></head><body><p>${RUSSIAN}</p></body></html>`;
    const result = ok(decodeBytes(iconv.encode(page, 'windows-1251'), 'html'));
    expect(result.charset).toBe('windows-1251');
    expect(result.text).toContain('малого бизнеса');
  });
});

describe('decodeBytes: invalid UTF-8', () => {
  it('repairs a few bad bytes in a UTF-8 file and warns', () => {
    const good = Buffer.from(`${RUSSIAN} ${RUSSIAN} ${RUSSIAN}`, 'utf8');
    const at = good.indexOf(0x20, 100); // at a space, so no multi-byte character is split
    const bytes = Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at)]);
    const result = ok(decodeBytes(bytes));
    expect(result.charset).toBe('utf-8');
    expect(result.text).toContain('\uFFFD');
    expect(result.warnings).toEqual(['invalid UTF-8: replaced 1 bad byte sequence with U+FFFD']);
  });

  it('fails when many sequences are broken', () => {
    const parts: Buffer[] = [];
    for (let i = 0; i < 20; i++) parts.push(Buffer.from('Ещё одна новость. ', 'utf8'), Buffer.from([0xc3, 0x28]));
    const result = decodeBytes(Buffer.concat(parts));
    expect(result).toEqual({ ok: false, reason: 'invalid UTF-8 (20 bad byte sequences)' });
  });

  it('counts sequences with the maximal-subpart rule', () => {
    expect(scanUtf8(Buffer.from('aé€😀', 'utf8'))).toEqual({ multiByte: 3, invalid: 0, invalidBytes: 0 });
    // E2 82 is a truncated euro sign: one bad sequence of two bytes.
    expect(scanUtf8(Buffer.from([0x61, 0xe2, 0x82, 0x61]))).toEqual({ multiByte: 0, invalid: 1, invalidBytes: 2 });
  });
});

describe('decodeBytes: binary and empty', () => {
  it('fails on NUL bytes without a UTF-16 BOM', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeBytes(png)).toEqual({ ok: false, reason: 'binary content (not text, HTML, JSON or a feed)' });
  });

  it('fails on a high share of control characters', () => {
    const bytes = Buffer.alloc(400);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 3 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26);
    expect(decodeBytes(bytes)).toEqual({ ok: false, reason: 'binary content (not text, HTML, JSON or a feed)' });
  });

  it('fails on empty and whitespace-only input', () => {
    expect(decodeBytes(Buffer.alloc(0))).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeBytes(Buffer.from(' \n\t\r\n  '))).toEqual({ ok: false, reason: 'empty file' });
  });
});
