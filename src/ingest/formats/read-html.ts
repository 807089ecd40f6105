// HTML: the whole file is one document. Malformed markup is not a failure; extraction is lenient.
import type { IngestResult } from '../../core/records.js';
import { makeItem, type DocumentContext } from '../document.js';

export function* readHtml(context: DocumentContext): Generator<IngestResult> {
  yield makeItem(context, {
    key: context.name,
    source: context.name,
    format: 'html',
    raw: context.bytes,
    bodyType: 'html',
    body: context.text,
  });
}
