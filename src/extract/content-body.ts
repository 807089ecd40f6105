// Recognises elements that name themselves the article body: itemprop=articleBody, <article>, <main>, and class
// or id names such as "entry-content", "article__body" or "storyText" (the convention of most publishing systems).
import type { Element } from 'domhandler';
import { attributeTokens } from './html-rules/rule.js';

// First word of a body name: what the page is.
const BODY_SUBJECT = new Set(['article', 'post', 'entry', 'story', 'blog', 'news', 'single', 'main', 'page', 'body', 'td', 'content']);
// Second word: the part holding the text.
const BODY_PART = new Set(['content', 'body', 'text', 'copy', 'entry', 'prose']);
// Names written as one word.
const BODY_WORDS = new Set(['articlebody', 'storybody', 'postbody', 'entrycontent', 'articlecontent', 'postcontent', 'articletext', 'storytext', 'storycontent', 'bodytext', 'maincontent']);

/**
 * How strongly an element names itself the main text, 0 when it does not: 4 itemprop=articleBody,
 * 3 a body class or id name, 2 <article>, 1 <main> or role=main (these often wrap teasers and rails too).
 */
export function contentBodyRank(el: Element, tokens: string[] = attributeTokens(el)): number {
  if (el.name === 'body' || el.name === 'html') return 0;
  if ((el.attribs.itemprop ?? '').toLowerCase() === 'articlebody') return 4;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (BODY_WORDS.has(t)) return 3;
    if (BODY_SUBJECT.has(t) && i + 1 < tokens.length && BODY_PART.has(tokens[i + 1]!)) return 3;
  }
  if (el.name === 'article') return 2;
  if (el.name === 'main' || el.attribs.role === 'main') return 1;
  return 0;
}
