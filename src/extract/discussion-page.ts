// Recognises a page that declares itself a discussion (schema.org DiscussionForumPosting, QAPage):
// on such a page the replies are the content, so comment patterns must not remove them.

// The schema.org types, as JSON-LD "@type" values or microdata itemtype URLs. A bare Question is left out: FAQ
// blocks on articles, services and product pages declare one per entry without being threads.
const DISCUSSION_TYPE = /(?:"@type"\s*:\s*\[?\s*"|schema\.org\/)(?:DiscussionForumPosting|QAPage)\b/;

/** True when the page's JSON-LD or microdata names it a forum thread or a question with answers. */
export function declaresDiscussion(html: string): boolean {
  return DISCUSSION_TYPE.test(html);
}
