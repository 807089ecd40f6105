// `/ingest`: drop or choose files, or paste URLs; they are stored, analysed, and the new stories linked.
// With the script the form posts to the JSON API and reports in place; without it, to /ingest for a result page.
import { html, pathPart, type Html } from './html.js';
import { layout, plural } from './layout.js';

export interface IngestOutcome {
  ingest: { added: number; updated: number; unchanged: number; failed: number; failures: { input: string; reason: string }[] };
  documents: { id: string; key: string; title: string | null; status: string }[];
  stories: { id: string; title: string }[];
}

export function ingestPage(options: { maxMegabytes: number; maxFiles: number; maxUrls: number; outcome?: IngestOutcome; error?: string }): Html {
  const status = options.error
    ? html`<p class="error">Not ingested: ${options.error}</p>`
    : options.outcome
      ? outcomeHtml(options.outcome)
      : '';
  const body = html`<h1>Add articles</h1>
<p>Files can be HTML pages, text, Markdown, JSON or JSONL records, RSS, Atom or JSON feeds (also gzipped), up to
${plural(options.maxFiles, 'file')} and ${options.maxMegabytes} MB in all. Web pages are fetched from public addresses only.</p>
<form id="ingest-form" action="/ingest" method="post" enctype="multipart/form-data" data-api="/api/ingest">
<div id="drop-zone" class="drop-zone">
<label for="ingest-files">Drop files here, or choose them</label>
<input id="ingest-files" type="file" name="files" multiple aria-describedby="drop-hint">
<p id="drop-hint" class="meta">Dropped and chosen files are listed below before sending.</p>
<ul id="chosen-files" aria-label="Files to send"></ul>
</div>
<p><label for="ingest-urls">Or web addresses, one a line (at most ${options.maxUrls})</label><br>
<textarea id="ingest-urls" name="urls" rows="3" cols="60" placeholder="https://example.org/news/article.html"></textarea></p>
<p><button type="submit">Ingest and analyse</button></p>
</form>
<section aria-labelledby="status-title"><h2 id="status-title">Result</h2><div id="ingest-status" role="status" aria-live="polite">${status}</div></section>`;
  return layout('Add articles', body);
}

function outcomeHtml(outcome: IngestOutcome): Html {
  const i = outcome.ingest;
  return html`<p class="done">Ingested: ${i.added} added, ${i.updated} updated, ${i.unchanged} unchanged, ${i.failed} failed.</p>
<ul>${i.failures.map((f) => html`<li class="error">${f.input}: ${f.reason}</li>`)}${outcome.documents.map(
    (d) => html`<li><a href="/documents/${pathPart(d.id)}">${d.title ?? d.key}</a> (${d.status})</li>`,
  )}${outcome.stories.map((s) => html`<li>Story: <a href="/stories/${pathPart(s.id)}">${s.title}</a></li>`)}</ul>`;
}
