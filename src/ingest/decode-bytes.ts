// Turns bytes into text: BOM, then the document's own declaration, then valid UTF-8, then chardet.
import chardet from 'chardet';
import { Sniffer, ResultType } from 'encoding-sniffer/sniffer';
import iconv from 'iconv-lite';

/** Which declarations to look for: an HTML <meta> prescan, an XML <?xml encoding?>, or none. */
export type DecodeHint = 'html' | 'xml' | 'text';

export type DecodeResult =
  | { ok: true; text: string; charset: string; warnings: string[] }
  | { ok: false; reason: string };

export const BINARY_REASON = 'binary content (not text, HTML, JSON or a feed)';

// Uniformly random bytes decode to ~11% control characters; real text has next to none.
const BINARY_CONTROL_SHARE = 0.05;
// A file is "mostly UTF-8" when at least half its non-ASCII sequences are well-formed UTF-8;
// legacy single-byte text almost never forms valid multi-byte sequences.
const MOSTLY_UTF8_VALID_SHARE = 0.5;
// A few bad sequences in a UTF-8 file are transfer damage worth repairing; more means the wrong charset.
const INVALID_UTF8_TOLERATED_BYTE_SHARE = 0.01;
// chardet guesses below this confidence are noise; we fall back to windows-1252, which decodes any byte.
const CHARDET_MIN_CONFIDENCE = 10;
// A UTF-16/32 declaration without a BOM cannot be right here: such text always holds NUL bytes, which we ruled out.
const WIDE_UNICODE = /^utf-?(16|32)/;
// chardet reads its whole input; a sample this size already settles the charset of any article.
const CHARDET_SAMPLE_BYTES = 64 * 1024;
// The HTML spec's prescan window, also used for the XML declaration.
const DECLARATION_SCAN_BYTES = 1024;
// Decoding text that no declaration describes: windows-1252 is what browsers assume and never fails.
const FALLBACK_CHARSET = 'windows-1252';

// chardet names that never make sense as a guess for a BOM-less, non-UTF-8 news document.
const CHARDET_EXCLUDED = new Set(['UTF-8', 'ASCII', 'UTF-16BE', 'UTF-16LE', 'UTF-32', 'UTF-32BE', 'UTF-32LE', 'mbcs', 'sbcs', 'ISO_2022']);
// Browsers treat these labels as their Windows supersets, which also cover the 0x80-0x9F punctuation.
const CHARSET_SUPERSETS: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'latin1': 'windows-1252',
  'us-ascii': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'iso-8859-11': 'windows-874',
  'tis-620': 'windows-874',
};

/** Lowercased canonical charset name, mapped to its browser superset; null when iconv-lite cannot decode it. */
export function normaliseCharset(label: string): string | null {
  const lower = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (lower === 'utf8') return 'utf-8';
  const name = CHARSET_SUPERSETS[lower] ?? lower;
  return iconv.encodingExists(name) ? name : null;
}

export interface Utf8Scan {
  /** Well-formed sequences of two to four bytes. */
  multiByte: number;
  /** Ill-formed sequences (each replaced by one U+FFFD). */
  invalid: number;
  invalidBytes: number;
}

/** Counts well-formed multi-byte and ill-formed UTF-8 sequences (maximal-subpart rule). */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { multiByte: 0, invalid: 0, invalidBytes: 0 };
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) { i++; continue; }
    let needed = 0;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    }
    let consumed = 1;
    let ok = needed > 0;
    for (let k = 0; ok && k < needed; k++) {
      const next = bytes[i + 1 + k];
      const min = k === 0 ? low : 0x80;
      const max = k === 0 ? high : 0xbf;
      if (next === undefined || next < min || next > max) ok = false;
      else consumed++;
    }
    if (ok) {
      scan.multiByte++;
    } else {
      scan.invalid++;
      scan.invalidBytes += consumed;
    }
    i += consumed;
  }
  return scan;
}

type Bom = { charset: string; length: number };

export function detectBom(bytes: Uint8Array): Bom | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** The charset an HTML document declares in <meta charset> / http-equiv (WHATWG prescan), or null. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const sniffer = new Sniffer({ maxBytes: DECLARATION_SCAN_BYTES });
  sniffer.write(bytes.subarray(0, DECLARATION_SCAN_BYTES));
  return sniffer.resultType === ResultType.META_TAG || sniffer.resultType === ResultType.XML_ENCODING
    ? sniffer.encoding
    : null;
}

