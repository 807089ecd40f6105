import { describe, it, expect } from 'vitest';
import { findBorrowedReporting } from '../../src/language/borrowed-reporting.js';
import { findMentions } from '../../src/language/mentions.js';
import { findQuotes, findQuotesExplained } from '../../src/language/quotes.js';
import { resolveEntities } from '../../src/language/resolve-entities.js';
import { resolveQuotes } from '../../src/language/resolve-quotes.js';
import { article } from '../group/corpus.js';

const quotesOf = (text: string) => findQuotes(text, findMentions(text));
const speakers = (text: string) => quotesOf(text).map((q) => [q.text.slice(0, 24), q.speaker]);

describe('multi-paragraph quotes', () => {
  it('joins a paragraph left open with the next paragraph that opens with a quote mark', () => {
    const text = [
      'Oskar Lind, a crane driver at the Harnsee docks, said the cuts came one shift at a time:',
      '“The first thing we lost was the night shift. Then the weekend went, and now they talk about the mornings.',
      '“Nobody in this town can live on half a week of work.”',
      'The port authority did not reply.',
    ].join('\n\n');
    const [q, ...rest] = quotesOf(text);
    expect(rest).toEqual([]);
    expect(q!.multiParagraph).toBe(true);
    expect(q!.text).toBe('The first thing we lost was the night shift. Then the weekend went, and now they talk about the mornings. Nobody in this town can live on half a week of work.');
    expect(q!.speaker).toBe('Oskar Lind');
  });

  it('takes the speaker from the attribution that closes the last paragraph', () => {
    const text = '“We kept the ferry running through two floods,” said Ilse Varga, who runs the Pesk crossing. “The third one took the landing stage.\n\n“We will rebuild it by June, whatever the council decides,” she said.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ilse Varga', 'Ilse Varga']);
    expect(quotes[1]!.multiParagraph).toBe(true);
    expect(quotes[1]!.speakerAs).toBe('she');
  });
});

describe('block quotes of another outlet', () => {
  it('records a paragraph introduced by "X wrote:" as a quote by the outlet, and as borrowed reporting', () => {
    const text = [
      'Talks on the Harnsee harbour stalled on Monday. The Meridian Wire wrote on Sunday:',
      'The ministry has no plan for the harbour and the unions know it. Officials privately concede that the deadline will slip.',
      'The ministry declined to comment on the report.',
    ].join('\n\n');
    const mentions = findMentions(text);
    const [q, ...rest] = findQuotes(text, mentions);
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ speaker: 'Meridian Wire', speakerKind: 'organization', borrowedFrom: 'Meridian Wire' });
    expect(q!.text).toMatch(/^The ministry has no plan .* will slip\.$/);
    expect(findBorrowedReporting(text, mentions).map((b) => [b.outlet, b.cue])).toEqual([['Meridian Wire', 'The Meridian Wire wrote']]);
  });

  it('joins consecutive "> " paragraphs into one block and reads the outlet from its credit line', () => {
    const text = 'Dock workers voted on Friday.\n\n> The union has asked for a fourth shift.\n>\n> The port says it cannot pay for one. — Harbor Ledger, 3 May\n\nThe vote passed.';
    const mentions = findMentions(text);
    const [q] = findQuotes(text, mentions);
    expect(q).toMatchObject({ text: 'The union has asked for a fourth shift. The port says it cannot pay for one.', speaker: 'Harbor Ledger', borrowedFrom: 'Harbor Ledger', multiParagraph: true });
    expect(findBorrowedReporting(text, mentions).map((b) => b.outlet)).toEqual(['Harbor Ledger']);
  });

  it('does not take a person who wrote something for an outlet, nor a list after a colon', () => {
    const text = 'Councillor Dev Mehta wrote on Tuesday:\n\nThe bridge has been closed for too long and the council must act now.\n\nThe changes include:\n\nA new toll booth';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.speaker, q.borrowedFrom])).toEqual([['Dev Mehta', undefined]]);
    expect(findBorrowedReporting(text, findMentions(text))).toEqual([]);
  });
});

