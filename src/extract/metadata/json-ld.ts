// JSON-LD: every object of every ld+json block, @graph and arrays flattened, and the article among them.
import type { AnyNode } from 'domhandler';
import { findAll, textOf } from '../html-dom.js';

export type JsonObject = Record<string, unknown>;

// Types that describe the page's main article; WebPage only as a last resort.
const ARTICLE_TYPES = /article|posting|report|liveblog|blogposting|review|recipe|howto|newsarticle|analysis|opinion/i;
const PAGE_TYPES = /webpage|itempage|aboutpage|qapage|discussionforumposting/i;

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function typesOf(o: JsonObject): string[] {
  return asArray(o['@type']).filter((t): t is string => typeof t === 'string');
}

export function jsonLdObjects(dom: AnyNode[]): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4) return;
    for (const item of asArray(v)) {
      if (!isObject(item)) continue;
      out.push(item);
      if (item['@graph']) visit(item['@graph'], depth + 1);
      // A WebPage often carries the article or thread itself as its main entity (forum and shop software).
      if (isObject(item.mainEntity) && typesOf(item.mainEntity).length > 0) visit(item.mainEntity, depth + 1);
    }
  };
  for (const script of findAll(dom, (e) => e.name === 'script' && /ld\+json/i.test(e.attribs.type ?? ''))) {
    const text = textOf(script.children).replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '');
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // Broken JSON-LD is common (trailing commas, raw newlines); the other sources still apply.
    }
  }
  return out;
}

/** The object describing the article: an article type with a headline first. */
export function articleObject(objects: JsonObject[]): JsonObject | null {
  const typed = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  const pages = objects.filter((o) => typesOf(o).some((t) => PAGE_TYPES.test(t)));
  return (
    typed.find((o) => typeof o.headline === 'string') ??
    typed[0] ??
    objects.find((o) => typeof o.headline === 'string') ??
    pages[0] ??
    null
  );
}

/** The object an @id reference points at, or the value itself. */
export function resolveRef(objects: JsonObject[], v: unknown): unknown {
  if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) {
    return objects.find((o) => o !== v && o['@id'] === v['@id']) ?? v;
  }
  return v;
}

/** A name from a string, an object with a name (string or array), or an @id reference. */
export function nameOf(objects: JsonObject[], v: unknown): string | null {
  const r = resolveRef(objects, v);
  if (typeof r === 'string') return r.trim() || null;
  if (!isObject(r)) return null;
  const name = Array.isArray(r.name) ? r.name[0] : r.name;
  if (typeof name === 'string' && name.trim() !== '') return name.trim();
  const given = typeof r.givenName === 'string' ? r.givenName : '';
  const family = typeof r.familyName === 'string' ? r.familyName : '';
  return `${given} ${family}`.trim() || null;
}
