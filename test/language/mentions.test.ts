import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/language/index.js';

const typed = (t: string) => findMentions(t).map((m) => `${m.text}:${m.type}`);

describe('findMentions', () => {
  it('types people by title, the title not being part of the name', () => {
    expect(typed('Prime Minister Hun Sen met Mr. Rainsy and President Maria Ostrova.')).toEqual([
      'Hun Sen:person',
      'Rainsy:person',
      'Maria Ostrova:person',
    ]);
    expect(typed('said opposition leader Kem Sokha.')).toEqual(['Kem Sokha:person']);
  });

  it('types organisations by their head word, allowing "of" inside', () => {
    expect(typed('The Interior Ministry and the Bank of England wrote to the Cambodia National Rescue Party.')).toEqual([
      'Interior Ministry:organization',
      'Bank of England:organization',
      'Cambodia National Rescue Party:organization',
    ]);
    expect(typed('Officials at Acme Corp and NATO declined.')).toEqual(['Acme Corp:organization', 'NATO:organization']);
  });

  it('types places from the gazetteer and from "in X" context', () => {
    expect(typed('Talks moved from Phnom Penh to the U.S. and then to Kenya.')).toEqual(['Phnom Penh:place', 'U.S.:place', 'Kenya:place']);
    expect(typed('Voters queued in Tbong Khmum from dawn.')).toEqual(['Tbong Khmum:place']);
  });

  it('types names starting with a known first name, with initials', () => {
    expect(typed('The report was written by Maria K. Ostrova and Tom Reed.')).toEqual(['Maria K. Ostrova:person', 'Tom Reed:person']);
  });

  it('skips sentence-initial common words, weekdays and months, and splits at possessives', () => {
    expect(typed('Officials said on Monday that talks would resume in March. They visited Ostrova’s office.')).toEqual(['Ostrova:other']);
    expect(typed('Residents were angry. Later, Reed said so.')).toEqual(['Reed:other']);
  });

  it('carries a person type to the bare surname later on', () => {
    const ms = findMentions('Maria Ostrova arrived. Ostrova said little.');
    expect(ms.map((m) => m.type)).toEqual(['person', 'person']);
    expect(ms[1]).toMatchObject({ text: 'Ostrova', start: 23, end: 30 });
  });

  it('keeps "and" inside an organisation name only after a non-head word', () => {
    expect(typed('The Ministry of Foreign Affairs and Trade said so.')).toEqual(['Ministry of Foreign Affairs and Trade:organization']);
  });

  it('does not join a person and an organisation through "of"', () => {
    expect(typed('Dr. Sok Chea of the Ministry of Interior disagreed.')).toEqual(['Sok Chea:person', 'Ministry of Interior:organization']);
  });
});
