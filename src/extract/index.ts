// Extract stage: one stored document -> clean paragraphs, metadata, removals and topic segments.
import type { ExtractedDocument, SourceDocument } from '../core/records.js';
import { parseByline } from './byline.js';
import { applyLineRules } from './clean-lines.js';
import { extractHtml } from './html.js';
import { segmentBlocks } from './segments.js';
import { extractText } from './text.js';
import { comparable } from './text-util.js';

export { HTML_RULES } from './html-rules/index.js';
export { LINE_RULES } from './text-rules/index.js';
export { normalizeDate } from './dates.js';
export { findOutletBoilerplate, boilerplateSet, REPEATED_ACROSS_OUTLET } from './corpus-boilerplate.js';

/** Evidence from the rest of the corpus that one document cannot see alone. */
export interface ExtractContext {
  /** comparable() forms of lines repeated across documents of this document's outlet (see corpus-boilerplate.ts). */
  boilerplateLines?: ReadonlySet<string>;
}

/** "By Rosa Tenn" in a hint -> "Rosa Tenn". */
function cleanHintAuthors(authors: string[] | undefined): string[] | undefined {
  return authors?.flatMap((a) => {
    const names = /^\s*by\s/i.test(a) ? parseByline(a) : [];
    return names.length > 0 ? names : [a];
  });
}

export function extractDocument(doc: SourceDocument, context: ExtractContext = {}): ExtractedDocument {
  const hints = doc.hints;
  const raw =
    doc.bodyType === 'html' ? extractHtml(doc.body) : extractText(doc.body, doc.bodyType === 'markdown', Boolean(hints.title));
  // Caller hints win over anything read from the document.
  const title = hints.title ?? raw.metadata.title;
  const hintAuthors = cleanHintAuthors(hints.authors);
  const knownAuthors = hintAuthors?.length ? hintAuthors : raw.metadata.authors;
  const boilerplate = context.boilerplateLines ? new Set([...context.boilerplateLines].map(comparable)) : undefined;
  const lines = applyLineRules(raw.blocks, title, {
    authors: knownAuthors,
    boilerplateLines: boilerplate,
    plainText: doc.bodyType !== 'html',
    thread: raw.thread === true,
  });
  const authors = knownAuthors.length ? knownAuthors : lines.authors;
  return {
    title,
    publisher: hints.publisher ?? raw.metadata.publisher,
    authors,
    // A served or captured date (HTTP, WARC) is the last resort: the article's own date always wins.
    published: hints.published ?? raw.metadata.published ?? lines.published ?? hints.servedDate ?? null,
    modified: raw.metadata.modified,
    declaredLanguage: raw.metadata.language,
    url: hints.url ?? raw.metadata.url,
    paragraphs: lines.blocks.filter((b) => b.kind !== 'separator').map((b) => b.text),
    removed: [...raw.removed, ...lines.removed],
    segments: segmentBlocks(lines.blocks, title),
  };
}
