// Plain text: the whole file is one document.
import type { IngestResult } from '../../core/records.js';
import { makeItem, type DocumentContext } from '../document.js';

export function* readText(context: DocumentContext): Generator<IngestResult> {
  yield makeItem(context, {
    key: context.name,
    source: context.name,
    format: 'text',
    raw: context.bytes,
    bodyType: 'text',
    body: context.text,
  });
}
