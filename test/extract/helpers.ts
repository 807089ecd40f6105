import type { BodyType, MetadataHints, SourceDocument } from '../../src/core/records.js';

export function doc(bodyType: BodyType, body: string, hints: MetadataHints = {}): SourceDocument {
  return { id: 'doc-1', key: 'page', source: 'page', format: bodyType, bodyType, body, hints, ingestedAt: '2024-03-06T00:00:00Z' };
}
