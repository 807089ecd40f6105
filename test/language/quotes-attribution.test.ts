import { describe, expect, it } from 'vitest';
import { findMentions, findQuotes } from '../../src/language/index.js';

const all = (t: string) => findQuotes(t, findMentions(t));
const speakers = (t: string) => all(t).map((q) => q.speaker);
const last = (t: string) => all(t).at(-1)!;

describe('findQuotes attribution: pronouns and salience', () => {
  it('prefers the subject of a speech verb over a name that sits nearer as an object', () => {
    const t = 'Pech Orn, a farmer in Sala village, said he had stayed home rather than vote for Hun Teng’s party. "I did not go to the school at all," he said.';
    expect(last(t)).toMatchObject({ speaker: 'Pech Orn', speakerAs: 'he' });
  });

  it('keeps the subject of the sentence ahead of the person it names as an object', () => {
    expect(speakers('Maria Ostrova met Tom Reed. "I have said enough," she said.')).toEqual(['Maria Ostrova']);
  });

  it('resolves a pronoun to an unnamed speaker introduced as the subject', () => {
    const t = 'Kasimir Lund spoke to the rally. A younger docker, who asked not to be named, said he had applied for retraining. "I would rather sit in a control room," he said.';
    expect(last(t)).toMatchObject({ speaker: 'A younger docker', speakerKind: 'unnamed', speakerAs: 'he' });
  });

  it('looks past an age to the name an appositive describes', () => {
    const t = 'Mirko Tal, 52, a driver from the grain town of Pesk, said he had waited since Friday. "I have slept in my cab for five nights," he said.';
    expect(last(t).speaker).toBe('Mirko Tal');
  });

  it('takes the full name written last when two people share a surname', () => {
    const t = 'Mayor Anna Brandt opened the meeting. Dr. Tomas Brandt, a hydrologist, said the gauges had been read late. "Nobody was watching them," he said.';
    expect(last(t).speaker).toBe('Tomas Brandt');
  });

  it('does not complete a short name from a full form written only later', () => {
    const t = 'Sokha, 29, said he was told to join the party. "The principal asked me if I was registered," he said. The party jailed its leader, Kem Sokha, last year.';
    expect(all(t)[0]!.speaker).toBe('Sokha');
  });

  it('does not let the subject of a quoted clause swallow the attribution that follows it', () => {
    const t = 'Charles Santos, a member of parliament, said he had visited the exiles. Targeting exiles during a campaign would "backfire in a big way," he said.';
    expect(last(t).speaker).toBe('Charles Santos');
  });

  it('gives a quote-only paragraph to the named subject of the speech verb in the paragraph before', () => {
    const t = 'One of the few critics was fund director John Macalister, who said the count had been slow.\n\n"It was notable that a third of the ballots were spoiled in some of the places we visited."';
    expect(all(t)).toMatchObject([{ speaker: 'John Macalister' }]);
  });
});

describe('findQuotes attribution: speaker phrases', () => {
  it('writes "one shop steward" as "a shop steward"', () => {
    expect(last('"Pace is a word we can work with," one shop steward said.').speaker).toBe('a shop steward');
    expect(last('Talks stalled, with one Treasury official publicly telling reporters that "nobody is leaving the table."').speaker).toBe('a Treasury official');
  });

  it('gives an unnamed spokeswoman the body named just before her', () => {
    const t = 'The Harbour Authority did not answer questions about the alarm. "All procedures will be reviewed once the emergency is over," a spokeswoman said.';
    expect(last(t)).toMatchObject({ speaker: 'Harbour Authority spokeswoman', speakerKind: 'unnamed', speakerAs: 'a spokeswoman' });
  });

  it('reads "said X who …" without a comma and "said X of Y"', () => {
    expect(last('"Why do they do that to us?" said Sarin who asked that her full name not be used.').speaker).toBe('Sarin');
    expect(last('"The party will win easily," said Sophal of Occidental College.').speaker).toBe('Sophal');
  });

  it('takes "the … Press Secretary" as a post and "The U.S. government" as a body, not as names', () => {
    const q = last('"We are profoundly disappointed," the White House office of the Press Secretary said in a statement.');
    expect(q.speaker).not.toBe('Press Secretary');
    expect(q.speakerKind).toBe('organization');
    expect(last('The U.S. government called the vote neither "free nor fair" on Monday.')).toMatchObject({ speaker: 'The U.S. government', speakerKind: 'organization' });
  });

  it('reads an adverb such as "reportedly" between speaker and verb', () => {
    expect(last('"Officials must back the party," Vong Sen reportedly told a gathering of new officials.').speaker).toBe('Vong Sen');
  });

  it('strips a descriptive title written before a name', () => {
    expect(last('Resident Touch Samnang added, "People are living in fear and laying low."').speaker).toBe('Touch Samnang');
  });
});

