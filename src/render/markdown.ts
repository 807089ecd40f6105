// A dossier as Markdown, readable as-is in a terminal.
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

// Beyond this many outlets a fact-by-outlet grid is too wide to read; facts list their outlets instead.
const MAX_MATRIX_COLUMNS = 6;

/** Text from documents inside a Markdown table cell: no pipes or line breaks. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
// A fact in the grid is named by its opening words; the whole sentence is in the summary above.
const FACT_CHARS = 100;
export const shortFact = (text: string) => (text.length > FACT_CHARS ? `${text.slice(0, FACT_CHARS).replace(/\s+\S*$/u, '')}…` : text);

export function renderMarkdown(dossier: Dossier): string {
  const { story } = dossier;
  const numbers = citationNumbers(dossier);
  const cite = (ids: readonly string[]) => ids.map((id) => `[${numbers.get(id) ?? '?'}]`).join('');
  const byId = new Map(dossier.documents.map((d) => [d.id, d]));
  const out: string[] = [];
  const dates = story.events.map((e) => e.date).filter((d): d is string => Boolean(d)).sort();
  out.push(`# ${story.title}`, '');
  out.push(`Story ${story.id} · ${story.documents.length} documents · ${story.events.length} events${dates.length ? ` · ${dates[0]} to ${dates[dates.length - 1]}` : ''}`, '');

  if (story.summary.length > 0) {
    out.push('## Summary', '');
    for (const s of story.summary) out.push(`- ${s.lead ? '**' : ''}${s.text}${s.lead ? '**' : ''} ${cite(s.citations)}`);
    out.push('');
  }
  const abstract = story.abstract;
  if (abstract && (abstract.sentences.length > 0 || abstract.error)) {
    out.push(`## Machine-written summary (${abstract.model}, checked against the sources)`, '');
    for (const s of abstract.sentences) out.push(`- ${s.text} ${cite(s.citations)}`);
    if (abstract.dropped.length) out.push(`- _${abstract.dropped.length} sentence(s) dropped: no source supports them._`);
    if (abstract.error) out.push(`- _${abstract.error}_`);
    out.push('');
  }
  if (story.events.length > 0) {
    out.push('## Events', '');
    for (const e of story.events) out.push(`- **${e.date ?? 'undated'}** ${e.title} ${cite(e.documents)}`);
    out.push('');
  }
  if (story.timeline.length > 0) {
    out.push('## Timeline', '');
    for (const t of story.timeline) out.push(`- **${timelineDate(t)}** ${t.text} ${cite(t.citations)}`);
    out.push('');
  }
  if (story.conflicts.length > 0) {
    out.push('## Conflicts and changes', '');
    for (const c of story.conflicts) {
      const kind = c.kind === 'claim' ? 'claim' : 'figure';
      const where = c.between === 'days' ? 'between days' : 'between outlets';
      const verdict = c.kind === 'claim' ? 'opposite' : c.compatible ? 'compatible' : 'not compatible';
      out.push(`**${c.topic}** (${kind}, ${where}, ${verdict})`, '');
      if (c.note) out.push(c.note, '');
      for (const s of c.statements) {
        const who = s.outlet !== undefined ? `${outletDate({ outlet: s.outlet ?? 'unknown outlet', published: s.published ?? null })}: ` : '';
        out.push(`- ${who}${s.figure ? `“${s.figure}” — ` : ''}${s.text} ${cite([s.documentId])}`);
      }
      out.push('');
    }
  }
  const speakers = storySpeakers(dossier);
  if (speakers.length > 0) {
    out.push('## Who said what', '');
    for (const speaker of speakers) {
      out.push(`**${speaker.speaker}**`, '');
      for (const q of speaker.quotes) {
        out.push(`> “${q.text}”`, '>');
        const later = q.reReportedBy.length ? `; re-reported by ${q.reReportedBy.map((r) => `${outletDate(r)} ${cite([r.documentId])}`).join('; ')}` : '';
        out.push(`> — first in ${outletDate(q.first)} ${cite([q.first.documentId])}${later}`, '');
      }
    }
  }
  const edges = graphEdges(dossier);
  if (edges.length > 0) {
    out.push('## Borrowed reporting', '');
    for (const e of edges) out.push(`- ${e.from} → ${e.to}: ${e.to} ${EDGE_WORDING[e.kind]} ${cite(e.documents)}`);
    out.push('');
  }
  const matrix = story.sourceMatrix;
  if (matrix && matrix.outlets.length > 0) {
    out.push('## Sources by outlet', '');
    out.push('| Outlet | First covered | Documents | Only this outlet |', '|---|---|---|---|');
    for (const o of matrix.outlets) {
      out.push(`| ${cell(o.outlet)} | ${o.firstCovered?.slice(0, 10) ?? 'undated'} ${cite([o.firstDocumentId])} | ${o.documents.length} | ${o.exclusive.join(', ') || '—'} |`);
    }
    out.push('');
    if (matrix.facts.length > 0) {
      const names = matrix.outlets.map((o) => o.outlet);
      if (names.length <= MAX_MATRIX_COLUMNS) {
        out.push(`| Fact | ${names.map(cell).join(' | ')} |`, `|---|${names.map(() => ':-:').join('|')}|`);
        for (const f of matrix.facts) {
          out.push(`| ${f.id}: ${cell(shortFact(f.text))} | ${names.map((n) => (f.outlets.includes(n) ? '✓' : '')).join(' | ')} |`);
        }
      } else {
        for (const f of matrix.facts) out.push(`- ${f.id}: ${f.text} — ${f.outlets.join(', ')}`);
      }
      out.push('');
    }
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
