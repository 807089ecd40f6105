// A section introduced by a recommendation or review heading ("People who viewed this item also viewed",
// "You may also like", "Customer reviews"): shop carousels and review lists under obfuscated class names that
// the attribute patterns cannot see. The section is the outermost element whose first text is that heading.
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { textOf } from '../html-dom.js';
import { MAX_SECTION_HEADING_CHARS, RECOMMENDATION_PROTECTED_SHARE } from '../html-settings.js';
import type { HtmlRule } from './rule.js';

// Heading wording of recommendation rails and review lists (what other shoppers did, what else to read, which
// other questions or threads resemble this one).
const RECOMMENDATION_HEADING =
  /\b(?:(?:also|frequently|often) (?:viewed|bought|purchased|liked)|bought together|you (?:may|might|will|could) (?:also )?(?:like|love|enjoy|be interested)|similar (?:items|products)|related (?:items|products|posts|articles|stories|questions|threads|searches|pages|services|reads|topics|guides)|similar (?:questions|threads|posts|articles)|more like this|bundles? (?:&|and) offers|customers who (?:viewed|bought)|recommended (?:for you|items|products)|recently viewed|more (?:items|products) (?:like|from)|customer reviews|ratings? (?:and|&) reviews|write a review)\b/i;
// The same wording in the other languages of European outlets (Portuguese, Spanish, French, German, Italian, Dutch),
// with their most-read rails ("Lo más visto", "Meistgelesen", "Les plus lus"), which the English wording leaves to
// the line rules.
const RECOMMENDATION_HEADING_OTHER =
  /(?:^|\s)(?:voc[eê] (?:tamb[eé]m )?pode gostar|leia tamb[eé]m|veja tamb[eé]m|(?:posts|artigos|mat[eé]rias|not[ií]cias) relacionad[oa]s|tambi[eé]n te puede (?:gustar|interesar)|te puede interesar|lee tambi[eé]n|(?:art[ií]culos|noticias) relacionad[oa]s|vous aimerez aussi|[aà] lire aussi|articles similaires|sur le m[eê]me sujet|das k[oö]nnte (?:dich|sie) auch interessieren|(?:[aä]hnliche|verwandte) (?:artikel|beitr[aä]ge)|mehr zum thema|potrebbe(?:ro)? interessarti|ti potrebbe(?:ro)? (?:anche )?interessare|articoli correlati|leggi anche|gerelateerde artikelen|lees ook|lo m[aá]s (?:visto|le[ií]do)|(?:m[aá]s|mais) (?:vist[oa]s|le[ií]d[oa]s|lid[oa]s)|meistgelesen|meistgesehen|les plus (?:lus|consult[ée]s)|(?:i )?pi[uù] lett[ie]|meest gelezen)(?=$|[\s.…:!])/i;

const HEADING = /^h[2-6]$/;
const NO_TEXT_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button']);

// Per element, the heading holding its first visible text: null when that text is not in a heading, undefined
// when the element has no text (the caller then looks at the next sibling). Cached, so the rule stays linear.
const FIRST_HEADING = new WeakMap<Element, Element | null | undefined>();

function firstTextHeading(el: Element): Element | null | undefined {
  if (FIRST_HEADING.has(el)) return FIRST_HEADING.get(el);
  const found = HEADING.test(el.name) ? (textOf(el) === '' ? undefined : el) : firstInChildren(el.children);
  FIRST_HEADING.set(el, found);
  return found;
}

function firstInChildren(children: AnyNode[]): Element | null | undefined {
  for (const c of children) {
    if (isText(c)) {
      if (c.data.trim() !== '') return null;
      continue;
    }
    if (!isTag(c) || NO_TEXT_TAGS.has(c.name)) continue;
    const inner = firstTextHeading(c);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

export const recommendationSection: HtmlRule = {
  name: 'recommendation-section',
  reason: 'related',
  record: true,
  // Not weak: the evidence is the section's own heading, not a class name, so the loose pass honours it too
  // (otherwise a shop page whose carousel outweighs the description falls back to the carousel).
  weak: false,
  protectShare: RECOMMENDATION_PROTECTED_SHARE,
  matches: (el) => {
    const heading = firstTextHeading(el);
    if (!heading) return false;
    const text = textOf(heading);
    return text.length <= MAX_SECTION_HEADING_CHARS && (RECOMMENDATION_HEADING.test(text) || RECOMMENDATION_HEADING_OTHER.test(text));
  },
};
