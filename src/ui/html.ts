// The one escaping helper of the web UI. Every page is built with the `html` tag: each interpolated value is
// escaped unless it is already Html, so article-derived text (titles, quotes, outlet names, URLs) can never
// become markup. Nothing in src/ui writes markup from strings any other way.

/** Markup that is safe to emit as is: only the `html` tag (and `attrs`) make it. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Text for an element's content or a quoted attribute value. */
const SPECIAL = /[&<>"'`]/;

export function escapeHtml(text: string): string {
  // Most text has nothing to escape: skip the replace (a 500-document story page escapes tens of thousands of strings).
  return SPECIAL.test(text) ? text.replace(/[&<>"'`]/g, (c) => ESCAPES[c]!) : text;
}

export type Interpolation = Html | string | number | boolean | null | undefined | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Template tag: the literal parts are trusted markup, every interpolation is escaped (arrays are joined). */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Schemes a link from an article may use; anything else (javascript:, data:, vbscript:) is shown as text. */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** The URL when it is safe to put in href, else null. Control characters and whitespace tricks fail the test. */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (!SAFE_LINK.test(trimmed) || /[\u0000-\u001f\u007f\s]/.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A path segment of one of our own routes (an id from the store), percent-encoded. */
export function pathPart(id: string): string {
  return encodeURIComponent(id);
}

/** A query string from defined, non-empty values. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
