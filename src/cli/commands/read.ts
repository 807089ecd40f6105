// Read-only commands: export, stories, show, search, failures.
import { loadDossier } from '../../render/dossier.js';
import { renderHtml } from '../../render/html.js';
import { renderMarkdown } from '../../render/markdown.js';
import { UsageError, withStore, writeLine, type Io } from '../context.js';

const READ_ONLY = { create: false };

export async function runExport(flags: { db?: string; pretty?: boolean }, io: Io): Promise<number> {
  return withStore(flags.db, async (store) => {
    const analysis = await store.exportAnalysis();
    writeLine(io.stdout, JSON.stringify(analysis, null, flags.pretty === false ? undefined : 2));
    return 0;
  }, READ_ONLY);
}

export async function runStories(flags: { db?: string; json?: boolean }, io: Io): Promise<number> {
  return withStore(flags.db, async (store) => {
    const stories = await store.listStories();
    if (flags.json) {
      writeLine(io.stdout, JSON.stringify(stories, null, 2));
      return 0;
    }
    if (stories.length === 0) {
      writeLine(io.stdout, 'No stories yet. Run `dossier ingest PATH...` then `dossier analyze`.');
      return 0;
    }
    writeLine(io.stdout, `${'STORY'.padEnd(12)}  ${'DATES'.padEnd(23)}  DOCS  EVENTS  TITLE`);
    for (const s of stories) {
      const dates = s.firstDate ? (s.firstDate === s.lastDate ? s.firstDate : `${s.firstDate}..${s.lastDate}`) : 'undated';
      writeLine(io.stdout, `${s.id.padEnd(12)}  ${dates.padEnd(23)}  ${String(s.documents).padStart(4)}  ${String(s.events).padStart(6)}  ${s.title}`);
    }
    return 0;
  }, READ_ONLY);
}

export async function runShow(storyId: string, flags: { db?: string; format?: string }, io: Io): Promise<number> {
  const format = flags.format ?? 'md';
  if (!['md', 'json', 'html'].includes(format)) throw new UsageError(`--format must be md, json or html, not "${format}"`);
  return withStore(flags.db, async (store) => {
    const dossier = await loadDossier(store, storyId);
    if (!dossier) {
      writeLine(io.stderr, `dossier: no story matches "${storyId}" (see \`dossier stories\`)`);
      return 1;
    }
    if (format === 'json') writeLine(io.stdout, JSON.stringify(dossier, null, 2));
    else if (format === 'html') io.stdout.write(renderHtml(dossier));
    else io.stdout.write(renderMarkdown(dossier));
    return 0;
  }, READ_ONLY);
}

export async function runSearch(query: string, flags: { db?: string; json?: boolean; limit?: string }, io: Io): Promise<number> {
  const limit = flags.limit === undefined ? 10 : Number(flags.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number, not "${flags.limit}"`);
  return withStore(flags.db, async (store) => {
    const hits = await store.search(query, limit);
    if (flags.json) {
      writeLine(io.stdout, JSON.stringify(hits, null, 2));
      return 0;
    }
    if (hits.length === 0) writeLine(io.stdout, `No documents match "${query}".`);
    for (const h of hits) {
      const date = h.published ? h.published.slice(0, 10) : 'undated';
      writeLine(io.stdout, `${h.documentId}  ${date}  ${h.publisher ?? 'unknown outlet'}: ${h.title ?? '(untitled)'}`);
      if (h.storyIds.length) writeLine(io.stdout, `    story ${h.storyIds.join(', ')}`);
      writeLine(io.stdout, `    ${h.snippet.replace(/\s+/g, ' ')}`);
    }
    return 0;
  }, READ_ONLY);
}

export async function runFailures(flags: { db?: string; json?: boolean; run?: string }, io: Io): Promise<number> {
  return withStore(flags.db, async (store) => {
    const failures = await store.listFailures(flags.run);
    if (flags.json) writeLine(io.stdout, JSON.stringify(failures, null, 2));
    else if (failures.length === 0) writeLine(io.stdout, 'No failures recorded.');
    else for (const f of failures) writeLine(io.stdout, `${f.at}  ${f.runId}  ${f.input}: ${f.reason}`);
    return 0;
  }, READ_ONLY);
}
