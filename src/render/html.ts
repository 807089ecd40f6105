// A dossier as a standalone HTML page (no scripts, no external resources).
import { borrowingPairs, citationNumbers, quotesBySpeaker, sourceLabel, type Dossier } from './dossier.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export function renderHtml(dossier: Dossier): string {
  const { story } = dossier;
  const numbers = citationNumbers(dossier);
  const cite = (ids: string[]) =>
    ids.map((id) => `<a class="cite" href="#src-${numbers.get(id) ?? ''}">[${numbers.get(id) ?? '?'}]</a>`).join('');
  const byId = new Map(dossier.documents.map((d) => [d.id, d]));
  const parts: string[] = [];
  parts.push(`<h1>${escapeHtml(story.title)}</h1>`);
  parts.push(`<p class="meta">Story ${escapeHtml(story.id)} · ${story.documents.length} documents · ${story.events.length} events</p>`);
  if (story.summary.length) {
    parts.push('<h2>Summary</h2><ul>');
    for (const s of story.summary) parts.push(`<li>${escapeHtml(s.text)} ${cite(s.citations)}</li>`);
    parts.push('</ul>');
  }
  if (story.events.length) {
    parts.push('<h2>Events</h2><ul>');
    for (const e of story.events) parts.push(`<li><strong>${escapeHtml(e.date ?? 'undated')}</strong> ${escapeHtml(e.title)} ${cite(e.documents)}</li>`);
    parts.push('</ul>');
  }
  if (story.timeline.length) {
    parts.push('<h2>Timeline</h2><ul>');
    for (const t of story.timeline) parts.push(`<li><strong>${escapeHtml(t.date)}</strong> ${escapeHtml(t.text)} ${cite(t.citations)}</li>`);
    parts.push('</ul>');
  }
  if (dossier.quotes.length) {
    parts.push('<h2>Who said what</h2>');
    for (const [speaker, quotes] of quotesBySpeaker(dossier.quotes, dossier.entities)) {
      parts.push(`<h3>${escapeHtml(speaker)}</h3>`);
      for (const q of quotes) parts.push(`<blockquote>“${escapeHtml(q.text)}” ${cite([q.documentId, ...q.alsoIn])}</blockquote>`);
    }
  }
  if (story.conflicts.length) {
    parts.push('<h2>Where sources disagree</h2>');
    for (const c of story.conflicts) {
      parts.push(`<h3>${escapeHtml(c.topic)}</h3><ul>`);
      for (const s of c.statements) parts.push(`<li>${escapeHtml(s.text)} ${cite([s.documentId])}</li>`);
      parts.push('</ul>');
    }
  }
  const borrowing = borrowingPairs(dossier);
  if (borrowing.length) {
    parts.push('<h2>Borrowed reporting</h2><ul>');
    for (const b of borrowing) parts.push(`<li>${escapeHtml(b.to)} credits ${escapeHtml(b.from)} ${cite(b.documentIds)}</li>`);
    parts.push('</ul>');
  }
  parts.push('<h2>Sources</h2><ol>');
  for (const [id, n] of numbers) {
    const doc = byId.get(id);
    if (doc) parts.push(`<li id="src-${n}">${escapeHtml(sourceLabel(doc))} <code>${escapeHtml(doc.key)}</code></li>`);
  }
  parts.push('</ol>');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(story.title)} · Dossier</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#222}
.meta{color:#666}.cite{text-decoration:none;font-size:.8em;vertical-align:super}blockquote{margin:.5rem 0;padding-left:1rem;border-left:3px solid #ccc}</style>
</head><body>
${parts.join('\n')}
</body></html>
`;
}
