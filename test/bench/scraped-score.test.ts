import { describe, it, expect } from 'vitest';
import { mapLines, normalize, printedTwice, prf, removalCounts, withoutToggle, type LineLabel } from '../../bench/scraped/lines.js';

const TITLE = 'Ferry crossings to Marl Island cut as ramp repairs drag on';
const labels: LineLabel[] = [
  { text: 'Sign in', label: 'remove', category: 'sign-in' },
  { text: TITLE, label: 'keep', role: 'title' },
  { text: 'Share', label: 'remove', category: 'share' },
  { text: 'The only car ferry to Marl Island will run three crossings a day from Monday, the operator said.', label: 'keep' },
  {
    text: '“We will not carry passengers on a ramp we are not sure of,” said the operations director.Read more',
    label: 'keep',
    glued: 'Read more',
  },
  { text: 'Related: Island school roll falls below twenty', label: 'remove', category: 'related' },
  { text: 'Share this article on Facebook', label: 'remove', category: 'share' },
];

describe('normalize and withoutToggle', () => {
  it('unifies quotes, dashes, case and spaces', () => {
    expect(normalize('  “Pace” is  a word — ‘we’ can USE ')).toBe('"pace" is a word - \'we\' can use');
  });
  it('cuts the glued toggle only when it ends the line', () => {
    expect(withoutToggle(labels[4]!)).toBe('“We will not carry passengers on a ramp we are not sure of,” said the operations director.');
    expect(withoutToggle({ text: 'No toggle here.', label: 'keep', glued: 'Read more' })).toBe('No toggle here.');
  });
});

describe('mapLines', () => {
  it('keeps the title through the output title and body lines through paragraphs; a short line inside a sentence is not kept', () => {
    const paragraphs = [
      // Two source lines merged into one paragraph, with "share" inside a sentence.
      'The only car ferry to Marl Island will run three crossings a day from Monday, the operator said. "We will not carry passengers on a ramp we are not sure of," said the operations director.',
      'Shares in the operator share the blame, one councillor said.',
    ];
    const mapped = mapLines(labels, TITLE, paragraphs);
    expect(mapped.map((m) => m.outcome)).toEqual(['removed', 'kept', 'removed', 'kept', 'kept', 'removed', 'removed']);
    const counts = removalCounts(mapped);
    // 4 removed lines + the glued toggle that is gone.
    expect(counts).toEqual({ tp: 5, fp: 0, fn: 0, keptRight: 3, keepTotal: 3 });
    expect(prf(counts).f1).toBe(1);
  });

  it('reports a toggle still glued, a kept widget line and a dropped body line', () => {
    const paragraphs = [
      'Share',
      '“We will not carry passengers on a ramp we are not sure of,” said the operations director.Read more',
      'Related: Island school roll falls below twenty',
    ];
    const mapped = mapLines(labels, 'Sign in', paragraphs);
    expect(mapped.map((m) => m.outcome)).toEqual(['removed', 'removed', 'kept', 'removed', 'kept-with-toggle', 'kept', 'removed']);
    const counts = removalCounts(mapped);
    expect(counts).toEqual({ tp: 2, fp: 2, fn: 3, keptRight: 1, keepTotal: 3 });
  });

  it('accepts a long line whose dateline was cut off', () => {
    const line: LineLabel = { text: 'MARL ISLAND - The council said the midday gap would be filled by a smaller passenger boat.', label: 'keep' };
    expect(mapLines([line], null, ['The council said the midday gap would be filled by a smaller passenger boat.'])[0]!.outcome).toBe('kept');
  });
});

describe('mapLines alignment', () => {
  it('does not let a short line kept later on the page pull the alignment past the article', () => {
    const lines: LineLabel[] = [
      { text: 'Dunmere', label: 'remove', category: 'nav' },
      { text: 'The number of people waiting for treatment has fallen for the first time in three years.', label: 'keep' },
      { text: 'The health board said 18,240 patients were on its lists at the end of April.', label: 'keep' },
      { text: 'Related topics', label: 'remove', category: 'related' },
      { text: 'Dunmere', label: 'remove', category: 'related' },
    ];
    const out = [lines[1]!.text, lines[2]!.text, 'Dunmere'];
    expect(mapLines(lines, null, out).map((m) => m.outcome)).toEqual(['removed', 'kept', 'kept', 'removed', 'kept']);
  });

  it('counts a pull quote as removed when its words are printed only inside a later paragraph', () => {
    const quote = '“If we lose these bees, we lose something nobody can buy back.”';
    const lines: LineLabel[] = [
      { text: 'For most of the last century the island kept its bees pure.', label: 'keep' },
      { text: quote, label: 'remove', category: 'pull-quote' },
      { text: 'Then, in 2019, a new ferry began carrying cars and vans to the island.', label: 'keep' },
      { text: '"It is not about keeping people out," says Callum Brodie. "If we lose these bees, we lose something nobody can buy back."', label: 'keep' },
    ];
    const out = [lines[0]!.text, lines[2]!.text, lines[3]!.text];
    expect(mapLines(lines, null, out).map((m) => m.outcome)).toEqual(['kept', 'removed', 'kept', 'kept']);
  });
});

describe('printedTwice', () => {
  it('counts the title printed again in the body and a repeated paragraph, not a short word inside a sentence', () => {
    const body = 'The only car ferry to Marl Island will run three crossings a day from Monday, the operator said.';
    expect(printedTwice(labels, TITLE, [TITLE, body, 'Share prices fell.', body])).toEqual([TITLE, body]);
    expect(printedTwice(labels, TITLE, [body, 'Share prices fell.'])).toEqual([]);
  });
});
