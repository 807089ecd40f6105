// Page language as declared: <html lang>, Content-Language, og:locale, JSON-LD inLanguage.
import { findOne } from '../html-dom.js';
import { metaValue, type Page } from './page.js';

const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i;

/** "en-US" -> "en"; null for anything that is not a language tag. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = tag ? LANGUAGE_TAG.exec(tag.trim()) : null;
  return m ? m[1]!.toLowerCase() : null;
}

export function pageLanguage(page: Page): string | null {
  const html = findOne(page.dom, (e) => e.name === 'html');
  const ld = page.article?.inLanguage;
  return (
    primaryLanguage(html?.attribs.lang ?? html?.attribs['xml:lang']) ??
    primaryLanguage(metaValue(page, 'content-language', 'dc.language', 'language')) ??
    primaryLanguage(metaValue(page, 'og:locale')) ??
    primaryLanguage(typeof ld === 'string' ? ld : null)
  );
}
