// The extractors under test. Each takes the decoded page and returns its main text plus whatever metadata it offers.
// Libraries are imported lazily so a worker only loads (and is measured with) the one system it runs.

export const SYSTEM_NAMES = ['dossier', 'readability', 'defuddle'] as const;
export type SystemName = (typeof SYSTEM_NAMES)[number];

export interface Extraction {
  text: string;
  title?: string | null;
  author?: string | null;
  published?: string | null;
}

export type Extractor = (html: string, page: { id: string; url?: string }) => Extraction | Promise<Extraction>;

export async function loadSystem(name: SystemName): Promise<Extractor> {
  switch (name) {
    case 'dossier':
      return dossier();
    case 'readability':
      return readability();
    case 'defuddle':
      return defuddle();
  }
}

/** Dossier's extract stage on an HTML source document; main text = paragraphs joined by blank lines. */
async function dossier(): Promise<Extractor> {
  const { extractDocument } = await import('../../src/extract/index.js');
  return (html, page) => {
    const out = extractDocument({
      id: page.id,
      key: page.id,
      source: `${page.id}.html`,
      format: 'html',
      bodyType: 'html',
      body: html,
      // No hints: a crawled HTML file carries no caller metadata, so everything is read from the page.
      hints: {},
      ingestedAt: '2000-01-01T00:00:00.000Z',
    });
    return {
      text: out.paragraphs.join('\n\n'),
      title: out.title,
      author: out.authors.length ? out.authors.join(', ') : null,
      published: out.published,
    };
  };
}

/** Mozilla Readability 0.6 on a linkedom document, scored on `textContent` (as the published figure was). */
async function readability(): Promise<Extractor> {
  const { parseHTML } = await import('linkedom');
  const { Readability } = await import('@mozilla/readability');
  return (html) => {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as Document).parse();
    return {
      text: article?.textContent ?? '',
      title: article?.title ?? null,
      author: article?.byline ?? null,
      published: article?.publishedTime ?? null,
    };
  };
}

/** defuddle's Node entry on a linkedom document; its HTML output is reduced to text with linkedom's textContent. */
async function defuddle(): Promise<Extractor> {
  const { parseHTML } = await import('linkedom');
  const { Defuddle } = await import('defuddle/node');
  return async (html, page) => {
    const { document } = parseHTML(html);
    // defuddle reads these browser APIs; linkedom lacks them (defuddle's own linkedom helper adds the same stubs).
    const doc = document as unknown as Document & { styleSheets?: unknown };
    if (!doc.styleSheets) Object.defineProperty(doc, 'styleSheets', { value: [] });
    const view = doc.defaultView as (Window & { getComputedStyle?: unknown }) | null;
    if (view && !view.getComputedStyle) Object.defineProperty(view, 'getComputedStyle', { value: () => ({ display: '' }) });
    // useAsync off: no third-party API fetches (there is no network here, and a benchmark must be offline and repeatable).
    const result = await Defuddle(doc, page.url, { useAsync: false });
    const text = parseHTML(`<!doctype html><html><body>${result.content}</body></html>`).document.body.textContent ?? '';
    return { text, title: result.title || null, author: result.author || null, published: result.published || null };
  };
}
