// Page chrome named only by class or id: site footers and mastheads built from <div>s ("site-footer",
// "Footer-styled__Footer", "global-header"), which the <footer>/<header> rules cannot see. A part's own footer
// ("card-footer", "section-footer", "entry-footer") is not the page's, so the name must stand alone or belong to
// the site, and an element inside <article>/<main> is never taken for the page's chrome.
import type { HtmlRule } from './rule.js';
import { attributeTokens } from './rule.js';
import { PROTECTED_CONTENT_SHARE } from '../html-settings.js';

// Words naming the whole site or page as the owner of the footer or header ("site-footer", "global-header").
const PAGE_OWNERS = new Set(['site', 'page', 'global', 'main', 'layout', 'app', 'website', 'bottom', 'top']);

function chromeRule(name: string, reason: string, part: string, single: RegExp): HtmlRule {
  return {
    name,
    reason,
    record: true,
    weak: true,
    protectShare: PROTECTED_CONTENT_SHARE,
    matches: (el, ctx) => {
      if (ctx.insideArticle) return false;
      const tokens = ctx.tokens ?? attributeTokens(el);
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (single.test(t)) return true;
        if (t === part && (i === 0 || PAGE_OWNERS.has(tokens[i - 1]!))) return true;
      }
      return false;
    },
  };
}

export const footerClass = chromeRule('footer-class', 'page-footer', 'footer', /^(?:sitefooter|globalfooter|pagefooter)$/);
export const headerClass = chromeRule('header-class', 'page-header', 'header', /^(?:masthead|siteheader|globalheader|topbar|navbar)$/);
