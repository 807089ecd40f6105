// HTML body -> metadata, blocks and removals.
import { parseDocument } from 'htmlparser2';
import { declaresDiscussion } from './discussion-page.js';
import { isSkipped } from './html-clean.js';
import { indexPage } from './html-blocks.js';
import { flattenDeepNodes } from './html-dom.js';
import { readHtmlMetadata } from './html-metadata.js';
import { chooseResult, passOutput } from './html-passes.js';
import { MAX_DOM_DEPTH } from './html-settings.js';
import type { RawExtraction } from './types.js';

export function extractHtml(html: string): RawExtraction {
  const dom = parseDocument(html).children;
  // Bound the depth before anything walks the tree recursively.
  flattenDeepNodes(dom, MAX_DOM_DEPTH);
  // Metadata first: it reads bylines and headers from the untouched page.
  const metadata = readHtmlMetadata(dom);
  const page = indexPage(dom, (el) => isSkipped(el));
  const { blocks, removed } = passOutput(page, chooseResult(page, declaresDiscussion(html)));
  return { metadata, blocks, removed };
}
