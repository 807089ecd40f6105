// Shared by the server tests: a temporary SQLite store holding the demo corpus, ingested and analysed through
// the real pipeline, and hostile articles written for these tests (fictional outlets and people).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import { ingestInputs } from '../../src/pipeline/ingest.js';
import { analyzeStore } from '../../src/pipeline/analyze.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const demoCorpus = path.join(repoRoot, 'examples', 'corpus');

export interface TempStore {
  store: Store;
  dir: string;
  dbPath: string;
  close(): Promise<void>;
}

export async function tempStore(prefix = 'dossier-serve-'): Promise<TempStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const dbPath = path.join(dir, 'dossier.db');
  const store = await SqliteStore.open(dbPath);
  return {
    store,
    dir,
    dbPath,
    close: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A store with the demo corpus ingested and analysed. */
export async function demoStore(): Promise<TempStore> {
  const temp = await tempStore();
  const ingested = await ingestInputs(temp.store, [demoCorpus]);
  if (ingested.failed > 0) throw new Error(`demo corpus failed to ingest: ${JSON.stringify(ingested.failures)}`);
  await analyzeStore(temp.store);
  return temp;
}

/** Markers the hostile article tries to execute; none may ever run or appear as live markup. */
export const HOSTILE_TITLE = 'Harbour toll <script>alert("title")</script> "vote" <img src=x onerror=alert(1)> passes';

/** A hostile article page: scripts, event handlers, javascript: links and a title built to break out of markup. */
export const HOSTILE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${HOSTILE_TITLE.replace(/</g, '&lt;')}</title>
<meta property="og:title" content="Harbour toll &lt;script&gt;alert(&quot;og&quot;)&lt;/script&gt; &quot;&gt;&lt;svg onload=alert(2)&gt; passes">
<meta property="og:site_name" content="The Brinemouth &lt;b onmouseover=alert(3)&gt;Tribune&lt;/b&gt;">
<meta name="author" content="Edda &quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt; Vantrell">
<meta property="article:published_time" content="2026-08-14T09:00:00Z">
<script>window.__pwned = 'head script';</script>
</head><body onload="alert('body')">
<article>
<h1 onclick="alert(5)">Harbour toll <script>alert("h1")</script> vote passes</h1>
<p>BRINEMOUTH - The Brinemouth harbour council voted 7 to 2 on Thursday to raise the harbour toll for cargo ships, <a href="javascript:alert(6)">council clerk Ansel Morrow</a> said after the vote.</p>
<p onmouseover="alert(7)">"This toll pays for the new breakwater, &lt;script&gt;alert(8)&lt;/script&gt; and nothing else," said councillor Ilse Granholm, who proposed the measure.</p>
<p>Shipping firms said the toll would add about 400 thalers to each call. <img src="x" onerror="alert(9)"> The increase takes effect on September 1.</p>
<iframe src="javascript:alert(10)"></iframe>
<p>Opponents, led by councillor Petra Lunde, said the council had not consulted the port's <a href="JaVaScRiPt:alert(11)">tenants</a> and called the vote <b style="background:url(javascript:alert(12))">rushed</b>. <svg><script>alert(13)</script></svg></p>
<p>The council will publish the full budget for the breakwater next month, Morrow said. <a href=" javascript:alert(14)">Read more</a></p>
</article>
</body></html>
`;

/** A JSON record with hostile fields: a javascript: URL, markup in the title and outlet. */
export const HOSTILE_RECORD = {
  id: 'hostile-record-1',
  url: 'javascript:alert(15)',
  title: '"><script>alert(16)</script> Brinemouth toll: shippers object',
  publisher: '<img src=x onerror=alert(17)>Brinemouth Shipping News',
  published: '2026-08-15',
  text:
    'BRINEMOUTH - Shipping firms objected on Friday to the harbour toll the Brinemouth council passed on Thursday. ' +
    '"The toll will add 400 thalers to every call," said Marta Quist of the Brinemouth shippers\' association <script>alert(18)</script>.\n\n' +
    'Councillor Ilse Granholm said the toll pays for the new breakwater and nothing else.',
};

export interface MarkupProblems {
  scripts: string[];
  handlers: string[];
  scriptUrls: string[];
  styles: string[];
  embeds: string[];
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background']);

/** Everything in a served page that could execute: scripts not ours, on* attributes, javascript: URLs, inline styles, frames. */
export function executableMarkup(page: string, ownScripts: readonly string[] = ['/static/app.js']): MarkupProblems {
  const found: MarkupProblems = { scripts: [], handlers: [], scriptUrls: [], styles: [], embeds: [] };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' && !ownScripts.includes(attributes['src'] ?? '')) found.scripts.push(JSON.stringify(attributes));
        if (['iframe', 'object', 'embed', 'frame', 'base', 'meta'].includes(name) && !(name === 'meta' && Object.keys(attributes).every((k) => ['charset', 'name', 'content'].includes(k)))) {
          found.embeds.push(name);
        }
        if (name === 'style') found.styles.push('<style>');
        for (const [key, value] of Object.entries(attributes)) {
          if (key.startsWith('on')) found.handlers.push(`${name} ${key}=${value}`);
          if (key === 'style') found.styles.push(`${name} style=${value}`);
          if (URL_ATTRIBUTES.has(key) && /^[\s\u0000-\u001f]*(javascript|vbscript|data):/i.test(value)) found.scriptUrls.push(`${name} ${key}=${value}`);
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(page);
  parser.end();
  return found;
}

export const NO_PROBLEMS: MarkupProblems = { scripts: [], handlers: [], scriptUrls: [], styles: [], embeds: [] };
