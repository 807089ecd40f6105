// Inline Markdown syntax -> plain text.

const IMAGE = /!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/g;
const INLINE_LINK = /\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g;
const REFERENCE_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^>]+)>/g;
const HTML_TAG = /<\/?[a-zA-Z][^>]*>/g;
const CODE = /`+([^`]+)`+/g;
const STRONG = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g;
// Single * or _ emphasis; '_' only at word edges so snake_case survives.
const EM_STAR = /\*(?=\S)([^*]*?\S)\*/g;
const EM_UNDERSCORE = /(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu;
const STRIKE = /~~(?=\S)([\s\S]*?\S)~~/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>~|"])/g;
// Static-site template directives ({% include map.html %}, {{ page.title }}) and placeholders ($DATELINE$)
// are instructions to a site generator, never text a reader saw.
const TEMPLATE_DIRECTIVE = /\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g;
const TEMPLATE_PLACEHOLDER = /\$[A-Z][A-Z0-9_]{2,}\$/g;

/** Remove site-generator directives, which may span paragraphs ({% include photo.html ... %}). */
export function stripTemplateDirectives(text: string): string {
  return text.replace(TEMPLATE_DIRECTIVE, '').replace(TEMPLATE_PLACEHOLDER, '');
}

/** Strip inline Markdown from one line or paragraph: links keep their text, images go. */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(IMAGE, '')
    .replace(INLINE_LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(AUTOLINK, '$1')
    .replace(HTML_TAG, '')
    .replace(CODE, '$1')
    .replace(STRONG, '$2')
    .replace(EM_STAR, '$1')
    .replace(EM_UNDERSCORE, '$1$2')
    .replace(STRIKE, '$1')
    .replace(ESCAPE, '$1');
}
