// `/stories/:id`: the whole dossier. Every section present on the story record is shown; a section the UI has no
// dedicated view for gets the generic one, so fields added to the contract later appear without a change here.
import type { DocumentRecord, EntityRecord, StoryRecord } from '../contract/analysis.js';
import { citationNumbers, EDGE_WORDING, graphEdges, outletDate, storySpeakers, timelineDate, type Dossier } from '../render/dossier.js';
import { INLINE_CITATIONS, LISTED_CITATIONS, LISTED_SOURCES } from '../server/settings.js';
import { genericValue, humanise, isEmptyValue } from './generic.js';
import { html, pathPart, queryString, type Html } from './html.js';
import { dateSpan, day, layout, plural } from './layout.js';
import { SentenceFinder } from './source-sentence.js';
import { timelineChart } from './timeline-chart.js';

/** Story fields shown by a dedicated section (or in the header); any other field goes to the generic view. */
const DEDICATED = new Set([
  'id', 'title', 'documents', 'events', 'summary', 'timeline', 'quotes', 'entities', 'conflicts', 'borrowing',
  'speakers', 'borrowingGraph', 'sourceMatrix', 'abstract',
]);

const ENTITY_TYPE_TITLES: Readonly<Record<string, string>> = {
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  other: 'Other names',
};

/** Citation links of one dossier: numbered like the source list, each carrying the sentence it rests on. */
export class Citations {
  readonly numbers: Map<string, number>;
  private readonly byId: Map<string, DocumentRecord>;
  private readonly finder: SentenceFinder;
  private readonly storyId: string;