describe('speakers of every shape', () => {
  it('reads "X said: …", partial quotes, organisations and unnamed speakers', () => {
    const text = [
      'Prime Minister Jonas Kettler said: “The accord is a beginning, not an end.”',
      'President Helena Sarrow called the deal a “turning point” for both countries.',
      '“No crossings will close without notice,” the Interior Ministry said in a statement.',
      '“We were told nothing until the lorries were stopped,” a senior customs official said.',
    ].join('\n\n');
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.speaker, q.speakerKind, q.partial ?? false])).toEqual([
      ['Jonas Kettler', 'person', false],
      ['Helena Sarrow', 'person', true],
      ['the Interior Ministry', 'organization', false],
      ['a senior customs official', 'unnamed', false],
    ]);
  });

  it('gives a passive partial quote to the agent after "by"', () => {
    const text = 'The strikers have been labelled “urban saboteurs” by the state broadcaster, which did not name them.';
    expect(speakers(text)).toEqual([['urban saboteurs', 'the state broadcaster']]);
  });

  it('gives a quote from "the committee’s statement" to the committee', () => {
    const text = '“Observers from six countries have been accredited,” the Election Committee’s statement said.';
    expect(speakers(text)).toEqual([['Observers from six count', 'the Election Committee']]);
  });

  it('resolves "the group said" to the organisation named before it', () => {
    const text = 'Reporters Without Borders dropped Velmora five places in its index. The group said the fall was steep, adding, “Velmora is following its neighbour down the same road.”';
    expect(speakers(text)).toEqual([['Velmora is following its', 'Reporters Without Borders']]);
  });

  it('takes the named woman, not the man named in her appositive, for a later "she said"', () => {
    const text = 'Lena Petrova, the wife of harbour pilot Oskar Petrov, said the nights were the worst.\n\n“I cannot sleep until his boat is in,” she said.';
    expect(speakers(text)).toEqual([['I cannot sleep until his', 'Lena Petrova']]);
  });

  it('lets a bare quote paragraph continue the quoted person the paragraph before is about', () => {
    const text = [
      '“There are too many lorries on this road,” said Pavel Rusk, a farmer near Pesk.',
      'His biggest worry is the new depot. Pavel Rusk objects to the plan to pave twelve hectares of meadow beside it.',
      '“They will take the whole valley if nobody stops them.”',
    ].join('\n\n');
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Pavel Rusk', 'Pavel Rusk']);
  });

  it('drops a pull-quote that repeats both halves of a split quote, and titles of works', () => {
    const text = [
      'Sok Vanna is the author of “The River Road: How a Town Kept Its Ferry.”',
      '“The party will lead for ever. From this generation to the next, it will lead.”',
      '“The party will lead for ever,” Sok Vanna declared. “From this generation to the next, it will lead.”',
    ].join('\n\n');
    const run = findQuotesExplained(text, findMentions(text));
    expect(run.quotes.map((q) => [q.text, q.speaker])).toEqual([['The party will lead for ever. From this generation to the next, it will lead.', 'Sok Vanna']]);
    expect(run.removed.map((r) => r.reason.split(':')[0])).toEqual(expect.arrayContaining(['drop-non-speech', 'drop-pull-quote-repeats']));
  });
});

describe('two people sharing a surname in one story', () => {
  it('keeps their quotes apart, and a bare surname is not merged into either without evidence', () => {
    const text = [
      'LESSING — Mayor Anna Brandt said 3,400 people had left their homes. Dr. Tomas Brandt, a hydrologist, said the river would crest overnight.',
      '“We will reopen the bridge when it is safe,” Mayor Brandt said.',
      '“The gauge at Harnsee failed twice this week,” Dr. Brandt said.',
    ].join('\n\n');
    const mentions = findMentions(text);
    const quotes = findQuotes(text, mentions);
    expect(quotes.map((q) => q.speaker)).toEqual(['Mayor Brandt', 'Dr. Brandt']);
    const doc = { ...article({ id: 's1', published: '2026-05-18T09:00:00Z', title: null, segments: [[text]] }), text, mentions, quotes };
    const entities = resolveEntities([doc]);
    const resolved = resolveQuotes([doc], entities, []);
    const idOf = (name: string) => entities.find((e) => e.name === name)?.id;
    expect(resolved.map((q) => q.speakerEntityId)).toEqual([idOf('Anna Brandt'), idOf('Tomas Brandt')]);
    expect(idOf('Anna Brandt')).not.toBe(idOf('Tomas Brandt'));
  });
});
