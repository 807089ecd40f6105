// `/`: the story list with filters (dates, entity, outlet, words), paging, and the articles matching the words.
import type { SearchHit, StoryPage } from '../store/store.js';
import { html, pathPart, queryString, type Html } from './html.js';
import { dateSpan, day, layout, plural } from './layout.js';

export interface StoryFilters {
  from?: string;
  to?: string;
  entity?: string;
  outlet?: string;
  q?: string;
}

export interface StoryListView {
  filters: StoryFilters;
  page: StoryPage;
  offset: number;
  pageSize: number;
  outlets: { outlet: string; documents: number }[];
  entityNames: string[];
  /** Articles matching the words, when there are words. */
  hits: SearchHit[];
}

/** A search snippet: the store marks matched words with [brackets]; they become <mark> after escaping. */
export function snippetHtml(snippet: string): Html {
  const parts = snippet.replace(/\s+/g, ' ').split(/\[([^\]]*)\]/);
  return html`${parts.map((part, i) => (i % 2 === 1 ? html`<mark>${part}</mark>` : part))}`;
}

function filterForm(view: StoryListView): Html {
  const f = view.filters;
  const outletKnown = !f.outlet || view.outlets.some((o) => o.outlet === f.outlet);
  return html`<form class="filters" action="/" method="get" aria-label="Filter stories">
<div class="field"><label for="f-from">From</label><input id="f-from" type="date" name="from" value="${f.from ?? ''}"></div>
<div class="field"><label for="f-to">To</label><input id="f-to" type="date" name="to" value="${f.to ?? ''}"></div>
<div class="field"><label for="f-entity">Entity</label><input id="f-entity" type="text" name="entity" list="entity-names" value="${f.entity ?? ''}" placeholder="person, place, organisation" autocomplete="off"></div>
<datalist id="entity-names">${view.entityNames.map((name) => html`<option value="${name}"></option>`)}</datalist>
<div class="field"><label for="f-outlet">Outlet</label><select id="f-outlet" name="outlet">
<option value="">All outlets</option>
${outletKnown ? '' : html`<option value="${f.outlet}" selected>${f.outlet}</option>`}
${view.outlets.map((o) => html`<option value="${o.outlet}"${o.outlet === f.outlet ? html` selected` : ''}>${o.outlet} (${o.documents})</option>`)}
</select></div>
<div class="field"><label for="f-q">Words</label><input id="f-q" type="search" name="q" value="${f.q ?? ''}" placeholder="in titles and articles"></div>
<button type="submit">Apply filters</button>
<a class="button secondary" href="/">Clear</a>
</form>`;
}

function activeFilters(f: StoryFilters): string {
  const parts = [
    f.from ? `from ${f.from}` : '',
    f.to ? `to ${f.to}` : '',
    f.entity ? `mentioning “${f.entity}”` : '',
    f.outlet ? `covered by ${f.outlet}` : '',
    f.q ? `matching “${f.q}”` : '',
  ].filter(Boolean);
  return parts.length ? ` ${parts.join(', ')}` : '';
}

function pager(view: StoryListView): Html {
  const { offset, pageSize, page } = view;
  const link = (to: number) => `/${queryString({ ...view.filters, offset: to > 0 ? to : undefined })}`;
  const prev = offset > 0 ? html`<a rel="prev" href="${link(Math.max(0, offset - pageSize))}">← Newer stories</a>` : '';
  const next = offset + pageSize < page.total ? html`<a rel="next" href="${link(offset + pageSize)}">Older stories →</a>` : '';
  if (!prev && !next) return html``;
  return html`<nav class="pager" aria-label="Pages">${prev}${next}<span class="meta">${offset + 1}–${Math.min(offset + pageSize, page.total)} of ${page.total}</span></nav>`;
}

export function storyListPage(view: StoryListView): Html {
  const { page, filters } = view;
  const stories = page.stories.map(
    (s) => html`<li><article>
<h2><a href="/stories/${pathPart(s.id)}">${s.title}</a></h2>
<p class="meta">${dateSpan(s.firstDate, s.lastDate)} · ${plural(s.documents, 'article')} · ${plural(s.events, 'event')}${
      s.outlets?.length ? html` · ${plural(s.outlets.length, 'outlet')}: ${s.outlets.slice(0, 6).join(', ')}${s.outlets.length > 6 ? ', …' : ''}` : ''
    }</p>
</article></li>`,
  );
  const hits = filters.q
    ? html`<section aria-labelledby="hits-title"><h2 id="hits-title">Articles matching “${filters.q}”</h2>${
        view.hits.length === 0
          ? html`<p>No article matches.</p>`
          : html`<ol class="hits">${view.hits.map(
              (h) => html`<li><a href="/documents/${pathPart(h.documentId)}">${h.title ?? h.documentId}</a>
<span class="meta">${h.publisher ?? 'unknown outlet'}, ${day(h.published)}</span><br>${snippetHtml(h.snippet)}${
                h.storyIds.length ? html` <span class="meta">(in ${h.storyIds.map((id, i) => html`${i ? ', ' : ''}<a href="/stories/${pathPart(id)}">story</a>`)})</span>` : ''
              }</li>`,
            )}</ol>`
      }</section>`
    : '';
  const body = html`<h1>Stories</h1>
${filterForm(view)}
<p class="meta" role="status">${plural(page.total, 'story', 'stories')}${activeFilters(filters)}.</p>
${page.stories.length ? html`<ol class="stories">${stories}</ol>` : html`<p>No story matches. ${page.total === 0 && !Object.values(filters).some(Boolean) ? html`<a href="/ingest">Add articles</a> to get started.` : ''}</p>`}
${pager(view)}
${hits}`;
  return layout(filters.q ? `Stories matching ${filters.q}` : 'Stories', body, { query: filters.q });
}