describe('findQuotes attribution: partial quotes and quotes without a speech verb', () => {
  it('skips a dateline and takes the name that opens the clause', () => {
    const t = 'DRENHOLM — Prime Minister Jonas Kettler returned on Friday promising that the deal would be felt "in every lorry queue and every flood plain" within a year.';
    expect(last(t).speaker).toBe('Jonas Kettler');
  });

  it('takes the nearest verb of saying with its subject in its own clause, not an outlet credited after', () => {
    const t = 'Sarrow said the two sides had talked for hours, while Kettler called the deal a "turning point," Meridian Wire reported.';
    expect(last(t).speaker).toBe('Kettler');
    expect(last('The ban fell on the Rescue Movement, which Hun Teng dubbed a "terrorist organization."').speaker).toBe('Hun Teng');
  });

  it('resolves "the judge recommended … “…”" through the role', () => {
    const t = 'Judge Irena Falk presented the report. The judge recommended that the commission begin sharing data "no later than the end of this year."';
    expect(last(t).speaker).toBe('Irena Falk');
  });

  it('reads a possessive noun of speech before a quote', () => {
    const t = 'Kasimir Lund, the union leader, spoke at the rally. His line — "The cranes don’t pay rent in Port Hallam. Our members do" — is now on placards.';
    expect(last(t)).toMatchObject({ speaker: 'Kasimir Lund', speakerAs: 'he' });
    const u = 'Ms. Sarrow’s words at the signing — "We have spent twenty years talking past each other" — are quoted back at her.';
    expect(last(u).speaker).toBe('Ms. Sarrow');
  });

  it('takes a full name that ends right at the colon before a quote', () => {
    const t = 'The line of the day belonged to Kasimir Lund: "The cranes don’t pay rent in Port Hallam."';
    expect(last(t).speaker).toBe('Kasimir Lund');
  });
});

describe('findQuotes attribution: quotes found on the third held-out set', () => {
  const found = (t: string) => findQuotes(t, findMentions(t)).map((q) => ({ text: q.text, speaker: q.speaker }));

  it('reads a quoted sentence that runs on past its closing mark before the attribution, and joins what follows', () => {
    const t = 'Sok Vanna works in Thailand.\n\n“My daughter is able to study” in the village, Sok Vanna told reporters. “I am worried about her future.”';
    expect(found(t)).toEqual([{ text: 'My daughter is able to study. I am worried about her future.', speaker: 'Sok Vanna' }]);
  });

  it('gives an unattributed quote to the subject of the sentence just before it in the paragraph', () => {
    const t = 'Standing at the edge of his field, Daniel Eriksen pointed to the dirt road. “It was built by the villagers themselves.”';
    expect(found(t)).toEqual([{ text: 'It was built by the villagers themselves.', speaker: 'Daniel Eriksen' }]);
    const colon = 'Asked about the vote, Dana Lorne declined to say, instead offering an old saying: “One rotten fish spoils the basket.”';
    expect(found(colon)[0]!.speaker).toBe('Dana Lorne');
  });

  it('does not give a quote to a person named only as an object before it', () => {
    const t = 'The council thanked Daniel Eriksen for the road. “It was built by the villagers themselves.”';
    expect(found(t)[0]!.speaker).toBeNull();
  });

  it('keeps the speaker for a quote after the attribution and a short adverbial, and reads present-tense "recalls"', () => {
    const t = 'Yem Sokha drives a taxi in the capital.\n\n“I came here to make money,” he says. Today, “I am scared, sleeping on the street.”\n\n“Anyone could die at any time,” he recalls.';
    expect(found(t).map((q) => q.speaker)).toEqual(['Yem Sokha', 'Yem Sokha', 'Yem Sokha']);
  });

  it('does not take a gendered word from the heading above a paragraph as the role of the name opening it', () => {
    const t = 'Anna Holm spoke first. “We stay,” she said.\n\n‘Born to become king’\n\nChea Sopheap, 78, remembers the boy. “We all played together,” she said.';
    expect(found(t)[1]!.speaker).toBe('Chea Sopheap');
  });

  it('lets most of the evidence decide a name’s gender, not one pronoun that follows it', () => {
    const t =
      'Prime Minister Hun Marot extended his rule. Hun Marot has ruled for decades and his party is strong. ' +
      'Hun Marot visited his village in May. The land went to a neighbour of Hun Marot, and she stayed. ' +
      'One grateful villager is Met Sopha, 34. “He built our road,” she said.';
    expect(found(t)).toEqual([{ text: 'He built our road', speaker: 'Met Sopha' }]);
  });
});
