// Applies the HTML removal rules to the whole page, recording what each one took out.
import { DomUtils } from 'htmlparser2';
import { isTag, type AnyNode, type Element } from 'domhandler';
import type { RemovalRecord } from '../contract/analysis.js';
import { HTML_RULES, type HtmlRule } from './html-rules/index.js';
import { findAll, isArticleLike, textOf } from './html-dom.js';
import { removal } from './text-util.js';

// An element holding at least this share of the page's paragraph text is the content, whatever its class says
// (wrappers like <div class="has-sidebar"> or an ASP.NET page-wide <form>).
export const PROTECTED_TEXT_SHARE = 0.5;

const STRUCTURAL = new Set(['html', 'body']);

function paragraphText(root: Element | AnyNode[]): number {
  return findAll(root, (e) => e.name === 'p').reduce((n, p) => n + textOf(p).length, 0);
}

/** Remove boilerplate elements in place; returns a record for each removal with visible text. */
export function removeBoilerplate(dom: AnyNode[], rules: readonly HtmlRule[] = HTML_RULES): RemovalRecord[] {
  const removed: RemovalRecord[] = [];
  const pageText = paragraphText(dom);

  const isProtected = (el: Element, rule: HtmlRule): boolean => {
    if (!rule.record) return false; // invisible elements always go
    if (STRUCTURAL.has(el.name) || isArticleLike(el)) return true;
    if (DomUtils.existsOne(isArticleLike, el.children)) return true;
    return pageText > 0 && paragraphText(el) / pageText >= PROTECTED_TEXT_SHARE;
  };

  const visit = (nodes: AnyNode[], insideArticle: boolean): void => {
    for (const node of [...nodes]) {
      if (!isTag(node)) continue;
      const rule = rules.find((r) => r.matches(node, { insideArticle }) && !isProtected(node, r));
      if (rule) {
        if (rule.record) {
          const text = textOf(node);
          if (text !== '') removed.push(removal(text, rule.reason));
        }
        DomUtils.removeElement(node);
        continue;
      }
      visit(node.children, insideArticle || isArticleLike(node));
    }
  };
  visit(dom, false);
  return removed;
}
