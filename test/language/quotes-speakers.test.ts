import { describe, expect, it } from 'vitest';
import { findMentions, findQuotes } from '../../src/language/index.js';

const quotes = (t: string) => findQuotes(t, findMentions(t)).map((q) => ({ text: q.text, speaker: q.speaker }));
const one = (t: string) => findQuotes(t, findMentions(t))[0]!;

describe('findQuotes speakers', () => {
  it('keeps the role apart from the name', () => {
    const q = one('"Nobody wants to go back to February," presidential spokesman Aurel Demsky told reporters in Velmora.');
    expect(q).toMatchObject({ speaker: 'Aurel Demsky', role: 'presidential spokesman', speakerKind: 'person' });
    expect(one('"A week is a nuisance," said Jurgen Maas of Aldren Bank.').speaker).toBe('Jurgen Maas');
    expect(one('"Each time it was the beginning," said the café’s owner, Liesl Brun.').speaker).toBe('Liesl Brun');
  });

  it('resolves "he added" to the previous male speaker past a woman named in between', () => {
    const t = 'Kasimir Lund, the union leader, spoke first. "We will stay out," Lund said. Sofia Mendel, who runs the port, said she was not worried. "We are not leaving," he added.';
    expect(quotes(t)[1]).toEqual({ text: 'We are not leaving', speaker: 'Kasimir Lund' });
  });

  it('resolves a nominal to the person named with that role', () => {
    const t = 'Judge Irena Falk presented the report on Tuesday. "The warning came too late," the judge said.';
    expect(one(t)).toMatchObject({ speaker: 'Irena Falk', speakerAs: 'the judge' });
  });

  it('takes organisations as speakers and resolves "the ministry" to the ministry named earlier', () => {
    const t = 'The Interior Ministry defended its staff. "The service followed its procedures," the ministry said.';
    expect(one(t)).toMatchObject({ speaker: 'Interior Ministry', speakerAs: 'the ministry', speakerKind: 'organization' });
  });

  it('keeps unnamed speakers as written', () => {
    expect(one('"It will be large enough to rebuild," a senior Treasury official said.')).toMatchObject({ speaker: 'a senior Treasury official', speakerKind: 'unnamed' });
  });

  it('joins a quote that runs over several paragraphs', () => {
    const t = 'Judge Falk said:\n\n"The people were failed by a system.\n\n"Nothing in this report requires hindsight."\n\nThe report made 14 recommendations.';
    expect(one(t)).toMatchObject({ text: 'The people were failed by a system. Nothing in this report requires hindsight.', speaker: 'Judge Falk', multiParagraph: true });
  });

  it('does not pair quote marks across sentences when a straight quote is left open', () => {
    const t = 'The so-called "reform was announced on Monday. "We expect to finish by June," Volkov said.';
    expect(quotes(t)).toEqual([{ text: 'We expect to finish by June', speaker: 'Volkov' }]);
  });

  it('drops titles, captions, headings and pull-quote repeats', () => {
    const t = [
      'Ibáñez won for his film "After the Water" on Saturday.',
      'Kasimir Lund addresses strikers. "We stay out" (Ledger Photo Desk)',
      '"I hate that party. That is why I drew a cross."',
      '"I hate that party. That is why I drew a cross," said Kanika, who is 30.',
    ].join('\n\n');
    expect(quotes(t)).toEqual([{ text: 'I hate that party. That is why I drew a cross', speaker: 'Kanika' }]);
  });

  it('gives a quote paragraph after an attributed one the same speaker', () => {
    const t = '"Whatever disturbs the election, we act against," Im Vutha said.\n\n"Any website against the law, we will shut down."';
    expect(quotes(t).map((q) => q.speaker)).toEqual(['Im Vutha', 'Im Vutha']);
  });
});
