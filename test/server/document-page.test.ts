import { describe, expect, it } from 'vitest';
import { Document } from '../../src/contract/analysis.js';
import { documentPage } from '../../src/ui/document-page.js';

const record = (over: Record<string, unknown>) =>
  Document.parse({
    id: 'd_1', key: 'pages/ferry.html', source: 'pages/ferry.html', format: 'html',
    title: 'Night ferry returns to the north quay', publisher: 'Saltmarsh Echo', authors: ['Ines Varga'],
    published: '2026-05-14T08:00:00Z', publishedConfidence: 1, language: 'en', url: null,
    text: 'The night crossing now leaves at ten past eleven from the north quay.', removed: [], segments: [],
    duplicateOf: null, borrowedFrom: [], timeExpressions: [], ...over,
  });

describe('the document page', () => {
  it('shows the stated update beside the publication date, and nothing when the page was not updated later', () => {
    const updated = String(documentPage({ document: record({ modified: '2026-05-16T17:30:00Z' }), stories: [], original: null }));
    expect(updated).toMatch(/<dt>Published<\/dt><dd>[^<]*2026-05-14/);
    expect(updated).toMatch(/<dt>Updated<\/dt><dd>[^<]*2026-05-16/);
    const sameDay = String(documentPage({ document: record({ modified: '2026-05-14T11:00:00Z' }), stories: [], original: null }));
    expect(sameDay).not.toContain('<dt>Updated</dt>');
    expect(String(documentPage({ document: record({}), stories: [], original: null }))).not.toContain('<dt>Updated</dt>');
  });
});