  constructor(dossier: Dossier) {
    this.storyId = dossier.story.id;
    this.numbers = citationNumbers(dossier);
    this.byId = new Map(dossier.documents.map((d) => [d.id, d]));
    this.finder = new SentenceFinder(new Map(dossier.documents.map((d) => [d.id, d.text])));
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** One citation: a link to the document, at the paragraph holding the source sentence, which it highlights. */
  link(id: string, claim: string | null): Html {
    const n = this.numbers.get(id);
    const doc = this.byId.get(id);
    if (n === undefined || !doc) return html`<span class="cite">[?]</span>`;
    const found = claim ? this.finder.find(claim, id) : null;
    const source = `[${n}] ${doc.publisher ?? 'unknown outlet'}, ${day(doc.published)}: ${doc.title ?? doc.key}`;
    const href = found
      ? `/documents/${pathPart(id)}${queryString({ hl: `${found.paragraph}.${found.sentence}` })}#p-${found.paragraph}`
      : `/documents/${pathPart(id)}`;
    // The title names the source (the script moves it into the popover); the sentence goes in once, as data.
    return html`<a class="cite" href="${href}" data-sentence="${found?.text ?? ''}" title="${source}" aria-label="Source ${n}: ${doc.publisher ?? 'unknown outlet'}">[${n}]</a>`;
  }

  /**
   * Citations of one statement: the first few inline with their source sentence, the rest on demand as plain links
   * (a sentence of a 500-document story may cite hundreds; their sentences would make the page megabytes).
   * Originals come before copies, so the inline ones are the most telling.
   */
  list(ids: readonly string[], claim: string | null, ref?: string): Html {
    const ordered = this.ordered(ids);
    const inline = ordered.slice(0, INLINE_CITATIONS);
    const rest = ordered.slice(INLINE_CITATIONS);
    return html`<span class="cites">${inline.map((id) => this.link(id, claim))}${this.more(rest, ref)}</span>`;
  }

  /** Distinct ids, originals before copies. */
  ordered(ids: readonly string[]): string[] {
    const unique = [...new Set(ids)];
    const isCopy = (id: string) => Boolean(this.byId.get(id)?.duplicateOf);
    return [...unique.filter((id) => !isCopy(id)), ...unique.filter(isCopy)];
  }

  /**
   * Further citations, listed when the reader asks for them: the first few dozen here, all of them on the story's
   * source page for this statement (`ref`), so a statement with 400 sources does not put 400 links in the page.
   */
  more(ids: readonly string[], ref?: string): Html {
    if (ids.length === 0) return html``;
    const listed = ref ? ids.slice(0, LISTED_CITATIONS) : ids;
    const all = listed.length < ids.length
      ? html` <a class="all-cites" href="/stories/${pathPart(this.storyId)}/sources${queryString({ for: ref })}">all ${ids.length + INLINE_CITATIONS} sources</a>`
      : '';
    return html`<details class="more-cites"><summary>+${ids.length} more</summary>${listed.map((id) => this.plainLink(id))}${all}</details>`;
  }

  /** A citation without its sentence: the source named in a native tooltip. */
  private plainLink(id: string): Html {
    const n = this.numbers.get(id);
    const doc = this.byId.get(id);
    if (n === undefined || !doc) return html``;
    return html`<a class="cite-more" href="/documents/${pathPart(id)}" title="${doc.publisher ?? 'unknown outlet'}, ${day(doc.published)}">[${n}]</a>`;
  }
}

interface Section {
  id: string;
  title: string;
  body: Html;
}

function section(id: string, title: string, body: Html): Section {
  return { id, title, body };
}

function summarySection(story: StoryRecord, cites: Citations): Section | null {
  if (!story.summary?.length) return null;
  return section(
    'summary',
    'Summary',
    html`<ol class="summary">${story.summary.map(
      // The document the sentence was taken from comes first: its source sentence is the sentence itself.
      (s, i) => html`<li${s.lead ? html` class="lead"` : ''}>${s.text} ${cites.list(s.origin ? [s.origin, ...s.citations] : s.citations, s.text, `summary-${i}`)}</li>`,
    )}</ol>`,
  );
}

function abstractSection(story: StoryRecord, cites: Citations): Section | null {
  const a = story.abstract;
  if (!a || (a.sentences.length === 0 && !a.error && a.dropped.length === 0)) return null;
  return section(
    'abstract',
    'Machine-written summary',
    html`<p class="meta">Written by ${a.model}; every sentence was checked against the sources.</p>
<ol>${a.sentences.map((s, i) => html`<li>${s.text} ${cites.list(s.citations, s.text, `abstract-${i}`)}</li>`)}</ol>
${a.dropped.length ? html`<details><summary>${plural(a.dropped.length, 'sentence')} dropped</summary><ul>${a.dropped.map((d) => html`<li>${d.text} <span class="meta">(${d.reason})</span></li>`)}</ul></details>` : ''}
${a.error ? html`<p class="error">${a.error}</p>` : ''}`,
  );
}

function timelineSection(dossier: Dossier, cites: Citations): Section | null {
  const { story } = dossier;
  if (!story.timeline?.length) return null;
  const entries = story.timeline.map((t, i) => ({ ...t, label: timelineDate(t), anchor: `tl-${i + 1}` }));
  const published = dossier.documents.filter((d) => story.documents.includes(d.id)).map((d) => d.published);
  return section(
    'timeline',
    'Timeline',
    html`${timelineChart(entries, published)}
<ol class="timeline-list">${entries.map(
      (t) => html`<li id="${t.anchor}"><span class="date">${t.label}</span>${t.approximate ? html` <span class="meta">(approximate)</span>` : ''} ${t.text} ${cites.list(t.citations, t.text, `timeline-${t.anchor.slice(3)}`)}</li>`,
    )}</ol>`,
  );
}

function eventsSection(story: StoryRecord, cites: Citations): Section | null {
  if (!story.events?.length) return null;
  return section(
    'events',
    'Events',
    html`<ol>${story.events.map((e, i) => html`<li><span class="date">${e.date ?? 'undated'}</span> ${e.title} ${cites.list(e.documents, e.title, `event-${i}`)}</li>`)}</ol>`,
  );
}

function conflictsSection(story: StoryRecord, cites: Citations): Section | null {
  if (!story.conflicts?.length) return null;
  return section(
    'conflicts',
    'Conflicts and changes',
    html`${story.conflicts.map((c) => {
      const verdict = c.kind === 'claim' ? 'opposite claims' : c.compatible ? 'compatible' : 'not compatible';
      const where = c.between === 'days' ? 'between days' : 'between outlets';
      return html`<article class="conflict"><h3>${c.topic} <span class="verdict ${c.compatible ? 'ok' : 'clash'}">${verdict}, ${where}</span></h3>
${c.note ? html`<p>${c.note}</p>` : ''}
<ul>${c.statements.map(
        (s) => html`<li>${s.outlet !== undefined ? html`<em>${outletDate({ outlet: s.outlet ?? 'unknown outlet', published: s.published ?? null })}</em>: ` : ''}${
          s.figure ? html`<mark>${s.figure}</mark>${s.range ? html` <span class="meta">(${s.range})</span>` : ''} — ` : ''
        }${s.text} ${cites.list([s.documentId], s.text)}</li>`,
      )}</ul></article>`;
    })}`,
  );
}

function speakersSection(dossier: Dossier, cites: Citations): Section | null {
  const speakers = storySpeakers(dossier);
  if (!speakers.length) return null;
  return section(
    'quotes',
    'Who said what',
    html`${speakers.map(
      (sp) => html`<h3>${sp.entityId ? html`<a href="/${queryString({ entity: sp.entityId })}">${sp.speaker}</a>` : sp.speaker} <span class="meta">(${plural(sp.quotes.length, 'quote')})</span></h3>
${sp.quotes.map(
        (q) => html`<blockquote><p>“${q.text}”</p><footer>first in ${outletDate(q.first)} ${cites.list([q.first.documentId], q.text)}${
          q.reReportedBy.length ? html`; re-reported by ${reReports(q.reReportedBy, q.text, cites)}` : ''
        }</footer></blockquote>`,
      )}`,
    )}`,
  );
}

/** Re-reports of a quote: the first few with their outlet and date, the rest as citations on demand. */
function reReports(refs: { documentId: string; outlet: string; published: string | null }[], quote: string, cites: Citations): Html {
  const shown = refs.slice(0, INLINE_CITATIONS);
  const rest = refs.slice(INLINE_CITATIONS);
  return html`${shown.map((r, i) => html`${i ? '; ' : ''}${outletDate(r)} ${cites.link(r.documentId, quote)}`)} ${cites.more(rest.map((r) => r.documentId))}`;
}

/** Outlet-to-outlet links shown with their citations; a big story has hundreds, the rest are listed briefly. */
const DETAILED_EDGES = 30;

function borrowingSection(dossier: Dossier, cites: Citations): Section | null {
  const edges = graphEdges(dossier);
  if (!edges.length) return null;
  const cues = new Map(dossier.story.borrowing.map((b) => [`${b.from}\u0000${b.documentId}`, b.cue]));
  return section(
    'borrowing',
    'Who borrowed from whom',
    html`<ul>${edges.slice(0, DETAILED_EDGES).map((e, i) => {
      const cue = e.kind === 'credits' ? e.documents.map((d) => cues.get(`${e.from}\u0000${d}`)).find(Boolean) : undefined;
      return html`<li><strong>${e.to}</strong> ${EDGE_WORDING[e.kind]}: <strong>${e.from}</strong> ${cites.list(e.documents, cue ?? null, `edge-${i}`)}${cue ? html` <span class="meta">(“${cue}”)</span>` : ''}</li>`;
    })}</ul>${
      edges.length > DETAILED_EDGES
        ? html`<details><summary>${plural(edges.length - DETAILED_EDGES, 'more link')} between outlets</summary><ul>${edges.slice(DETAILED_EDGES).map(
            (e, j) => html`<li>${e.to} ${EDGE_WORDING[e.kind]}: ${e.from} (<a href="/stories/${pathPart(dossier.story.id)}/sources${queryString({ for: `edge-${DETAILED_EDGES + j}` })}">${plural(e.documents.length, 'article')}</a>)</li>`,
          )}</ul></details>`
        : ''
    }`,
  );
}

function matrixSection(story: StoryRecord, cites: Citations): Section | null {
  const m = story.sourceMatrix;
  if (!m || (m.outlets.length === 0 && m.facts.length === 0)) return null;
  const factText = new Map(m.facts.map((f) => [f.id, f.text]));
  const names = m.outlets.map((o) => o.outlet);
  const outlets = html`<table><caption class="visually-hidden">Outlets covering the story</caption>
<thead><tr><th scope="col">Outlet</th><th scope="col">First covered</th><th scope="col">Articles</th><th scope="col">Only this outlet reported</th></tr></thead>
<tbody>${m.outlets.map(
    (o) => html`<tr><th scope="row"><a href="/${queryString({ outlet: o.outlet })}">${o.outlet}</a></th><td>${day(o.firstCovered)} ${cites.list([o.firstDocumentId], null)}</td><td>${o.documents.length}</td><td>${
      o.exclusive.length ? html`<ul>${o.exclusive.map((id) => html`<li title="${factText.get(id) ?? ''}">${id}: ${factText.get(id) ?? ''}</li>`)}</ul>` : '—'
    }</td></tr>`,
  )}</tbody></table>`;
  const facts = m.facts.length
    ? html`<div class="matrix-wrap"><table class="matrix"><caption class="visually-hidden">Which outlet reported which fact</caption>
<thead><tr><th scope="col">Fact</th>${names.map((n) => html`<th scope="col">${n}</th>`)}</tr></thead>
<tbody>${m.facts.map(
        // The column header names the outlet; a cell only says yes or no (25 outlets × many facts add up).
        (f, i) => html`<tr><th scope="row">${f.id}: ${f.text} ${cites.list(f.documents, f.text, `fact-${i}`)}</th>${names.map((n) =>
          f.outlets.includes(n) ? html`<td class="has">✓<span class="visually-hidden"> yes</span></td>` : html`<td class="no">·<span class="visually-hidden"> no</span></td>`,
        )}</tr>`,
      )}</tbody></table></div>`
    : '';
  return section('sources-matrix', 'Source matrix', html`${outlets}${facts}`);
}

function entitiesSection(dossier: Dossier): Section | null {
  if (!dossier.entities.length) return null;
  const inStory = new Set(dossier.story.documents);
  const byType = new Map<string, EntityRecord[]>();
  for (const e of dossier.entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  const count = (e: EntityRecord) => e.documents.filter((d) => inStory.has(d)).length;
  return section(
    'entities',
    'Entities',
    html`<div class="entities">${[...byType].map(
      ([type, list]) => html`<h3>${ENTITY_TYPE_TITLES[type] ?? humanise(type)}</h3><ul>${list
        .sort((a, b) => count(b) - count(a) || a.name.localeCompare(b.name))
        .map(
          (e) => html`<li><a href="/${queryString({ entity: e.id })}">${e.name}</a> <span class="meta">${plural(count(e), 'article')}${
            e.aliases.length ? html`; also ${e.aliases.join(', ')}` : ''
          }</span></li>`,
        )}</ul>`,
    )}</div>`,
  );
}

/** Numbered source entries of the given documents (all of the dossier's when none are given). */
function sourceList(dossier: Dossier, cites: Citations, ids: readonly string[]): Html {
  const byId = new Map(dossier.documents.map((d) => [d.id, d]));
  return html`<ol>${ids.map((id) => {
    const d = byId.get(id);
    const n = cites.numbers.get(id);
    if (!d || n === undefined) return '';
    const copy = d.duplicateOf ? html` <span class="meta">(copy of [${cites.numbers.get(d.duplicateOf) ?? '?'}])</span>` : '';
    return html`<li id="src-${n}" value="${n}"><a href="/documents/${pathPart(id)}">${d.title ?? d.key}</a> <span class="meta">${d.publisher ?? 'unknown outlet'}, ${day(d.published)}</span>${copy}</li>`;
  })}</ol>`;
}

/** The first sources; a long list continues on the story's source page. */
function sourcesSection(dossier: Dossier, cites: Citations): Section {
  const ids = [...cites.numbers.keys()];
  const shown = ids.slice(0, LISTED_SOURCES);
  const rest = ids.length - shown.length;
  return section(
    'sources',
    'Sources',
    html`${sourceList(dossier, cites, shown)}${rest > 0 ? html`<p><a href="/stories/${pathPart(dossier.story.id)}/sources">All ${ids.length} sources</a> (${rest} more)</p>` : ''}`,
  );
}

/** Documents a statement of the page cites, by the reference its "all sources" link carries; null when unknown. */
export function statementSources(dossier: Dossier, ref: string): { label: string; ids: string[] } | null {
  const m = /^(summary|abstract|timeline|event|edge|fact)-(\d+)$/.exec(ref);
  if (!m) return null;
  const { story } = dossier;
  const i = Number(m[2]);
  switch (m[1]) {
    case 'summary': {
      const s = story.summary[i];
      return s ? { label: s.text, ids: s.origin ? [s.origin, ...s.citations] : s.citations } : null;
    }
    case 'abstract': {
      const s = story.abstract?.sentences[i];
      return s ? { label: s.text, ids: s.citations } : null;
    }
    case 'timeline': {
      const t = story.timeline[i - 1];
      return t ? { label: `${timelineDate(t)}: ${t.text}`, ids: t.citations } : null;
    }
    case 'event': {
      const e = story.events[i];
      return e ? { label: e.title, ids: e.documents } : null;
    }
    case 'edge': {
      const e = graphEdges(dossier)[i];
      return e ? { label: `${e.to} ${EDGE_WORDING[e.kind]}: ${e.from}`, ids: e.documents } : null;
    }
    default: {
      const f = story.sourceMatrix?.facts[i];
      return f ? { label: `${f.id}: ${f.text}`, ids: f.documents } : null;
    }
  }
}

/** `/stories/:id/sources`: every source of the story, or (`for`) every source of one statement, numbered as on the story page. */
export function storySourcesPage(dossier: Dossier, ref?: string): Html | null {
  const cites = new Citations(dossier);
  const statement = ref ? statementSources(dossier, ref) : null;
  if (ref && !statement) return null;
  const ids = statement ? cites.ordered(statement.ids) : [...cites.numbers.keys()];
  const title = `Sources: ${dossier.story.title}`;
  const body = html`<article class="story">
<p><a href="/stories/${pathPart(dossier.story.id)}">← ${dossier.story.title}</a></p>
<h1>${statement ? 'Sources of one statement' : 'All sources'}</h1>
${statement ? html`<blockquote><p>${statement.label}</p></blockquote>` : ''}
<p class="meta">${plural(ids.length, 'source')}, numbered as on the story page; originals before copies.</p>
${sourceList(dossier, cites, ids)}
</article>`;
  return layout(title, body);
}

function genericSections(story: StoryRecord, cites: Citations): Section[] {
  const link = (s: string) => (cites.has(s) ? cites.link(s, null) : null);
  return Object.entries(story as Record<string, unknown>)
    .filter(([key, value]) => !DEDICATED.has(key) && !isEmptyValue(value))
    .map(([key, value]) => section(`x-${key}`, humanise(key), html`<div class="generic">${genericValue(value, link)}</div>`));
}

export function storyPage(dossier: Dossier): Html {
  const { story } = dossier;
  const cites = new Citations(dossier);
  const inStory = dossier.documents.filter((d) => story.documents.includes(d.id));
  const outlets = new Set(inStory.map((d) => d.publisher).filter(Boolean));
  const dates = inStory.map((d) => d.published).filter((p): p is string => Boolean(p)).sort();
  const sections = [
    summarySection(story, cites),
    abstractSection(story, cites),
    timelineSection(dossier, cites),
    eventsSection(story, cites),
    conflictsSection(story, cites),
    speakersSection(dossier, cites),
    matrixSection(story, cites),
    borrowingSection(dossier, cites),
    entitiesSection(dossier),
    ...genericSections(story, cites),
    sourcesSection(dossier, cites),
  ].filter((s): s is Section => s !== null);
  const toc = sections.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`);
  const body = html`<article class="story">
<h1>${story.title}</h1>
<p class="meta">${dateSpan(dates[0] ?? null, dates[dates.length - 1] ?? null)} · ${plural(story.documents.length, 'article')} from ${plural(outlets.size, 'outlet')} · ${plural(story.events.length, 'event')} · story <code>${story.id}</code> · <a href="/api/stories/${pathPart(story.id)}">JSON</a></p>
<nav class="toc" aria-label="On this page"><ul>${toc}</ul></nav>
${sections.map((s) => html`<section id="${s.id}" aria-labelledby="${s.id}-title"><h2 id="${s.id}-title">${s.title}</h2>${s.body}</section>`)}
</article>`;
  return layout(story.title, body);
}
