// Recognises template labels: a short line printed again and again on one page ("Well-known member",
// "Location (town/city + country)", a poster's signature under each reply, "Add to basket" under each item).
// Running text never repeats verbatim, so such lines are the page's furniture, not its content.
import type { PageIndex } from './html-blocks.js';
import { MAX_NUMBERED_LABEL_CHARS, MAX_REPEATED_LABEL_CHARS, MIN_LABEL_REPEATS } from './html-settings.js';

const DIGITS = /\d+(?:[.,]\d+)*/g;

/**
 * The line's template: itself, or for a short line holding a number the line with every number blanked, so
 * "Posts: 1,204" and "Posts: 87" (a counter or date filled into one label) share a key.
 */
function labelKey(text: string): string {
  return text.length <= MAX_NUMBERED_LABEL_CHARS && /\d/.test(text) ? text.replace(DIGITS, '#') : text;
}

/**
 * Flags repeated short blocks as labels; returns how many. The flag only drops them from the output: container
 * scores still count them, so a list of items sharing a label stays one list.
 */
export function markRepeatedLabels(page: PageIndex): number {
  const counts = new Map<string, number>();
  for (const b of page.blocks) {
    if (b.kind === 'separator' || b.text.length > MAX_REPEATED_LABEL_CHARS) continue;
    const key = labelKey(b.text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let changed = 0;
  for (const b of page.blocks) {
    if (b.kind === 'separator' || b.text.length > MAX_REPEATED_LABEL_CHARS) continue;
    if ((counts.get(labelKey(b.text)) ?? 0) >= MIN_LABEL_REPEATS) {
      b.repeated = true;
      changed++;
    }
  }
  return changed;
}
