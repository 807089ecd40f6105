// Search and category filters ("facets", "refinements"): the checkboxes and counts a shop or search page lists
// beside its results to narrow them, which are controls, not text.
import { textOf } from '../html-dom.js';
import { MAX_FACET_PANEL_CHARS } from '../html-settings.js';
import { attributeRule, type HtmlRule } from './rule.js';

const byName = attributeRule('facets', 'filters', /facet|facets|facetnav|refinement|refinements|filters|filterpanel|productfilters|searchfilters/);

// A wrapper of results and filters together ("search-facets-layout") holds far more text than any filter panel.
export const facets: HtmlRule = { ...byName, matches: (el, ctx) => byName.matches(el, ctx) && textOf(el).length <= MAX_FACET_PANEL_CHARS };
