import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/language/index.js';

const typed = (t: string) => findMentions(t).map((m) => `${m.text}:${m.type}`);

describe('findMentions: roles are not names', () => {
  it('cuts a multi-word title off a person and keeps the organisation before it', () => {
    expect(typed('Interior Minister Dmitri A. Volkov denied the report.')).toEqual(['Dmitri A. Volkov:person']);
    expect(typed('Veltra Motors CEO Hanna Lindqvist resigned on Tuesday.')).toEqual([
      'Veltra Motors:organization',
      'Hanna Lindqvist:person',
    ]);
    expect(typed('The plan was backed by White House Press Secretary Dana Morrow.')).toEqual([
      'White House:place',
      'Dana Morrow:person',
    ]);
  });

  it('splits "Title of X Name" into the role object and the holder', () => {
    expect(typed('Secretary of the Treasury Janet Ruiz spoke first.')).toEqual(['Treasury:organization', 'Janet Ruiz:person']);
    expect(typed('He met the Prime Minister of Norway on Friday.')).toEqual(['Norway:place']);
  });

  it('keeps a known name that only looks titled whole, and a head-word surname after a given name', () => {
    expect(typed('Shares of General Electric fell while Jim Press watched.')).toEqual([
      'General Electric:organization',
      'Jim Press:person',
    ]);
  });
});

describe('findMentions: cues and gazetteers', () => {
  it('types people from speech verbs, ages and appositions', () => {
    expect(typed('“We will appeal,” said Tomas Eriksen.')).toEqual(['Tomas Eriksen:person']);
    expect(typed('Kofi Abena, 54, was arrested in Accra.')).toEqual(['Kofi Abena:person', 'Accra:place']);
    expect(typed('The ruling angered Jusuf Rantau, a veteran opposition lawmaker.')).toEqual(['Jusuf Rantau:person']);
  });

  it('types organisations from context words', () => {
    expect(typed('The carmaker Veltra cut jobs, and Brightwell’s chief executive quit.')).toEqual([
      'Veltra:organization',
      'Brightwell:organization',
    ]);
    expect(typed('Reuters and Boeing declined to comment.')).toEqual(['Reuters:organization', 'Boeing:organization']);
  });

  it('types demonyms and place heads as places, and joins a city to its state', () => {
    expect(typed('A German carmaker opened a plant in Mobile, Alabama, near the Gulf of Mexico.')).toEqual([
      'German:place',
      'Mobile, Alabama:place',
      'Gulf of Mexico:place',
    ]);
    expect(typed('Flights resumed at Kestrel International Airport.')).toEqual(['Kestrel International Airport:place']);
    // A list of countries stays a list.
    expect(typed('Delegates came from India, China, France and Brazil.')).toEqual([
      'India:place',
      'China:place',
      'France:place',
      'Brazil:place',
    ]);
  });

  it('skips currency prefixes, role acronyms and time zones, and reads a model number as a product', () => {
    expect(typed('The deal is worth US$14 billion, the CEO said at 09:00 UTC.')).toEqual([]);
    expect(typed('Aurora Air ordered ten Boeing 737 jets.')).toEqual(['Aurora Air:other', 'Boeing 737:other']);
  });
});

describe('findMentions: document-level consistency', () => {
  it('lends a full name’s type to its short forms and a defined acronym', () => {
    const ms = typed('Northgate Holdings Inc. said profits fell. Northgate shares dropped 4%.');
    expect(ms).toEqual(['Northgate Holdings Inc:organization', 'Northgate:organization']);
    expect(typed('The Coastal Fisheries Authority (CFA) warned boats. The CFA said storms were coming.')).toEqual([
      'Coastal Fisheries Authority:organization',
      'CFA:organization',
      'CFA:organization',
    ]);
  });

  it('uses the type a name carries most often in the document', () => {
    // Two organisation cues outvote one "in X" place cue.
    expect(typed('Shares of Tarvo rose. Tarvo’s chief executive resigned. Staff in Tarvo were told.')).toEqual([
      'Tarvo:organization',
      'Tarvo:organization',
      'Tarvo:organization',
    ]);
  });
});

