// The standfirst (dek): the summary sentence set between the headline and the text. It restates the story in
// other words, and the reader's article starts after it, as in WCXB's gold.
import type { Element } from 'domhandler';
import { textOf } from '../html-dom.js';
import type { HtmlRule } from './rule.js';
import { attributeRule } from './rule.js';

// Class and id names of the standfirst in publishing systems ("standfirst", "dek", "article-subheadline",
// "strapline"); "subhead" alone is left out, since it names the subheadings inside the text too.
const named = attributeRule('standfirst', 'standfirst', /standfirst|dek|subheadline|strapline/);

// A second heading straight after the <h1> written as a whole sentence is a standfirst set as <h2>; a subheading
// of the text is a few words and comes after paragraphs.
const MIN_STANDFIRST_HEADING_WORDS = 10;

function previousElement(el: Element): Element | null {
  let p = el.prev;
  while (p && p.type !== 'tag') {
    if (p.type === 'text' && (p as { data: string }).data.trim() !== '') return null;
    p = p.prev;
  }
  return (p as Element | null) ?? null;
}

function isHeadingStandfirst(el: Element): boolean {
  if (el.name !== 'h2') return false;
  const prev = previousElement(el);
  if (!prev || prev.name !== 'h1') return false;
  return textOf(el).split(/\s+/).filter((w) => w !== '').length >= MIN_STANDFIRST_HEADING_WORDS;
}

export const standfirst: HtmlRule = {
  ...named,
  matches: (el, ctx) => named.matches(el, ctx) || isHeadingStandfirst(el),
};
