// A dossier as a standalone HTML page (no scripts, no external resources).
import {
  citationNumbers,
  EDGE_WORDING,
  graphEdges,
  outletDate,
  sourceLabel,
  storySpeakers,
  timelineDate,
  type Dossier,
} from './dossier.js';
import { shortFact } from './markdown.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export function renderHtml(dossier: Dossier): string {
  const { story } = dossier;
  const numbers = citationNumbers(dossier);
  const cite = (ids: readonly string[]) =>
    ids.map((id) => `<a class="cite" href="#src-${numbers.get(id) ?? ''}">[${numbers.get(id) ?? '?'}]</a>`).join('');
  const byId = new Map(dossier.documents.map((d) => [d.id, d]));
  const parts: string[] = [];
  parts.push(`<h1>${escapeHtml(story.title)}</h1>`);
  parts.push(`<p class="meta">Story ${escapeHtml(story.id)} · ${story.documents.length} documents · ${story.events.length} events</p>`);
  if (story.summary.length) {
    parts.push('<h2>Summary</h2><ul class="summary">');
    for (const s of story.summary) {
      const text = s.lead ? `<strong>${escapeHtml(s.text)}</strong>` : escapeHtml(s.text);
      parts.push(`<li>${text} ${cite(s.citations)}</li>`);
    }
    parts.push('</ul>');
  }
  const abstract = story.abstract;
  if (abstract && (abstract.sentences.length > 0 || abstract.error)) {
    parts.push(`<h2>Machine-written summary <small>(${escapeHtml(abstract.model)}, checked against the sources)</small></h2><ul>`);
    for (const s of abstract.sentences) parts.push(`<li>${escapeHtml(s.text)} ${cite(s.citations)}</li>`);
    if (abstract.dropped.length) parts.push(`<li class="meta">${abstract.dropped.length} sentence(s) dropped: no source supports them.</li>`);
    if (abstract.error) parts.push(`<li class="meta">${escapeHtml(abstract.error)}</li>`);
    parts.push('</ul>');
  }
  if (story.events.length) {
    parts.push('<h2>Events</h2><ul>');
    for (const e of story.events) parts.push(`<li><strong>${escapeHtml(e.date ?? 'undated')}</strong> ${escapeHtml(e.title)} ${cite(e.documents)}</li>`);
    parts.push('</ul>');
  }
  if (story.timeline.length) {
    parts.push('<h2>Timeline</h2><ul>');
    for (const t of story.timeline) parts.push(`<li><strong>${escapeHtml(timelineDate(t))}</strong> ${escapeHtml(t.text)} ${cite(t.citations)}</li>`);
    parts.push('</ul>');
  }
  if (story.conflicts.length) {
    parts.push('<h2>Conflicts and changes</h2>');
    for (const c of story.conflicts) {
      const verdict = c.kind === 'claim' ? 'opposite claims' : c.compatible ? 'compatible' : 'not compatible';
      const where = c.between === 'days' ? 'between days' : 'between outlets';
      parts.push(`<h3>${escapeHtml(c.topic)} <small class="${c.compatible ? 'ok' : 'clash'}">${verdict}, ${where}</small></h3>`);
      if (c.note) parts.push(`<p>${escapeHtml(c.note)}</p>`);
      parts.push('<ul>');
      for (const s of c.statements) {
        const who = s.outlet !== undefined ? `<em>${escapeHtml(outletDate({ outlet: s.outlet ?? 'unknown outlet', published: s.published ?? null }))}</em>: ` : '';
        const figure = s.figure ? `<mark>${escapeHtml(s.figure)}</mark> — ` : '';
        parts.push(`<li>${who}${figure}${escapeHtml(s.text)} ${cite([s.documentId])}</li>`);
      }
      parts.push('</ul>');
    }
  }
  const speakers = storySpeakers(dossier);
  if (speakers.length) {
    parts.push('<h2>Who said what</h2>');
    for (const speaker of speakers) {
      parts.push(`<h3>${escapeHtml(speaker.speaker)}</h3>`);
      for (const q of speaker.quotes) {
        const later = q.reReportedBy.length
          ? `; re-reported by ${q.reReportedBy.map((r) => `${escapeHtml(outletDate(r))} ${cite([r.documentId])}`).join('; ')}`
          : '';
        parts.push(`<blockquote>“${escapeHtml(q.text)}”<footer>first in ${escapeHtml(outletDate(q.first))} ${cite([q.first.documentId])}${later}</footer></blockquote>`);
      }
    }
  }
  const edges = graphEdges(dossier);
  if (edges.length) {
    parts.push('<h2>Borrowed reporting</h2><ul>');
    for (const e of edges) parts.push(`<li>${escapeHtml(e.from)} → ${escapeHtml(e.to)}: ${escapeHtml(e.to)} ${EDGE_WORDING[e.kind]} ${cite(e.documents)}</li>`);
    parts.push('</ul>');
  }
  const matrix = story.sourceMatrix;
  if (matrix && matrix.outlets.length) {
    parts.push('<h2>Sources by outlet</h2><table><thead><tr><th>Outlet</th><th>First covered</th><th>Documents</th><th>Only this outlet</th></tr></thead><tbody>');
    for (const o of matrix.outlets) {
      parts.push(
        `<tr><td>${escapeHtml(o.outlet)}</td><td>${escapeHtml(o.firstCovered?.slice(0, 10) ?? 'undated')} ${cite([o.firstDocumentId])}</td><td>${o.documents.length}</td><td>${escapeHtml(o.exclusive.join(', ') || '—')}</td></tr>`,
      );
    }
    parts.push('</tbody></table>');
    if (matrix.facts.length) {
      const names = matrix.outlets.map((o) => o.outlet);
      parts.push(`<table class="matrix"><thead><tr><th>Fact</th>${names.map((n) => `<th>${escapeHtml(n)}</th>`).join('')}</tr></thead><tbody>`);
      for (const f of matrix.facts) {
        const row = names.map((n) => `<td>${f.outlets.includes(n) ? '✓' : ''}</td>`).join('');
        parts.push(`<tr><td title="${escapeHtml(f.text)}">${escapeHtml(f.id)}: ${escapeHtml(shortFact(f.text))}</td>${row}</tr>`);
      }
      parts.push('</tbody></table>');
    }
  }
  parts.push('<h2>Sources</h2><ol>');
  for (const [id, n] of numbers) {
    const doc = byId.get(id);
    if (!doc) continue;
    const copy = doc.duplicateOf ? ` (copy of [${numbers.get(doc.duplicateOf) ?? '?'}])` : '';
    parts.push(`<li id="src-${n}">${escapeHtml(sourceLabel(doc))}${copy} <code>${escapeHtml(doc.key)}</code></li>`);
  }
  parts.push('</ol>');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(story.title)} · Dossier</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;color:#222}
.meta{color:#666}.cite{text-decoration:none;font-size:.8em;vertical-align:super}blockquote{margin:.5rem 0;padding-left:1rem;border-left:3px solid #ccc}
blockquote footer{font-size:.85em;color:#555}table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.2rem .4rem;font-size:.9em;vertical-align:top}
.matrix td+td{text-align:center}small.clash{color:#a40}small.ok{color:#270}mark{background:#fff3b0}</style>
</head><body>
${parts.join('\n')}
</body></html>
`;
}
