// The page frame every UI page shares: one stylesheet and one script, both files (no inline code).
import { html, type Html, type Interpolation } from './html.js';

export const ASSET_PATHS = { css: '/static/app.css', js: '/static/app.js' } as const;

export function layout(title: string, body: Interpolation, options: { query?: string } = {}): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Dossier</title>
<link rel="stylesheet" href="${ASSET_PATHS.css}">
<script src="${ASSET_PATHS.js}" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<nav aria-label="Main">
<a class="brand" href="/">Dossier</a>
<a href="/">Stories</a>
<a href="/ingest">Add articles</a>
<form role="search" action="/" method="get">
<label for="site-search" class="visually-hidden">Search stories and articles</label>
<input id="site-search" type="search" name="q" value="${options.query ?? ''}" placeholder="Search">
<button type="submit">Search</button>
</form>
</nav>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="page">Dossier: stories from many outlets, every line cited.</footer>
</body>
</html>
`;
}

export function notFoundPage(what: string): Html {
  return layout('Not found', html`<h1>Not found</h1><p>${what}</p><p><a href="/">Back to the stories</a></p>`);
}

export function errorPage(message: string): Html {
  return layout('Error', html`<h1>Something went wrong</h1><p>${message}</p><p><a href="/">Back to the stories</a></p>`);
}

/** "2026-03-12" from an ISO date or timestamp; "undated" without one. */
export function day(date: string | null | undefined): string {
  return date ? date.slice(0, 10) : 'undated';
}

export function dateSpan(first: string | null, last: string | null): string {
  if (!first) return 'undated';
  return first.slice(0, 10) === (last ?? first).slice(0, 10) ? day(first) : `${day(first)} to ${day(last)}`;
}

export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}
