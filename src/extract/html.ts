// HTML body -> metadata, blocks and removals.
import { parseDocument } from 'htmlparser2';
import { removeBoilerplate } from './html-clean.js';
import { collectBlocks } from './html-blocks.js';
import { readHtmlMetadata } from './html-metadata.js';
import { chooseMainContainer } from './main-container.js';
import type { RawExtraction } from './types.js';

export function extractHtml(html: string): RawExtraction {
  const dom = parseDocument(html).children;
  // Metadata first: bylines and page headers are about to be removed.
  const metadata = readHtmlMetadata(dom);
  const removed = removeBoilerplate(dom);
  const blocks = collectBlocks(chooseMainContainer(dom), removed);
  return { metadata, blocks, removed };
}
