// Markdown: one document; a leading YAML front-matter block becomes metadata hints and is cut from the body.
import { parse as parseYaml } from 'yaml';
import type { IngestResult, MetadataHints } from '../../core/records.js';
import { normaliseDate } from '../dates.js';
import { cleanAuthors, cleanString, errorMessage, failure, makeItem, type DocumentContext } from '../document.js';

// "---" on the first line, then YAML, then a closing "---" (or YAML's "...") on its own line.
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export interface FrontMatter {
  /** The parsed YAML mapping, or null when there is none or it is not a mapping. */
  data: Record<string, unknown> | null;
  body: string;
  warning?: string;
}

export function splitFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { data: null, body: text };
  const body = text.slice(match[0].length);
  try {
    const data: unknown = parseYaml(match[1]!);
    if (data === null || data === undefined) return { data: null, body };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { data: null, body, warning: 'front matter is not a YAML mapping; ignored' };
    }
    return { data: data as Record<string, unknown>, body };
  } catch (error) {
    return { data: null, body, warning: `front matter is not valid YAML (${errorMessage(error).split('\n')[0]}); ignored` };
  }
}

function first(data: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) {
    if (data[key] !== undefined && data[key] !== null) return data[key];
  }
  return undefined;
}

/** Front-matter keys that writers and static-site tools use for each hint. */
export const FRONT_MATTER_KEYS = {
  title: ['title'],
  authors: ['authors', 'author', 'byline'],
  published: ['published', 'date'],
  publisher: ['publisher', 'outlet', 'site'],
  url: ['url', 'link'],
  language: ['language', 'lang'],
} as const;

export function frontMatterHints(data: Record<string, unknown>): MetadataHints {
  return {
    title: cleanString(first(data, FRONT_MATTER_KEYS.title)),
    authors: cleanAuthors(first(data, FRONT_MATTER_KEYS.authors)),
    published: normaliseDate(first(data, FRONT_MATTER_KEYS.published)),
    publisher: cleanString(first(data, FRONT_MATTER_KEYS.publisher)),
    url: cleanString(first(data, FRONT_MATTER_KEYS.url)),
    language: cleanString(first(data, FRONT_MATTER_KEYS.language)),
  };
}

export function* readMarkdown(context: DocumentContext): Generator<IngestResult> {
  const front = splitFrontMatter(context.text);
  if (front.body.trim() === '') {
    yield failure(context.name, 'empty document (front matter only)');
    return;
  }
  yield makeItem(context, {
    key: context.name,
    source: context.name,
    format: 'markdown',
    raw: context.bytes,
    bodyType: 'markdown',
    body: front.body,
    hints: front.data ? frontMatterHints(front.data) : {},
    warnings: front.warning ? [front.warning] : [],
  });
}
