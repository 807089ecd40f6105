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
