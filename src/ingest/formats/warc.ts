// WARC / CC-NEWS input: every HTML response record with HTTP status 200 becomes one document, keyed by its
// WARC-Target-URI (the same key `dossier fetch` gives the page), with the record's date as its served date.
// Every other record is skipped and counted by reason. Records are read one at a time (see warc-stream.ts).
import type { IngestResult } from '../../core/records.js';
import { normaliseDate } from '../dates.js';
import { errorMessage, failure } from '../document.js';
import { applyHeaderCharset, parseContentType, responseKind } from '../fetch/content-type.js';
import { previewBytes, sniffFormat } from '../detect-format.js';
import { readDocument } from '../read-document.js';
import type { IngestSettings } from '../settings.js';
import { parseHttpResponse } from './warc-http.js';
import { readWarcRecords, WarcFormatError, type WarcRecord } from './warc-stream.js';

export { isWarcPath } from './warc-path.js';

// The only status whose body is the page itself; redirects, errors and 304s carry no article.
const DOCUMENT_STATUS = 200;

/** Called once per record that is not a document, with a short reason ("request record", "HTTP 404 response"). */
export type SkipCallback = (reason: string) => void;

function recordInput(name: string, record: WarcRecord): string {
  return `${name}#record-${record.n}`;
}

function isHtmlPayload(mime: string, payload: Buffer): boolean {
  const kind = mime ? responseKind(mime) : null;
  if (kind === 'html') return true;
  // No Content-Type at all: the bytes decide.
  return mime === '' && sniffFormat(previewBytes(payload)) === 'html';
}

/** One record to a result: an item, a failure, or null when skipped (the reason goes to onSkip). */
function readRecord(name: string, record: WarcRecord, settings: IngestSettings, onSkip: SkipCallback): IngestResult | null {
  const type = (record.fields.get('warc-type') ?? 'untyped').toLowerCase();
  if (type !== 'response') {
    onSkip(`${type} record`);
    return null;
  }
  const uri = record.fields.get('warc-target-uri')?.replace(/^<(.*)>$/, '$1');
  const input = recordInput(name, record);
  if (record.block === null) return failure(input, `${uri ?? 'response'}: ${record.tooBig}`);
  if (!(record.fields.get('content-type') ?? 'application/http').toLowerCase().startsWith('application/http')) {
    // A response record holding something other than an HTTP message (DNS lookups, FTP listings).
    onSkip('non-HTTP response record');
    return null;
  }
  const http = parseHttpResponse(record.block, settings.maxRecordBytes);
  if (!http.ok) return failure(input, `${uri ?? 'response'}: ${http.reason}`);
  const { status, headers, payload } = http.response;
  if (status !== DOCUMENT_STATUS) {
    onSkip(`HTTP ${status} response`);
    return null;
  }
  const contentType = parseContentType(headers.get('content-type'));
  if (!isHtmlPayload(contentType.mime, payload)) {
    onSkip(`non-HTML response (${contentType.mime || 'no content type'})`);
    return null;
  }
  if (!uri) return failure(input, 'response record has no WARC-Target-URI');
  const bytes = applyHeaderCharset(payload, contentType.charset, 'html');
  const results = [...readDocument({ name: uri, formatName: 'page.html', bytes, settings })];
  const result = results[0];
  if (!result) return failure(input, `${uri}: nothing read`);
  if (result.kind === 'failure') return failure(input, `${uri}: ${result.reason}`);
  const servedDate = normaliseDate(headers.get('last-modified')) ?? normaliseDate(record.fields.get('warc-date'));
  return {
    ...result,
    source: input,
    format: 'warc',
    hints: { ...result.hints, url: uri, ...(servedDate ? { servedDate } : {}) },
  };
}

/**
 * Streams a WARC (or .warc.gz) and yields a result per HTML response record. Never throws: a broken file yields
 * one failure after every record read before the break.
 */
export async function* readWarc(
  name: string,
  source: NodeJS.ReadableStream,
  settings: IngestSettings,
  onSkip: SkipCallback = () => {},
): AsyncGenerator<IngestResult> {
  let records = 0;
  try {
    for await (const record of readWarcRecords(source, { maxRecordBytes: settings.maxRecordBytes })) {
      records++;
      const result = readRecord(name, record, settings, onSkip);
      if (result) yield result;
    }
    if (records === 0) yield failure(name, 'empty WARC file (no records)');
  } catch (error) {
    const reason = error instanceof WarcFormatError ? error.message : `could not read: ${errorMessage(error)}`;
    yield failure(name, records > 0 ? `${reason} (after ${records} records)` : reason);
  }
}
