// The web UI's stylesheet, served as /static/app.css (no inline styles: the Content-Security-Policy forbids them).
export const STYLES_CSS = String.raw`
:root { --ink: #1d1d1f; --muted: #5b5b66; --line: #d9d9e0; --accent: #0b57d0; --soft: #f4f5f8; --warn: #a3410c; --ok: #2a6b2a; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); margin: 0; background: #fff; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible {
  outline: 3px solid #f2a900; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; z-index: 10; }
.skip:focus { left: .5rem; }
.site { border-bottom: 1px solid var(--line); background: var(--soft); }
.site nav { max-width: 68rem; margin: 0 auto; padding: .6rem 1rem; display: flex; gap: 1.2rem; align-items: center; flex-wrap: wrap; }
.site .brand { font-weight: 700; text-decoration: none; color: var(--ink); }
.site form { margin-left: auto; display: flex; gap: .4rem; align-items: center; }
main { max-width: 68rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
footer.page { max-width: 68rem; margin: 0 auto; padding: 1rem; color: var(--muted); font-size: .85em; border-top: 1px solid var(--line); }
h1 { font-size: 1.7rem; line-height: 1.25; margin: .6rem 0; }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.meta { color: var(--muted); font-size: .92em; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.filters { display: flex; flex-wrap: wrap; gap: .8rem; align-items: flex-end; border: 1px solid var(--line); border-radius: 6px; padding: .8rem; margin: 0 0 1rem; }
.filters legend { font-weight: 600; padding: 0 .3rem; }
.filters .field { display: flex; flex-direction: column; gap: .2rem; }
.filters label { font-size: .85em; color: var(--muted); }
input, select, textarea, button { font: inherit; }
input, select, textarea { border: 1px solid #9a9aa6; border-radius: 4px; padding: .3rem .4rem; color: var(--ink); background: #fff; }
button, .button { background: var(--accent); color: #fff; border: 0; border-radius: 4px; padding: .4rem .9rem; cursor: pointer; text-decoration: none; display: inline-block; }
button[disabled] { opacity: .6; cursor: progress; }
.button.secondary { background: #e6e8ee; color: var(--ink); }
ol.stories { list-style: none; padding: 0; margin: 0; }
ol.stories > li { border-bottom: 1px solid var(--line); padding: .7rem 0; }
ol.stories h2 { border: 0; margin: 0; font-size: 1.15rem; padding: 0; }
.pager { display: flex; gap: 1rem; margin: 1rem 0; }
.hits li { margin: .5rem 0; }
mark { background: #fff1a8; color: inherit; }
.toc { background: var(--soft); border-radius: 6px; padding: .5rem .8rem; font-size: .92em; }
.toc ul { display: flex; flex-wrap: wrap; gap: .4rem 1rem; list-style: none; margin: 0; padding: 0; }
ol.summary li { margin: .45rem 0; }
ol.summary li.lead { font-weight: 600; }
.cite { font-size: .78em; vertical-align: super; text-decoration: none; padding: 0 .08em; white-space: nowrap; }
.cite:hover, .cite:focus { text-decoration: underline; }
.more-cites { display: inline; font-size: .85em; }
.more-cites[open] { display: block; margin: .2rem 0 .4rem 1rem; }
.cite-more { font-size: .85em; text-decoration: none; padding: 0 .1em; }
#chosen-files { list-style: none; padding: 0; }
table.matrix th[scope=row] { font-weight: 400; min-width: 16rem; }
td.date, .nowrap { white-space: nowrap; }
.more-cites summary { display: inline; cursor: pointer; color: var(--accent); }
.cite-tip { position: absolute; z-index: 20; max-width: 30rem; background: #fff; border: 1px solid #8a8a96; border-radius: 6px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: .5rem .7rem; font-size: .9rem; font-weight: 400; }
.cite-tip p { margin: 0; }
.cite-tip .cite-tip-source { color: var(--muted); font-size: .85em; margin-bottom: .25rem; }
.cite-tip .cite-tip-none { font-style: italic; }
figure.timeline { margin: 0; overflow-x: auto; }
figure.timeline svg { display: block; max-width: 100%; height: auto; }
figure.timeline figcaption { color: var(--muted); font-size: .85em; }
svg .axis line, svg .axis path { stroke: #8a8a96; }
svg .axis text, svg .lane { fill: var(--muted); font-size: 11px; }
svg .mark { fill: var(--accent); }
svg .mark.approximate { fill: #fff; stroke: var(--accent); stroke-width: 2; stroke-dasharray: 3 2; }
svg .coverage { fill: #9db6e8; }
svg a:focus .mark, svg a:hover .mark { fill: #f2a900; stroke: #8a5a00; }
ol.timeline-list li { margin: .35rem 0; }
ol.timeline-list li:target, p:target, li:target { background: #fff6cc; }
.date { font-weight: 600; white-space: nowrap; }
blockquote { margin: .5rem 0 .8rem; padding: .2rem 0 .2rem 1rem; border-left: 3px solid var(--line); }
blockquote footer { font-size: .85em; color: var(--muted); }
table { border-collapse: collapse; margin: .5rem 0; font-size: .92em; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; vertical-align: top; text-align: left; }
thead th { background: var(--soft); }
.matrix-wrap { overflow-x: auto; }
table.matrix td.has { text-align: center; color: var(--ok); font-weight: 700; }
table.matrix td.no { text-align: center; color: #c4c4cc; }
.verdict { font-size: .85em; font-weight: 400; padding: .05rem .4rem; border-radius: 3px; }
.verdict.clash { background: #fde6dc; color: var(--warn); }
.verdict.ok { background: #e3f1e3; color: var(--ok); }
.entities ul { columns: 2 16rem; }
.doc-text p { max-width: 44rem; }
.doc-text mark { padding: 0 .1em; }
details { margin: .6rem 0; }
details summary { cursor: pointer; font-weight: 600; }
.removed td.reason { white-space: nowrap; font-family: ui-monospace, monospace; font-size: .85em; }
.drop-zone { border: 2px dashed #8a8a96; border-radius: 8px; padding: 2rem 1rem; text-align: center; background: var(--soft); }
.drop-zone.dragging { border-color: var(--accent); background: #e8f0fe; }
.drop-zone label { font-weight: 600; display: block; margin-bottom: .5rem; }
#ingest-status .error, .error { color: var(--warn); }
#ingest-status .done { color: var(--ok); font-weight: 600; }
.generic dl { margin: .2rem 0 .2rem 1rem; }
.generic dt { font-weight: 600; }
.generic dd { margin: 0 0 .3rem 1rem; }
code { font-family: ui-monospace, monospace; font-size: .88em; }
@media (max-width: 40rem) { .site form { margin-left: 0; } h1 { font-size: 1.4rem; } }
`;
