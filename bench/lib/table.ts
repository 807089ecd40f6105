// Markdown tables for benchmark reports.

export type Cell = string | number | null | undefined;

/** Formats a number with fixed decimals; missing values print as an en dash. */
export function fmt(value: number | null | undefined, decimals = 3): string {
  return value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(decimals);
}

/** A GitHub-flavoured Markdown table; numeric columns (every cell a number or dash) are right-aligned. */
export function markdownTable(headers: readonly string[], rows: readonly Cell[][]): string {
  const text = rows.map((r) => headers.map((_, i) => cellText(r[i])));
  const numeric = headers.map((_, i) => rows.length > 0 && text.every((r) => /^(-?[\d.]+|–)$/.test(r[i]!)));
  const widths = headers.map((h, i) => Math.max(h.length, 3, ...text.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    '| ' + cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ') + ' |';
  const rule = '| ' + widths.map((w, i) => (numeric[i] ? '-'.repeat(w - 1) + ':' : '-'.repeat(w))).join(' | ') + ' |';
  return [line([...headers]), rule, ...text.map(line)].join('\n');
}

function cellText(c: Cell): string {
  if (c === null || c === undefined || c === '') return '–';
  return typeof c === 'number' ? String(c) : c.replace(/\|/g, '\\|');
}
