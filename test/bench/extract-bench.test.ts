import { describe, it, expect } from 'vitest';
import { parseFlags, UsageError } from '../../bench/lib/args.js';
import { parseScorerOutput } from '../../bench/lib/scorer.js';
import { fmt, markdownTable } from '../../bench/lib/table.js';
import { bagScore, scoreByPageType } from '../../bench/extract/page-types.js';
import { authorMatches, calendarDay, sameDay, scoreMetadata, titleClose, titleExact, tokenF1 } from '../../bench/extract/metadata.js';

describe('parseFlags', () => {
  const spec = {
    data: { type: 'string', default: 'here' },
    dataset: { type: 'string', choices: ['scrapinghub', 'wcxb'] },
    limit: { type: 'number' },
    verbose: { type: 'boolean' },
  } as const;

  it('reads both value forms, booleans and defaults', () => {
    expect(parseFlags(['--dataset=wcxb', '--limit', '12', '--verbose'], spec)).toEqual({
      data: 'here',
      dataset: 'wcxb',
      limit: 12,
      verbose: true,
    });
  });

  it('rejects unknown flags, bad choices, bad numbers and missing values', () => {
    expect(() => parseFlags(['--datset', 'wcxb'], spec)).toThrow(/unknown flag --datset/);
    expect(() => parseFlags(['--dataset', 'cleaneval'], spec)).toThrow(UsageError);
    expect(() => parseFlags(['--limit', '0'], spec)).toThrow(/positive whole number/);
    expect(() => parseFlags(['--limit', '2.5'], spec)).toThrow(/positive whole number/);
    expect(() => parseFlags(['--data'], spec)).toThrow(/needs a value/);
    expect(() => parseFlags(['--data', '--limit', '3'], spec)).toThrow(/needs a value/);
    expect(() => parseFlags(['stray'], spec)).toThrow(/unexpected argument/);
  });
});

describe('parseScorerOutput', () => {
  it('reads the bag-of-words report with its articles line', () => {
    const out = 'articles only: pages 793  F1 0.924\nskipped 19 pages whose gold has no main_content\npages 1478  precision 0.801  recall 0.790\nF1 0.765\n';
    expect(parseScorerOutput(out)).toMatchObject({ pages: 1478, precision: 0.801, recall: 0.79, f1: 0.765, articlesF1: 0.924, articlesPages: 793 });
  });

  it('reads the shingle report, which has no articles line', () => {
    const s = parseScorerOutput('pages 181  precision 0.914  recall 0.982\nF1 0.947\n');
    expect(s).toMatchObject({ pages: 181, precision: 0.914, recall: 0.982, f1: 0.947, articlesF1: null });
  });
});

describe('markdownTable', () => {
  it('right-aligns numeric columns, escapes pipes and dashes missing cells', () => {
    const t = markdownTable(['system', 'F1'], [['a|b', '0.5'], ['dossier', fmt(null)]]);
    expect(t.split('\n')).toEqual(['| system  |  F1 |', '| ------- | --: |', '| a\\|b    | 0.5 |', '| dossier |   – |']);
  });
});

describe('metadata matching', () => {
  it('matches titles exactly after normalising quotes, case and punctuation', () => {
    expect(titleExact('Harbour Council Approves “Blue Line” Ferry', 'Harbour council approves "Blue Line" ferry')).toBe(true);
    expect(titleExact('Harbour Council Approves Ferry | Coastal Times', 'Harbour council approves ferry')).toBe(false);
  });

  it('accepts a title with token F1 of at least 0.9, not one with a site suffix on a short title', () => {
    const gold = 'Regional water board delays vote on new reservoir until spring hearings end';
    expect(tokenF1('Regional water board delays vote on reservoir until spring hearings end', gold)).toBeGreaterThan(0.9);
    expect(titleClose('Regional water board delays vote on reservoir until spring hearings end', gold)).toBe(true);
    expect(titleClose('Ferry plan approved - The Coastal Times', 'Ferry plan approved')).toBe(false);
    expect(titleClose(null, gold)).toBe(false);
  });

  it('matches authors when one normalised name contains the other', () => {
    expect(authorMatches('By Mara Velloso, Staff Writer', 'Mara Velloso')).toBe(true);
    expect(authorMatches('Mara Velloso', 'Mara Velloso, MS, RD')).toBe(true);
    expect(authorMatches('Velloso Group', 'Mara Velloso')).toBe(false);
    expect(authorMatches('Mara Vel', 'Mara Velloso')).toBe(false);
    expect(authorMatches('', 'Mara Velloso')).toBe(false);
  });

  it('compares dates by the calendar day as written', () => {
    expect(calendarDay('2025-09-04T23:30:00-05:00')).toBe('2025-09-04');
    expect(sameDay('2025-09-04T23:30:00-05:00', '2025-09-04')).toBe(true);
    expect(sameDay('September 4, 2025', '2025-09-04')).toBe(true);
    expect(sameDay('2025-09-05', '2025-09-04')).toBe(false);
    expect(sameDay('last Tuesday', '2025-09-04')).toBe(false);
  });

  it('counts each field only over pages whose gold has it', () => {
    const s = scoreMetadata([
      { guess: { title: 'Ferry plan approved', author: 'Ana Ruiz', published: '2024-03-02' }, gold: { title: 'Ferry plan approved', author: 'Ana Ruiz', publish_date: '2024-03-02' } },
      { guess: { title: 'Forum: best kayak?', author: 'paddler9' }, gold: { title: 'Best kayak for rivers?', author: null, publish_date: '' } },
      { guess: undefined, gold: { title: 'Product page', author: 'Shop Team', publish_date: '2024-01-01' } },
    ]);
    expect(s.titleExact).toEqual({ correct: 1, total: 3 });
    expect(s.author).toEqual({ correct: 1, total: 2 });
    expect(s.date).toEqual({ correct: 1, total: 2 });
  });

  it('scores word bags as score.py does: counts clipped, case folded, empty gold only matched by an empty guess', () => {
    const s = bagScore('Ferry ferry fares rise', 'The ferry fares rise in May');
    expect(s.p).toBeCloseTo(3 / 4);
    expect(s.r).toBeCloseTo(3 / 6);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25);
    expect(bagScore('', '')).toEqual({ p: 1, r: 1, f1: 1 });
    expect(bagScore('Menu', '')).toEqual({ p: 0, r: 0, f1: 0 });
  });

  it('averages per page type, largest first, skipping pages without gold text', () => {
    const t = scoreByPageType([
      { type: 'forum', guess: 'oil the teak twice', gold: 'oil the teak twice' },
      { type: 'article', guess: 'pier reopens', gold: 'pier reopens' },
      { type: 'article', guess: 'menu', gold: 'harbour works' },
      { type: 'listing', guess: 'anything', gold: undefined },
    ]);
    expect(t.map((x) => [x.type, x.pages, x.f1])).toEqual([
      ['article', 2, 0.5],
      ['forum', 1, 1],
    ]);
  });
});
