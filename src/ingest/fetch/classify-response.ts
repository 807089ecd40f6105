// Decides what a fetched body is — a page (HTML, XHTML, text) or a feed (RSS, Atom, JSON Feed) — from its
// Content-Type, checked against its first bytes: servers often label feeds text/html or text/plain.
import { previewBytes, sniffFormat } from '../detect-format.js';
import { ENTITY_REFUSAL, NOT_A_FEED, scanXmlProlog } from '../feed-xml.js';
import { isJsonFeed } from '../formats/read-json-feed.js';
import { RSS_ROOTS } from '../formats/read-rss.js';
import { responseKind, type ContentType } from './content-type.js';
import type { FeedType } from './feed-entries.js';

export type ResponseShape =
  | { kind: 'page'; format: 'html' | 'text' }
  | { kind: 'feed'; type: FeedType }
  | { kind: 'unreadable'; reason: string };

function xmlShape(head: string): ResponseShape {
  const prolog = scanXmlProlog(head);
  if (prolog.declaresEntities) return { kind: 'unreadable', reason: ENTITY_REFUSAL };
  const root = prolog.root;
  if (root && RSS_ROOTS.has(root)) return { kind: 'feed', type: 'rss' };
  if (root && root.replace(/^[\w.-]+:/, '') === 'feed') return { kind: 'feed', type: 'atom' };
  if (root === 'html' || root?.endsWith(':html')) return { kind: 'page', format: 'html' };
  return { kind: 'unreadable', reason: NOT_A_FEED };
}

function jsonShape(body: Buffer): ResponseShape {
  try {
    if (isJsonFeed(JSON.parse(body.toString('utf8')))) return { kind: 'feed', type: 'jsonfeed' };
  } catch {
    return { kind: 'unreadable', reason: 'declared as JSON Feed but is not valid JSON' };
  }
  return { kind: 'unreadable', reason: NOT_A_FEED };
}

export function classifyResponse(contentType: ContentType, body: Buffer): ResponseShape {
  const declared = contentType.mime ? responseKind(contentType.mime) : null;
  const head = previewBytes(body);
  const sniffed = sniffFormat(head);
  if (contentType.mime === 'application/feed+json') return jsonShape(body);
  // XML content (a prolog or a feed root) decides by its root element, whatever the label.
  if (sniffed === 'xml') {
    const shape = xmlShape(head.replace(/^\uFEFF/, ''));
    // Text or HTML that merely starts with a declaration stays what it was labelled.
    if (shape.kind !== 'unreadable' || declared === 'xml' || declared === 'feed') return shape;
  }
  if (sniffed === 'json' && declared !== 'html' && jsonShape(body).kind === 'feed') return { kind: 'feed', type: 'jsonfeed' };
  if (declared === 'feed' || declared === 'xml') return { kind: 'unreadable', reason: `labelled ${contentType.mime} but ${NOT_A_FEED}` };
  if (declared === 'text') return { kind: 'page', format: sniffed === 'html' ? 'html' : 'text' };
  if (declared === 'html') return { kind: 'page', format: 'html' };
  // No Content-Type at all: the bytes decide.
  return { kind: 'page', format: sniffed === 'html' ? 'html' : 'text' };
}
