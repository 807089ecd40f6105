// Tunable heuristics of the HTML main-text extractor, one named constant each with the reason it exists.

// Deeper elements are flattened into their ancestor at this depth: real pages stay far below it, and it
// bounds the recursion of every later walk over the tree (a 100k-deep DOM would overflow the stack).
export const MAX_DOM_DEPTH = 160;

// A block shorter than this (in characters) is a label, button or caption rather than running text.
export const MIN_CONTENT_BLOCK_CHARS = 40;
// ...unless it ends like a sentence: short sentences inside an article are still prose.
export const MIN_SENTENCE_BLOCK_CHARS = 25;
// A copyright or rights-reserved line up to this long is the site's legal notice; a longer block citing one is prose.
export const MAX_LEGAL_NOTICE_CHARS = 400;
// A line up to this long printed at least this many times on one page is a template label (a member title, a
// signature, an "Add to basket" button), not text: running text never repeats verbatim.
export const MAX_REPEATED_LABEL_CHARS = 200;
export const MIN_LABEL_REPEATS = 3;
// A line up to this long holding a number is a label template filled with a count or date ("Posts: 412", "Joined
// Mar 2019", "answered Jun 3 at 9:14") when its wording, numbers aside, repeats as often: a post's own text does not.
export const MAX_NUMBERED_LABEL_CHARS = 80;
// A block with more than this share of its text in links is navigation or a teaser list.
export const MAX_BLOCK_LINK_DENSITY = 0.5;
// A heading that is entirely a link and this short is a menu or teaser label.
export const MAX_LINKED_HEADING_CHARS = 120;

// Container score = content chars - BOILERPLATE_WEIGHT x boilerplate chars: a wrapper is preferred to its
// child only when the content it adds outweighs the boilerplate it drags in.
export const BOILERPLATE_WEIGHT = 1;
// An element named as the article body wins over the best-scoring one when it holds this much content text...
export const MIN_NAMED_BODY_CHARS = 200;
// ...and at least this share of the best-scoring container's content text, by strength of the name
// (none, <main>, <article>, class name, itemprop=articleBody): weak names also label teaser cards.
export const MIN_NAMED_BODY_SHARE = [1, 0.5, 0.5, 0.4, 0.2];
// Short neutral lines (labels, dates, names) count this much against a container: they are often part of the content.
export const NEUTRAL_WEIGHT = 0.25;

// Class and id patterns (weak evidence) do not remove an element holding this share of the page's content text:
// page-wide wrappers often carry classes like "has-sidebar" or "widget-area".
export const PROTECTED_CONTENT_SHARE = 0.35;

// A page whose best container holds less content text than this has no main text (index, error or login page).
export const MIN_MAIN_TEXT_CHARS = 80;

// Cascade: the loose pass (structural removals only) replaces the precise pass when it finds this many times more
// content text, i.e. when class patterns removed the content itself.
export const LOOSE_PASS_GAIN = 1.6;
// ...and only when the precise pass found less than this: a full article is not second-guessed.
export const LOOSE_PASS_MAX_PRECISE_CHARS = 2500;

// ...and a page without schema.org thread markup is read as a thread (replies kept) when keeping the comment
// patterns' elements finds this many times the precise pass's text: a short post under a long run of replies.
export const THREAD_PASS_GAIN = 5;

// A dialog (pop-up, drawer) is removed unless it holds this share of the page's content text: an e-mail overlay
// often outweighs a short product description, but a dialog that is nearly the whole page is the page.
export const DIALOG_PROTECTED_SHARE = 0.9;

// A recommendation or review heading is a short label; a longer heading using those words is a headline.
export const MAX_SECTION_HEADING_CHARS = 80;
// ...and the section it opens is removed unless it holds this share of the page's content text: shop carousels
// often outweigh a short product description, but a section that is nearly the whole page is the page.
export const RECOMMENDATION_PROTECTED_SHARE = 0.9;

// On a product page the customer reviews are removed unless they hold this share of the page's content text:
// reviews often outweigh a short description, but a page that is mostly reviews is a review page.
export const REVIEWS_PROTECTED_SHARE = 0.6;

// A filter panel named "facets" or "refinements" holds at most this much text; an element so named holding more
// is a layout wrapper around the results and the filters together.
export const MAX_FACET_PANEL_CHARS = 6000;

// A block titled or named as a table of contents is one when at least this share of its text is links: the
// title's wrapper can also be the whole article that opens with the table.
export const MIN_TOC_LINK_DENSITY = 0.5;

// A <form> whose paragraphs hold this much text is a rendered post (old forums wrap each post in its edit
// form), not a search box or sign-up, whose paragraphs are a line or two of instructions.
export const MIN_FORM_POST_CHARS = 200;

// A <noscript> holding at least this much text is the server-rendered page of a script app, not a tracking pixel.
export const MIN_NOSCRIPT_TEXT_CHARS = 200;

// Listing fallback: when the precise pass finds less content text than this, the page may be a list of links
// with short descriptions (index, category, search results), where the links are the content.
export const LISTING_TRIGGER_CHARS = 400;
// ...or than this on a page that neither declares an article nor names its body: a shop or category intro runs longer.
export const UNDECLARED_LISTING_TRIGGER_CHARS = 600;
// Up to this much prose, the page may still be a listing with an introduction (a category page, a catalogue), but
// only when the list is where the prose is: inside the element named as the body, or around the prose found.
// A list elsewhere on such a page is a rail beside a short article.
export const LISTING_WITH_INTRO_CHARS = 1500;
// The listing is the deepest element holding this share of the page's remaining text...
export const LISTING_TEXT_SHARE = 0.7;
// ...and it must hold at least this much text, or the page has no main text at all (error or login page).
export const MIN_LISTING_CHARS = 300;
// ...and this many times the prose found, so a short article above a list of teasers stays an article.
export const LISTING_GAIN = 3;

// Teaser cards: a linked headline at least this long (a title, not a "read more" or a name)...
export const MIN_TEASER_HEADLINE_CHARS = 25;
// ...with at most this much description text in the card (a teaser summarises; a section of the article runs on)...
export const MAX_TEASER_CARD_CHARS = 450;
// ...repeated in at least this many sibling elements, which are then teasers rather than the page's own text.
export const MIN_TEASER_CARDS = 3;
// ...and making up at least this share of those siblings (a list of cards, not one linked section among prose).
export const MIN_TEASER_SIBLING_SHARE = 0.6;
// With teasers set aside, the chosen text must keep this share of what was found with them: when it shrinks more,
// the teasers were the page (an index of stories) and they stay content.
export const MIN_TEASER_FREE_SHARE = 0.8;
// ...unless the page declares one article and what is left is this long: a ticker or rail of teasers can outweigh
// a short story.
export const MIN_TEASER_FREE_ARTICLE_CHARS = 1000;
