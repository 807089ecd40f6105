// Recognises a page that declares itself one article (OpenGraph og:type=article, schema.org Article types):
// there a rail or ticker of teaser cards beside the text is never the page, however much of it there is.

// og:type in either attribute order.
const OG_ARTICLE = /<meta[^>]+(?:property=["']og:type["'][^>]*content=["']article["']|content=["']article["'][^>]*property=["']og:type["'])/i;
// The schema.org types, as JSON-LD "@type" values or microdata itemtype URLs.
const ARTICLE_TYPE = /(?:"@type"\s*:\s*\[?\s*"|schema\.org\/)(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report)"?(?![\w-])/;

/** True when the page's OpenGraph, JSON-LD or microdata names it an article. */
export function declaresArticle(html: string): boolean {
  return OG_ARTICLE.test(html) || ARTICLE_TYPE.test(html);
}
