// Sections the UI has no dedicated view for (fields added to the contract later) are still shown: a generic,
// escaped rendering of any JSON value, with document ids turned into links by the caller.
import { html, type Html } from './html.js';

/** Nesting past this is summarised: a record this deep is data, not reading. */
const MAX_DEPTH = 6;
/** Items of one list shown before the rest is counted. */
const MAX_ITEMS = 200;

/** "borrowingGraph" -> "Borrowing graph". */
export function humanise(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value as object).every(isEmptyValue);
  return false;
}

/** Renders a JSON value; `linkString` may turn a string (a document id) into a link. */
export function genericValue(value: unknown, linkString: (s: string) => Html | null, depth = 0): Html {
  if (value === null || value === undefined) return html`<span class="meta">none</span>`;
  if (typeof value === 'string') return linkString(value) ?? html`${value}`;
  if (typeof value === 'number' || typeof value === 'boolean') return html`${String(value)}`;
  if (depth >= MAX_DEPTH) return html`<span class="meta">…</span>`;
  if (Array.isArray(value)) {
    if (value.length === 0) return html`<span class="meta">none</span>`;
    const shown = value.slice(0, MAX_ITEMS);
    const rest = value.length - shown.length;
    const more = rest > 0 ? html`<li class="meta">and ${rest} more</li>` : '';
    if (shown.every((v) => typeof v !== 'object' || v === null)) {
      return html`${shown.map((v, i) => html`${i ? ', ' : ''}${genericValue(v, linkString, depth + 1)}`)}${rest > 0 ? html` <span class="meta">and ${rest} more</span>` : ''}`;
    }
    return html`<ol>${shown.map((v) => html`<li>${genericValue(v, linkString, depth + 1)}</li>`)}${more}</ol>`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => !isEmptyValue(v));
    if (entries.length === 0) return html`<span class="meta">none</span>`;
    return html`<dl>${entries.map(([k, v]) => html`<dt>${humanise(k)}</dt><dd>${genericValue(v, linkString, depth + 1)}</dd>`)}</dl>`;
  }
  return html``;
}
