// Marks boilerplate subtrees with the HTML removal rules. Nothing is deleted: each extraction pass decides
// which marks it honours, and only the pass that is kept reports its removals.
import { isTag, type AnyNode, type Element } from 'domhandler';
import type { RemovalRecord } from '../contract/analysis.js';
import { HTML_RULES, type HtmlRule } from './html-rules/index.js';
import { isArticleLike, textOf } from './html-dom.js';
import type { PageIndex } from './html-blocks.js';
import { MIN_NOSCRIPT_TEXT_CHARS } from './html-settings.js';
import { removal } from './text-util.js';

// Never removed by a recorded rule: removing them would remove the page.
const STRUCTURAL = new Set(['html', 'body']);
// Tags whose content is never shown as text.
const NEVER_SHOWN = new Set(['script', 'style', 'template', 'svg', 'canvas', 'head', 'title', 'meta', 'link', 'iframe', 'object', 'embed', 'select', 'option', 'button', 'input', 'textarea']);

/** Rule marks: for each marked subtree root (element index), the rule that matched. */
export type Marks = Map<number, HtmlRule>;

/**
 * Elements skipped before any pass: never-shown tags and rules that record nothing (hidden elements).
 * A <noscript> with real text is the server-rendered page of a script app and is read like any element.
 */
export function isSkipped(el: Element, rules: readonly HtmlRule[] = HTML_RULES): boolean {
  if (NEVER_SHOWN.has(el.name)) return true;
  // Parsed as raw text, a <noscript> holds markup like "<img src=...>": only parsed elements are real content.
  if (el.name === 'noscript') return !el.children.some(isTag) || textOf(el).length < MIN_NOSCRIPT_TEXT_CHARS;
  return rules.some((r) => !r.record && r.matches(el, { insideArticle: false }));
}

/** Per-element flag: inside <article>, <main> or [itemprop=articleBody]. */
function insideArticleFlags(page: PageIndex): Uint8Array {
  const flags = new Uint8Array(page.elements.length);
  for (let i = 0; i < page.elements.length; i++) {
    const p = page.parent[i]!;
    if (p >= 0 && (flags[p] || isArticleLike(page.elements[p]!))) flags[i] = 1;
  }
  return flags;
}

/**
 * Marks subtrees matched by `rules`, outermost first. A rule with a `protectShare` leaves alone an element
 * holding at least that share of the page's content text (`contentChars` per element, `totalContent` page-wide).
 */
export function markBoilerplate(page: PageIndex, contentChars: Float64Array, totalContent: number, rules: readonly HtmlRule[]): Marks {
  const marks: Marks = new Map();
  const inside = insideArticleFlags(page);
  for (let i = 0; i < page.elements.length; ) {
    const el = page.elements[i]!;
    const ctx = { insideArticle: inside[i] === 1, tokens: page.tokens[i]! };
    const share = totalContent > 0 ? contentChars[i]! / totalContent : 0;
    const rule = rules.find(
      (r) =>
        r.record &&
        !STRUCTURAL.has(el.name) &&
        !(r.weak && isArticleLike(el)) &&
        !(r.protectShare !== undefined && share >= r.protectShare) &&
        r.matches(el, ctx),
    );
    if (rule) {
      marks.set(i, rule);
      i = page.end[i]!;
    } else {
      i++;
    }
  }
  return marks;
}

/** For each element, the index of the marked subtree root it lies in, or -1. */
export function markedRoots(page: PageIndex, marks: Marks): Int32Array {
  const root = new Int32Array(page.elements.length).fill(-1);
  for (let i = 0; i < page.elements.length; i++) {
    if (marks.has(i)) root[i] = i;
    else if (page.parent[i]! >= 0) root[i] = root[page.parent[i]!]!;
  }
  return root;
}

/** One removal record per marked subtree with visible text. */
export function markRemovals(page: PageIndex, marks: Marks): RemovalRecord[] {
  const out: RemovalRecord[] = [];
  for (const [i, rule] of marks) {
    const text = textOf(visibleChildren(page.elements[i]!));
    if (text !== '') out.push(removal(text, rule.reason));
  }
  return out;
}

function visibleChildren(el: Element): AnyNode[] {
  return el.children.filter((c) => !(isTag(c) && isSkipped(c)));
}
