// Extract stage: one stored document -> clean paragraphs, metadata, removals and topic segments.
import type { ExtractedDocument, SourceDocument } from '../core/records.js';
import { applyLineRules } from './clean-lines.js';
import { extractHtml } from './html.js';
import { segmentBlocks } from './segments.js';
import { extractText } from './text.js';

export { HTML_RULES } from './html-rules/index.js';
export { LINE_RULES } from './text-rules/index.js';
export { normalizeDate } from './dates.js';

export function extractDocument(doc: SourceDocument): ExtractedDocument {
  const hints = doc.hints;
  const raw =
    doc.bodyType === 'html' ? extractHtml(doc.body) : extractText(doc.body, doc.bodyType === 'markdown', Boolean(hints.title));
  // Caller hints win over anything read from the document.
  const title = hints.title ?? raw.metadata.title;
  const lines = applyLineRules(raw.blocks, title);
  const authors = hints.authors?.length ? hints.authors : raw.metadata.authors.length ? raw.metadata.authors : lines.authors;
  return {
    title,
    publisher: hints.publisher ?? raw.metadata.publisher,
    authors,
    published: hints.published ?? raw.metadata.published ?? lines.published,
    url: hints.url ?? raw.metadata.url,
    paragraphs: lines.blocks.filter((b) => b.kind !== 'separator').map((b) => b.text),
    removed: [...raw.removed, ...lines.removed],
    segments: segmentBlocks(lines.blocks, title),
  };
}
