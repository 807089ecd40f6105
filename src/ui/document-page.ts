// `/documents/:id`: one article's clean text, paragraphs numbered for citation links, the cited sentence marked,
// and what cleaning removed, on demand, each part with the rule that removed it.
import type { DocumentRecord } from '../contract/analysis.js';
import { genericValue, humanise, isEmptyValue } from './generic.js';
import { html, pathPart, safeExternalUrl, type Html } from './html.js';
import { day, layout, plural } from './layout.js';
import { paragraphsOf, sentencesOf } from './source-sentence.js';

/** Document fields shown by a dedicated part of the page; any other field goes to the generic view. */
const DEDICATED = new Set([
  'id', 'key', 'source', 'format', 'title', 'publisher', 'authors', 'published', 'publishedConfidence', 'language', 'url',
  'text', 'removed', 'segments', 'duplicateOf', 'borrowedFrom', 'timeExpressions',
]);

export interface DocumentView {
  document: DocumentRecord;
  /** Titles of the stories the document's segments belong to. */
  stories: { id: string; title: string }[];
  /** Title of the document this one copies, when it is a copy. */
  original: { id: string; title: string | null } | null;
  /** "paragraph.sentence" of the sentence a citation pointed at. */
  highlight?: string;
}

function paragraphHtml(text: string, index: number, highlight: { paragraph: number; sentence: number } | null): Html {
  if (!highlight || highlight.paragraph !== index) return html`<p id="p-${index}">${text}</p>`;
  const sentences = sentencesOf(text);
  const target = sentences[highlight.sentence];
  if (target === undefined) return html`<p id="p-${index}">${text}</p>`;
  // Mark the sentence where it occurs in the paragraph (the splitter trims, so find it by position).
  let at = 0;
  for (let i = 0; i < highlight.sentence; i++) at = text.indexOf(sentences[i]!, at) + sentences[i]!.length;
  const start = text.indexOf(target, at);
  if (start < 0) return html`<p id="p-${index}">${text}</p>`;
  return html`<p id="p-${index}">${text.slice(0, start)}<mark id="cited">${target}</mark>${text.slice(start + target.length)}</p>`;
}

function parseHighlight(value: string | undefined): { paragraph: number; sentence: number } | null {
  const m = /^(\d{1,5})\.(\d{1,5})$/.exec(value ?? '');
  return m ? { paragraph: Number(m[1]), sentence: Number(m[2]) } : null;
}

export function documentPage(view: DocumentView): Html {
  const d = view.document;
  const url = safeExternalUrl(d.url);
  const highlight = parseHighlight(view.highlight);
  const estimated = d.published && d.publishedConfidence !== null && d.publishedConfidence < 1;
  const facts = html`<dl class="doc-meta">
<dt>Outlet</dt><dd>${d.publisher ? html`<a href="/?outlet=${encodeURIComponent(d.publisher)}">${d.publisher}</a>` : 'unknown'}</dd>
${d.authors.length ? html`<dt>By</dt><dd>${d.authors.join(', ')}</dd>` : ''}
<dt>Published</dt><dd>${day(d.published)}${estimated ? html` <span class="meta">(estimated from the text)</span>` : ''}</dd>
${d.modified && d.modified.slice(0, 10) !== (d.published ?? '').slice(0, 10) ? html`<dt>Updated</dt><dd>${day(d.modified)}</dd>` : ''}
${d.language ? html`<dt>Language</dt><dd>${d.language}</dd>` : ''}
<dt>Source</dt><dd><code>${d.key}</code> <span class="meta">(${d.format})</span></dd>
${d.url ? html`<dt>Original</dt><dd>${url ? html`<a href="${url}" rel="noopener noreferrer nofollow">${d.url}</a>` : html`<code>${d.url}</code> <span class="meta">(not a web link)</span>`}</dd>` : ''}
${view.original ? html`<dt>Copy of</dt><dd><a href="/documents/${pathPart(view.original.id)}">${view.original.title ?? view.original.id}</a></dd>` : ''}
${view.stories.length ? html`<dt>Stories</dt><dd>${view.stories.map((s, i) => html`${i ? '; ' : ''}<a href="/stories/${pathPart(s.id)}">${s.title}</a>`)}</dd>` : ''}
${d.borrowedFrom.length ? html`<dt>Credits</dt><dd>${d.borrowedFrom.map((b, i) => html`${i ? '; ' : ''}${b.outlet} <span class="meta">(“${b.cue}”)</span>`)}</dd>` : ''}
</dl>`;
  const paragraphs = paragraphsOf(d.text);
  const text = paragraphs.length
    ? html`<div class="doc-text">${paragraphs.map((p, i) => paragraphHtml(p, i, highlight))}</div>`
    : html`<p class="meta">No text: the document has not been analysed yet, or cleaning left nothing.</p>`;
  const removed = d.removed.length
    ? html`<details class="removed"><summary>Removed while cleaning (${plural(d.removed.length, 'part')})</summary>
<table><thead><tr><th scope="col">Reason</th><th scope="col">Removed text</th></tr></thead>
<tbody>${d.removed.map((r) => html`<tr><td class="reason">${r.reason}</td><td>${r.text}</td></tr>`)}</tbody></table></details>`
    : html`<p class="meta">Cleaning removed nothing.</p>`;
  const times = d.timeExpressions?.length
    ? html`<details><summary>Dates in the text (${d.timeExpressions.length})</summary><ul>${d.timeExpressions.map(
        (t) => html`<li>“${t.text}” → <code>${t.value}</code>${t.date ? html` (${t.date}${t.dateEnd && t.dateEnd !== t.date ? html` to ${t.dateEnd}` : ''})` : ''} <span class="meta">${t.precision}, ${t.tense}</span></li>`,
      )}</ul></details>`
    : '';
  const segments =
    d.segments.length > 1
      ? html`<details><summary>Parts on separate topics (${d.segments.length})</summary><ol>${d.segments.map(
          (s) => html`<li>${s.storyId ? html`<a href="/stories/${pathPart(s.storyId)}">story</a>: ` : html`<span class="meta">no story</span>: `}${s.text.slice(0, 200)}${s.text.length > 200 ? '…' : ''}</li>`,
        )}</ol></details>`
      : '';
  const extra = Object.entries(d as Record<string, unknown>).filter(([k, v]) => !DEDICATED.has(k) && !isEmptyValue(v));
  const generic = extra.map(([k, v]) => html`<details><summary>${humanise(k)}</summary><div class="generic">${genericValue(v, () => null)}</div></details>`);
  const body = html`<article class="document">
<h1>${d.title ?? d.key}</h1>
${facts}
<section aria-labelledby="text-title"><h2 id="text-title">Clean text</h2>${text}</section>
<section aria-labelledby="removed-title"><h2 id="removed-title">Cleaning</h2>${removed}${times}${segments}${generic}</section>
<p class="meta"><a href="/api/documents/${pathPart(d.id)}">JSON</a></p>
</article>`;
  return layout(d.title ?? d.key, body);
}