const XML_DECLARATION = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/** The charset named by a leading <?xml ... encoding="..."?>, or null. */
export function declaredXmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, DECLARATION_SCAN_BYTES)).toString('latin1');
  return XML_DECLARATION.exec(head)?.[1] ?? null;
}

/** chardet's best sensible guess for non-UTF-8 bytes, or null when it has none. */
export function guessCharset(bytes: Uint8Array): string | null {
  for (const match of chardet.analyse(bytes.subarray(0, CHARDET_SAMPLE_BYTES))) {
    if (CHARDET_EXCLUDED.has(match.name) || match.confidence < CHARDET_MIN_CONFIDENCE) continue;
    const name = normaliseCharset(match.name);
    if (name) return name;
  }
  return null;
}

function hasNulByte(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/** Share of characters that are control characters other than tab, newline, carriage return and form feed. */
export function controlCharacterShare(text: string): number {
  if (text.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  return control / text.length;
}

function finish(text: string, charset: string, warnings: string[]): DecodeResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.includes('\u0000') || controlCharacterShare(body) > BINARY_CONTROL_SHARE) return { ok: false, reason: BINARY_REASON };
  if (body.trim() === '') return { ok: false, reason: 'empty file' };
  return { ok: true, text: body, charset, warnings };
}

function decodeAs(bytes: Uint8Array, charset: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset, { stripBOM: true });
}

/**
 * Decodes a document: BOM > declaration (HTML meta prescan or XML declaration) > valid UTF-8 >
 * mostly-UTF-8 with repairs > chardet > windows-1252. Fails on empty, binary or badly broken UTF-8 input.
 */
export function decodeBytes(bytes: Uint8Array, hint: DecodeHint = 'text'): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const bom = detectBom(bytes);
  if (bom) return finish(decodeAs(bytes.subarray(bom.length), bom.charset), bom.charset, []);
  // NUL bytes never occur in 8-bit or UTF-8 text; without a UTF-16 BOM they mean binary.
  if (hasNulByte(bytes)) return { ok: false, reason: BINARY_REASON };

  const warnings: string[] = [];
  const scan = scanUtf8(bytes);
  const validUtf8 = scan.invalid === 0;
  const label = hint === 'html' ? declaredHtmlCharset(bytes) : hint === 'xml' ? declaredXmlCharset(bytes) : null;
  if (label) {
    const declared = normaliseCharset(label);
    if (!declared) {
      warnings.push(`declared charset "${label}" is unknown; detected instead`);
    } else if (declared !== 'utf-8' && !WIDE_UNICODE.test(declared)) {
      // A page re-saved as UTF-8 often keeps its old legacy declaration; valid multi-byte UTF-8 is the stronger signal.
      if (validUtf8 && scan.multiByte > 0) {
        warnings.push(`declared charset "${label}" ignored: the bytes are valid UTF-8`);
      } else {
        return finish(decodeAs(bytes, declared), declared, warnings);
      }
    } else if (declared === 'utf-8' && !validUtf8 && scan.multiByte === 0) {
      warnings.push(`declared charset "${label}" does not match the bytes; detected instead`);
    }
  }

  if (validUtf8) return finish(Buffer.from(bytes).toString('utf8'), 'utf-8', warnings);

  const validShare = scan.multiByte / (scan.multiByte + scan.invalid);
  if (scan.multiByte > 0 && validShare >= MOSTLY_UTF8_VALID_SHARE) {
    if (scan.invalidBytes / bytes.length >= INVALID_UTF8_TOLERATED_BYTE_SHARE) {
      return { ok: false, reason: `invalid UTF-8 (${scan.invalid} bad byte sequences)` };
    }
    warnings.push(`invalid UTF-8: replaced ${scan.invalid} bad byte sequence${scan.invalid === 1 ? '' : 's'} with U+FFFD`);
    return finish(Buffer.from(bytes).toString('utf8'), 'utf-8', warnings);
  }

  const guessed = guessCharset(bytes) ?? FALLBACK_CHARSET;
  return finish(decodeAs(bytes, guessed), guessed, warnings);
}
