// The story timeline drawn as an inline SVG: one mark per entry on a time axis (a bar for entries spanning days,
// a hollow mark when the date is approximate), entries stacked into rows so they never overlap, and the articles
// published per day underneath. Each mark links to its entry in the list below, so the chart is keyboard usable.
import { html, type Html } from './html.js';

export interface ChartEntry {
  date: string;
  end?: string | null;
  approximate?: boolean;
  label: string;
  text: string;
  /** Anchor of the entry in the list. */
  anchor: string;
}

const WIDTH = 760;
const MARGIN = { left: 70, right: 20 };
const ROW_HEIGHT = 16;
const AXIS_HEIGHT = 28;
const COVERAGE_HEIGHT = 36;
/** Marks closer than this (px) go on separate rows. */
const MIN_GAP_PX = 12;
/** Beyond this many rows the chart gets unreadable; later entries share the last row. */
const MAX_ROWS = 24;
/** Target number of axis labels. */
const TICK_TARGET = 8;
const DAY_MS = 86_400_000;

const dayNumber = (iso: string): number | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : null;
};
const isoOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Axis ticks: years, quarters, months, weeks or days, whichever gives about TICK_TARGET labels. */
function ticks(start: number, end: number): { at: number; label: string }[] {
  const span = end - start;
  const out: { at: number; label: string }[] = [];
  const first = new Date(start * DAY_MS);
  if (span > 365 * 3) {
    for (let y = first.getUTCFullYear(); ; y++) {
      const at = Date.UTC(y, 0, 1) / DAY_MS;
      if (at > end) break;
      if (at >= start) out.push({ at, label: String(y) });
    }
  } else if (span > 45) {
    const step = [1, 2, 3, 6, 12].find((s) => span / (30.4 * s) <= TICK_TARGET) ?? 12;
    for (let m = first.getUTCFullYear() * 12 + first.getUTCMonth(); ; m += 1) {
      const at = Date.UTC(Math.floor(m / 12), m % 12, 1) / DAY_MS;
      if (at > end) break;
      if (at >= start && (m % 12) % step === 0) out.push({ at, label: `${MONTHS[m % 12]} ${Math.floor(m / 12)}` });
    }
  } else {
    const step = [1, 2, 7, 14].find((s) => span / s <= TICK_TARGET) ?? 14;
    for (let at = start; at <= end; at += step) {
      const d = new Date(at * DAY_MS);
      out.push({ at, label: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` });
    }
  }
  return out;
}

export function timelineChart(entries: ChartEntry[], published: (string | null)[]): Html {
  const marks = entries
    .map((e) => {
      const start = dayNumber(e.date);
      const stop = e.end ? dayNumber(e.end) : null;
      return start === null ? null : { ...e, start, stop: stop !== null && stop > start ? stop : start };
    })
    .filter((m): m is NonNullable<typeof m> => m !== null);
  if (marks.length === 0) return html``;
  const pubDays = published.map((p) => (p ? dayNumber(p) : null)).filter((n): n is number => n !== null);
  const all = [...marks.flatMap((m) => [m.start, m.stop]), ...pubDays];
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (max - min < 2) {
    min -= 1;
    max += 1;
  }
  const inner = WIDTH - MARGIN.left - MARGIN.right;
  const x = (n: number) => MARGIN.left + ((n - min) / (max - min)) * inner;

  // Greedy rows: each mark goes on the first row whose last mark ends far enough to the left.
  const rowEnds: number[] = [];
  const placed = marks
    .sort((a, b) => a.start - b.start || a.stop - b.stop)
    .map((m) => {
      const x1 = x(m.start);
      const x2 = Math.max(x(m.stop), x1);
      let row = rowEnds.findIndex((endX) => x1 - endX >= MIN_GAP_PX);
      if (row < 0) row = rowEnds.length < MAX_ROWS ? rowEnds.length : MAX_ROWS - 1;
      rowEnds[row] = x2;
      return { ...m, x1, x2, row };
    });
  const rows = rowEnds.length;
  const top = AXIS_HEIGHT;
  const coverageTop = top + rows * ROW_HEIGHT + 14;
  const height = coverageTop + COVERAGE_HEIGHT + 4;

  const perDay = new Map<number, number>();
  for (const d of pubDays) perDay.set(d, (perDay.get(d) ?? 0) + 1);
  const busiest = Math.max(1, ...perDay.values());

  const axis = ticks(min, max).map(
    (t) => html`<g class="axis"><line x1="${x(t.at)}" x2="${x(t.at)}" y1="${AXIS_HEIGHT - 6}" y2="${height - 4}" stroke-dasharray="2 3"></line><text x="${x(t.at)}" y="${AXIS_HEIGHT - 10}" text-anchor="middle">${t.label}</text></g>`,
  );
  const drawn = placed.map((m) => {
    const cy = top + m.row * ROW_HEIGHT + ROW_HEIGHT / 2;
    const cls = m.approximate ? 'mark approximate' : 'mark';
    const shape =
      m.x2 - m.x1 >= 6
        ? html`<rect class="${cls}" x="${m.x1.toFixed(1)}" y="${cy - 4}" width="${(m.x2 - m.x1).toFixed(1)}" height="8" rx="3"></rect>`
        : html`<circle class="${cls}" cx="${m.x1.toFixed(1)}" cy="${cy}" r="5"></circle>`;
    return html`<a href="#${m.anchor}" aria-label="${m.label}: ${m.text}"><title>${m.label}: ${m.text}</title>${shape}</a>`;
  });
  const coverage = [...perDay].map(([d, n]) => {
    const h = Math.max(2, (n / busiest) * (COVERAGE_HEIGHT - 6));
    return html`<rect class="coverage" x="${(x(d) - 2).toFixed(1)}" y="${(coverageTop + COVERAGE_HEIGHT - h).toFixed(1)}" width="4" height="${h.toFixed(1)}"><title>${isoOf(d)}: ${n} article${n === 1 ? '' : 's'} published</title></rect>`;
  });
  return html`<figure class="timeline">
<svg viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="group" aria-labelledby="timeline-caption" xmlns="http://www.w3.org/2000/svg">
${axis}
<text class="lane" x="4" y="${top + 12}">Timeline</text>
${drawn}
<text class="lane" x="4" y="${coverageTop + COVERAGE_HEIGHT - 4}">Articles</text>
<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${coverageTop + COVERAGE_HEIGHT}" y2="${coverageTop + COVERAGE_HEIGHT}" stroke="#8a8a96"></line>
${coverage}
</svg>
<figcaption id="timeline-caption">Timeline of ${entries.length} dated entr${entries.length === 1 ? 'y' : 'ies'} from ${isoOf(min)} to ${isoOf(max)}; bars span several days, hollow marks are approximate dates; below, articles published per day. Each mark links to its entry.</figcaption>
</figure>`;
}
