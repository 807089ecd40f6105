import { describe, expect, it } from 'vitest';
import { findMentions, findQuotes } from '../../src/language/index.js';

const quotes = (t: string) => findQuotes(t, findMentions(t)).map((q) => ({ text: q.text, speaker: q.speaker }));

describe('findQuotes', () => {
  it('"...," X said and "...," said X', () => {
    expect(quotes('"The plan is sound," Ostrova said.')).toEqual([{ text: 'The plan is sound', speaker: 'Ostrova' }]);
    // The role is evidence, not part of the name.
    expect(quotes('“We cannot wait,” said Mayor Ana Lindqvist, who pushed for the vote.')).toEqual([
      { text: 'We cannot wait', speaker: 'Ana Lindqvist' },
    ]);
    expect(quotes('"Turnout was high," said Ms. Ostrova.')).toEqual([{ text: 'Turnout was high', speaker: 'Ms. Ostrova' }]);
  });

  it('X said, "..." and X told reporters: "..."', () => {
    expect(quotes('Ostrova said, "The count is complete."')).toEqual([{ text: 'The count is complete.', speaker: 'Ostrova' }]);
    expect(quotes('Prime Minister Hun Sen told reporters on Tuesday: "The election will be free and fair."')).toEqual([
      { text: 'The election will be free and fair.', speaker: 'Hun Sen' },
    ]);
  });

  it('joins a quote split around its attribution', () => {
    const t = '"Nobody expected this," she said, "least of all the council."';
    const [q] = findQuotes(t, findMentions(t));
    expect(q).toMatchObject({ text: 'Nobody expected this least of all the council.', speaker: 'she', start: 0, end: t.length });
  });

  it('keeps noun-phrase speakers as written and takes "according to X"', () => {
    expect(quotes('"There is no money left," a senior Treasury official said.')).toEqual([
      { text: 'There is no money left', speaker: 'a senior Treasury official' },
    ]);
    expect(quotes('"The cuts are final," according to the Interior Ministry.')).toEqual([
      { text: 'The cuts are final', speaker: 'the Interior Ministry' },
    ]);
    expect(quotes('According to the Interior Ministry, "the cuts are final."')).toEqual([
      { text: 'the cuts are final.', speaker: 'the Interior Ministry' },
    ]);
  });

  it('does not take a paraphrase as a quote', () => {
    expect(quotes('According to the ministry, the cuts are final.')).toEqual([]);
  });

  it('finds partial quotes and gives them the sentence subject', () => {
    expect(quotes('Councillor Dev Mehta called it "a mortgage on our grandchildren."')).toEqual([
      { text: 'a mortgage on our grandchildren.', speaker: 'Dev Mehta' },
    ]);
  });

  it('skips one-word scare quotes', () => {
    expect(quotes('The so-called "reforms" were delayed.')).toEqual([]);
  });

  it('resolves he/she when the previous sentence names exactly one person', () => {
    expect(quotes('Maria Ostrova left the hall early. "I have said enough," she said.')).toEqual([
      { text: 'I have said enough', speaker: 'Maria Ostrova' },
    ]);
    // Two names of unknown gender and neither the subject of its sentence: no way to tell which one speaks.
    expect(quotes('The prize went to Maria Ostrova and Tom Reed. "I have said enough," she said.')).toEqual([{ text: 'I have said enough', speaker: 'she' }]);
    // The subject of the sentence is the likelier referent than the person it names as an object.
    expect(quotes('Maria Ostrova met Tom Reed. "I have said enough," she said.')).toEqual([{ text: 'I have said enough', speaker: 'Maria Ostrova' }]);
  });

  it('joins a quote that runs on right after its attribution, as the gold does', () => {
    expect(quotes('"The plan is sound," Ostrova said. "It will pass."')).toEqual([{ text: 'The plan is sound. It will pass.', speaker: 'Ostrova' }]);
  });

  it('keeps a continuation with its own attribution apart, with the same speaker', () => {
    expect(quotes('"The plan is sound," Ostrova said on Monday. "It will pass," she added.')).toEqual([
      { text: 'The plan is sound', speaker: 'Ostrova' },
      { text: 'It will pass', speaker: 'Ostrova' },
    ]);
  });

  it('reports offsets of the quote marks', () => {
    const t = 'Earlier, “We will rebuild,” Lindqvist said.';
    const [q] = findQuotes(t, findMentions(t));
    expect(t.slice(q!.start, q!.end)).toBe('“We will rebuild,”');
  });
});

describe('split quotes', () => {
  it('restore the sentence break a split quote hid behind its attribution', async () => {
    const { joinHalves } = await import('../../src/language/quotes/refiners/join-continuations.js');
    expect(joinHalves('We gave up a little control over a single lane', 'In exchange, our farmers get an open border.')).toBe(
      'We gave up a little control over a single lane. In exchange, our farmers get an open border.',
    );
    expect(joinHalves('We are moving people now', 'before the water reaches the old town.')).toBe(
      'We are moving people now before the water reaches the old town.',
    );
    expect(joinHalves('It is over.', 'We go home.')).toBe('It is over. We go home.');
  });
});
