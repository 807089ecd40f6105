// HTML body -> metadata, blocks and removals.
import { parseDocument } from 'htmlparser2';
import { declaresArticle } from './article-page.js';
import { declaresDiscussion } from './discussion-page.js';
import { declaresProduct } from './product-page.js';
import { isSkipped } from './html-clean.js';
import { indexPage, type PageIndex } from './html-blocks.js';
import { boundNesting } from './bound-nesting.js';
import { flattenDeepNodes } from './html-dom.js';
import { readHtmlMetadata } from './html-metadata.js';
import { chooseResult, passOutput, THREAD_PASS, type PassResult } from './html-passes.js';
import { MAX_DOM_DEPTH, MIN_MAIN_TEXT_CHARS, MIN_TEASER_FREE_ARTICLE_CHARS, MIN_TEASER_FREE_SHARE } from './html-settings.js';
import type { HtmlRule } from './html-rules/index.js';
import { markRepeatedLabels } from './repeated-labels.js';
import { markTeaserCards, unmarkTeaserCards } from './teaser-cards.js';
import type { RawExtraction } from './types.js';

// Outside SVG and MathML a browser reads "<![CDATA[" as a bogus comment ending at the next ">"; the parser would
// instead swallow everything up to "]]>", sometimes the whole page body.
const HTML_CDATA_OPEN = /<!\[CDATA\[/g;

/**
 * The cascade with teaser cards set aside as links, unless that loses most of the text on a page that does not
 * declare one article: then the teasers were the page itself (an index of stories) and the first answer stands.
 */
function chooseWithoutTeasers(page: PageIndex, discussion: boolean, product: boolean, article: boolean): PassResult {
  const withTeasers = chooseResult(page, discussion, product, article);
  // On a declared thread, short replies under a linked user name have the shape of cards but are the page.
  if (discussion || markTeaserCards(page) === 0) return withTeasers;
  const without = chooseResult(page, discussion, product, article);
  if (without.container.content >= MIN_TEASER_FREE_SHARE * withTeasers.container.content) return without;
  // A page declaring one article still has a whole article without the cards: they were a rail or a ticker
  // beside it, however long.
  if (article && without.container.content >= MIN_TEASER_FREE_ARTICLE_CHARS) return without;
  unmarkTeaserCards(page);
  return withTeasers;
}

// No hiding rule: hidden elements are read like any other.
const NO_HIDING_RULES: readonly HtmlRule[] = [];

export function extractHtml(html: string): RawExtraction {
  const source = boundNesting(html.includes('<![CDATA[') ? html.replace(HTML_CDATA_OPEN, '<!-- CDATA -->') : html);
  const dom = parseDocument(source).children;
  // Bound the depth before anything walks the tree recursively.
  flattenDeepNodes(dom, MAX_DOM_DEPTH);
  // Metadata first: it reads bylines and headers from the untouched page.
  const metadata = readHtmlMetadata(dom);
  const discussion = declaresDiscussion(source);
  const product = !discussion && declaresProduct(source);
  const article = !discussion && !product && declaresArticle(source);
  let page = indexPage(dom, (el) => isSkipped(el));
  markRepeatedLabels(page);
  let result = chooseWithoutTeasers(page, discussion, product, article);
  if (result.container.content < MIN_MAIN_TEXT_CHARS) {
    // Nothing visible: the page hides its server-rendered text until scripts reveal it (a wrapper styled hidden
    // until hydration). Read it again with hidden elements shown; only never-shown tags stay out.
    const revealed = indexPage(dom, (el) => isSkipped(el, NO_HIDING_RULES));
    markRepeatedLabels(revealed);
    const second = chooseWithoutTeasers(revealed, discussion, product, article);
    if (second.container.content >= MIN_MAIN_TEXT_CHARS) [page, result] = [revealed, second];
  }
  const { blocks, removed } = passOutput(page, result);
  return { metadata, blocks, removed, thread: result.pass === THREAD_PASS.name };
}
