// The MEANTIME entity scorer's rules for fair matching (bench/nlp): a person's bare name as a second extent, typed
// mentions that are not names set aside, one prediction credited once.
import { describe, expect, it } from 'vitest';
import type { MeantimeToken } from '../../bench/nlp/meantime.js';
import { bareNameExtent } from '../../bench/nlp/name-extent.js';
import { emptyCounts, scoreDocument, type TokenSpan } from '../../bench/nlp/span-score.js';

function tokens(text: string): MeantimeToken[] {
  let at = 0;
  return text.split(' ').map((word, i) => {
    const t = { id: String(i), text: word, sentence: 0, start: at, end: at + word.length };
    at += word.length + 1;
    return t;
  });
}

const words = (ts: MeantimeToken[], span: [number, number] | null) => (span ? ts.slice(span[0], span[1]).map((t) => t.text).join(' ') : null);

describe('bareNameExtent', () => {
  it('drops a title, an organisation with its role, or a trailing apposition', () => {
    const a = tokens('Interior Minister Dmitri Volkov');
    expect(words(a, bareNameExtent(a, 0, a.length))).toBe('Dmitri Volkov');
    const b = tokens('Veltra Motors CEO Hanna Lindqvist');
    expect(words(b, bareNameExtent(b, 0, b.length))).toBe('Hanna Lindqvist');
    const c = tokens('Joe Leonard , chairman of Veltra Airways');
    expect(words(c, bareNameExtent(c, 0, c.length))).toBe('Joe Leonard');
    const d = tokens('Prime Minister of Norway , Mr. Erik Dahl');
    expect(words(d, bareNameExtent(d, 0, d.length))).toBe('Erik Dahl');
  });

  it('finds no name in a role alone, after a role with an object, or in a bare name', () => {
    const a = tokens('Prime Minister of Norway');
    expect(bareNameExtent(a, 0, a.length)).toBeNull();
    const b = tokens('President of the Republic Erik Dahl');
    expect(bareNameExtent(b, 0, b.length)).toBeNull();
    const c = tokens('Erik Dahl');
    expect(bareNameExtent(c, 0, c.length)).toBeNull();
  });
});

describe('scoreDocument', () => {
  const gold: TokenSpan[] = [
    { first: 0, last: 4, type: 'PER', alternatives: [[2, 4]] },
    { first: 6, last: 7, type: 'LOC' },
  ];
  const neutral: TokenSpan[] = [{ first: 9, last: 10, type: 'LOC' }];

  it('credits a prediction on either extent once, sets aside a typed non-name and counts the rest as wrong', () => {
    const per = emptyCounts();
    scoreDocument([{ first: 2, last: 4, type: 'PER' }, { first: 0, last: 4, type: 'PER' }], gold, 'PER', per, neutral);
    expect(per).toMatchObject({ gold: 1, exact: 1, predicted: 1, setAside: 1, strictExact: 1, strictPredicted: 2 });
    const loc = emptyCounts();
    scoreDocument([{ first: 6, last: 7, type: 'LOC' }, { first: 9, last: 10, type: 'LOC' }, { first: 11, last: 12, type: 'LOC' }], gold, 'LOC', loc, neutral);
    expect(loc).toMatchObject({ gold: 1, exact: 1, predicted: 2, setAside: 1, strictPredicted: 3 });
  });
});