describe('findMentions: error classes found on news text', () => {
  it('ends an organisation at its corporate ending and reads a generational suffix as a person', () => {
    expect(typed('“Sales will recover,” said the chairman of Brightwell LLC Dana Morrow.')).toEqual([
      'Brightwell LLC:organization',
      'Dana Morrow:person',
    ]);
    expect(typed('The plan is the work of Harold Veltran Jr., the founder’s grandson.')).toContain('Harold Veltran Jr:person');
  });

  it('keeps a given name with a title-like surname whole, and an abbreviated title at the end as part of the name', () => {
    expect(typed('Markets closed in honour of Anna Marie Bishop.')).toEqual(['Anna Marie Bishop:person']);
    expect(typed('Supporters of Chea Sen gathered in Kampot.').map((m) => m.split(':')[0])).toEqual(['Chea Sen', 'Kampot']);
  });

  it('does not read a sentence-ending title as a title for the next sentence', () => {
    expect(typed('The prize went to Anna King. Stock prices fell.')).toEqual(['Anna King:person']);
  });

  it('treats a corporate head after a given name as an organisation, but a surname-like head as a person', () => {
    expect(typed('Leonard Motors said it would cut jobs.')).toEqual(['Leonard Motors:organization']);
    expect(typed('Jim Press said it would cut jobs.')).toEqual(['Jim Press:person']);
  });

  it('reads places fused to participles, before weekdays and before "in <country>"', () => {
    expect(typed('The Harnsee-based carmaker sold its plant.')).toEqual(['Harnsee:place']);
    expect(typed('Stocks fell in Europe and Asia Monday.')).toEqual(['Europe:place', 'Asia:place']);
    expect(typed('Shoppers lined up for Black Friday.')).toEqual(['Black Friday:other']);
    expect(typed('Crowds filled the Harbour Film Festival on Saturday.')).toEqual(['Harbour Film Festival:other']);
    expect(typed('The jet took off from Harnsee in France. The crew cheered.')).toEqual(['Harnsee:place', 'France:place']);
    expect(typed('The ship can reach any port on Earth.')).toEqual(['Earth:place']);
  });

  it('joins a country name through "of" and splits a country off an untyped name it modifies', () => {
    expect(typed('The jet landed in the United States of America on Monday.')).toEqual(['United States of America:place']);
    expect(typed('The British FTSE rose while the United States Dow Jones Industrial Average fell.')).toEqual([
      'British:place',
      'United States:place',
      'Dow Jones Industrial Average:other',
    ]);
    // One word after a country stays with it: a newspaper's name, not a place and a word.
    expect(typed('The Kestria Daily reported the sale.')).toEqual(['Kestria Daily:other']);
  });

  it('leaves a country out when it names a currency, without losing a person before "won"', () => {
    expect(typed('Tickets cost 9.99 US dollars at the door.')).toEqual([]);
    expect(typed('Director Jose Ibanez won the prize.')).toEqual(['Jose Ibanez:person']);
  });

  it('keeps words joined by an ampersand in one organisation name', () => {
    expect(typed('Holm & Rivers Ltd bought the yard.')).toEqual(['Holm & Rivers Ltd:organization']);
  });

  it('types a person named with an age that ends the sentence', () => {
    expect(typed('One supporter is Sok Vanna, 34.')).toEqual(['Sok Vanna:person']);
  });

  it('keeps a surname a person throughout when only a preposition typed it otherwise', () => {
    const t = 'Dana Rivers, 54, runs the firm. The board met in Rivers’ absence. Rivers has not commented.';
    expect(typed(t)).toEqual(['Dana Rivers:person', 'Rivers:person', 'Rivers:person']);
  });
});
