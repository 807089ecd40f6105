// A dossier as Markdown, readable as-is in a terminal.
import { borrowingPairs, citationNumbers, quotesBySpeaker, sourceLabel, type Dossier } from './dossier.js';

export function renderMarkdown(dossier: Dossier): string {
  const { story } = dossier;
  const numbers = citationNumbers(dossier);
  const cite = (ids: string[]) => ids.map((id) => `[${numbers.get(id) ?? '?'}]`).join('');
  const byId = new Map(dossier.documents.map((d) => [d.id, d]));
  const out: string[] = [];
  const dates = story.events.map((e) => e.date).filter((d): d is string => Boolean(d)).sort();
  out.push(`# ${story.title}`, '');
  out.push(`Story ${story.id} · ${story.documents.length} documents · ${story.events.length} events${dates.length ? ` · ${dates[0]} to ${dates[dates.length - 1]}` : ''}`, '');

  if (story.summary.length > 0) {
    out.push('## Summary', '');
    for (const s of story.summary) out.push(`- ${s.text} ${cite(s.citations)}`);
    out.push('');
  }
  if (story.events.length > 0) {
    out.push('## Events', '');
    for (const e of story.events) out.push(`- **${e.date ?? 'undated'}** ${e.title} ${cite(e.documents)}`);
    out.push('');
  }
  if (story.timeline.length > 0) {
    out.push('## Timeline', '');
    for (const t of story.timeline) out.push(`- **${t.date}** ${t.text} ${cite(t.citations)}`);
    out.push('');
  }
  if (dossier.quotes.length > 0) {
    out.push('## Who said what', '');
    for (const [speaker, quotes] of quotesBySpeaker(dossier.quotes, dossier.entities)) {
      out.push(`**${speaker}**`, '');
      for (const q of quotes) out.push(`> “${q.text}” ${cite([q.documentId, ...q.alsoIn])}`, '');
    }
  }
  if (story.conflicts.length > 0) {
    out.push('## Where sources disagree', '');
    for (const c of story.conflicts) {
      out.push(`**${c.topic}**`, '');
      for (const s of c.statements) out.push(`- ${s.text} ${cite([s.documentId])}`);
      out.push('');
    }
  }
  const borrowing = borrowingPairs(dossier);
  if (borrowing.length > 0) {
    out.push('## Borrowed reporting', '');
    for (const b of borrowing) out.push(`- ${b.to} credits ${b.from} ${cite(b.documentIds)}`);
    out.push('');
  }
  if (dossier.entities.length > 0) {
    out.push('## People, organisations and places', '');
    const order = ['person', 'organization', 'place', 'other'];
    const entities = [...dossier.entities].sort(
      (a, b) => order.indexOf(a.type) - order.indexOf(b.type) || b.documents.length - a.documents.length || a.name.localeCompare(b.name),
    );
    for (const e of entities) {
      const aliases = e.aliases.filter((a) => a !== e.name);
      out.push(`- ${e.name} (${e.type})${aliases.length ? `, also “${aliases.join('”, “')}”` : ''}`);
    }
    out.push('');
  }
  out.push('## Sources', '');
  for (const [id, n] of numbers) {
    const doc = byId.get(id);
    if (!doc) continue;
    const copy = doc.duplicateOf ? ` (copy of [${numbers.get(doc.duplicateOf) ?? doc.duplicateOf}])` : '';
    out.push(`${n}. ${sourceLabel(doc)}${copy} — ${doc.key}`);
  }
  out.push('');
  return out.join('\n');
}
