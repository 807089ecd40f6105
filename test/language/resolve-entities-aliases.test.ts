import { describe, it, expect } from 'vitest';
import { resolveEntities } from '../../src/language/resolve-entities.js';
import { titleBefore } from '../../src/language/aliases/titles.js';
import { cyrillicSkeletons, skeleton } from '../../src/language/aliases/cyrillic.js';
import { acronymDefinitions } from '../../src/language/aliases/name-variants.js';
import type { EntityType } from '../../src/contract/analysis.js';
import { article } from '../group/corpus.js';

const doc = (id: string, day: number, paragraphs: string[], names: Partial<Record<EntityType, string[]>>) =>
  article({ id, published: `2026-05-${String(day).padStart(2, '0')}T09:00:00Z`, title: null, segments: [paragraphs], names });

const entityWith = (entities: ReturnType<typeof resolveEntities>, name: string) => entities.find((e) => e.name === name);
const reasonFor = (entities: ReturnType<typeof resolveEntities>, name: string, alias: string) =>
  entityWith(entities, name)?.merges.find((m) => m.alias === alias)?.reason;

describe('titleBefore', () => {
  it('reads a role, a courtesy title, and drops a country adjective from the role key', () => {
    const text = 'On Monday Treasury Secretary Maria K. Ostrova spoke. Later Ms. Ostrova left. Marovian President Helena Sarrow agreed.';
    expect(titleBefore(text, text.indexOf('Maria'))).toEqual({ surface: 'Treasury Secretary', key: 'treasury secretary' });
    expect(titleBefore(text, text.indexOf('Ostrova left'))).toEqual({ surface: 'Ms.', key: 'ms' });
    expect(titleBefore(text, text.indexOf('Helena'))).toEqual({ surface: 'Marovian President', key: 'president' });
  });

  it('finds no title across a paragraph break, after a date, or when a lower-case word precedes the name', () => {
    const text = 'Flood wardens were out.\n\nHelena Sarrow arrived. On Tuesday President Jonas Kettler left. said Maria Ostrova';
    expect(titleBefore(text, text.indexOf('Helena'))).toBeNull();
    expect(titleBefore(text, text.indexOf('Jonas'))).toEqual({ surface: 'President', key: 'president' });
    expect(titleBefore(text, text.indexOf('Maria'))).toBeNull();
  });
});

describe('Cyrillic skeletons and acronym definitions', () => {
  it('folds a Cyrillic name and its Latin spelling to one skeleton, case endings removed', () => {
    expect(cyrillicSkeletons('Сарроу')).toContain(skeleton('Sarrow'));
    expect(cyrillicSkeletons('Дренхольме')).toContain(skeleton('Drenholm'));
    expect(cyrillicSkeletons('Кестрия')).toContain(skeleton('Kestria'));
    expect(cyrillicSkeletons('Кеттлер')).not.toContain(skeleton('Kessler'));
  });

  it('reads "Name (ACRONYM)" only when the initials spell the acronym', () => {
    expect(acronymDefinitions('Members of the Civic Union (CU) walked out; the Port Hallam Authority (PHA) stayed.')).toEqual([
      { acronym: 'CU', name: 'Civic Union' },
      { acronym: 'PHA', name: 'Port Hallam Authority' },
    ]);
    expect(acronymDefinitions('The Civic Union (Marovia) walked out.')).toEqual([]);
  });
});

describe('resolveEntities aliases', () => {
  it('attaches "the treasury secretary" to the one person written with that title, and keeps the titled forms', () => {
    const entities = resolveEntities([
      doc('b1', 19, [
        'VELMORA — Treasury Secretary Maria K. Ostrova presented a 3.1 billion thaler reconstruction fund to the Assembly on Wednesday.',
        'The treasury secretary said the levy on bank profits would end once the fund was spent. Ms. Ostrova took no questions.',
      ], { person: ['Maria K. Ostrova', 'Ostrova'], organization: ['Assembly'] }),
      doc('b2', 21, [
        'Opposition members said the treasury secretary had not explained how the levy would be collected.',
      ], { organization: [] }),
    ]);
    const maria = entityWith(entities, 'Maria K. Ostrova')!;
    expect(maria.aliases).toEqual(['Treasury Secretary Maria K. Ostrova', 'the treasury secretary', 'Ms. Ostrova']);
    expect(maria.documentIds).toEqual(['b1', 'b2']);
    expect(reasonFor(entities, 'Maria K. Ostrova', 'the treasury secretary')).toBe('role: the one person called Treasury Secretary in the same document');
    expect(reasonFor(entities, 'Maria K. Ostrova', 'Treasury Secretary Maria K. Ostrova')).toBe('same name with title "treasury secretary"');
  });

  it('does not give a one-word role to anyone in a document that does not name its holder', () => {
    const entities = resolveEntities([
      doc('m1', 1, ['Mayor Anna Brandt opened the shelter at the school.'], { person: ['Anna Brandt'] }),
      doc('m2', 2, ['In Harnsee the mayor said the gauge had failed twice.'], { person: [] }),
    ]);
    expect(entityWith(entities, 'Anna Brandt')!.documentIds).toEqual(['m1']);
    expect(entities.flatMap((e) => e.aliases)).not.toContain('the mayor');
  });

  it('keeps two people who share a surname apart and uses their titles to place "Mayor Brandt" and "Dr. Brandt"', () => {
    const entities = resolveEntities([
      doc('f1', 18, [
        'LESSING — Mayor Anna Brandt said 3,400 people had left their homes. Dr. Tomas Brandt, a hydrologist, said the river would crest overnight.',
        '"We will reopen the bridge when it is safe," Mayor Brandt said. Dr. Brandt warned that the gauge at Harnsee had failed. Brandt did not say when.',
      ], { person: ['Anna Brandt', 'Tomas Brandt', 'Brandt'] }),
    ]);
    const anna = entityWith(entities, 'Anna Brandt')!;
    const tomas = entityWith(entities, 'Tomas Brandt')!;
    expect(anna.aliases).toEqual(['Mayor Anna Brandt', 'Mayor Brandt']);
    expect(tomas.aliases).toEqual(['Dr. Tomas Brandt', 'Dr. Brandt']);
    expect(reasonFor(entities, 'Anna Brandt', 'Mayor Brandt')).toBe('surname with title: the one Brandt called "mayor" in the same document');
    // The bare surname could be either: it stays its own entity, merged into neither.
    expect(entityWith(entities, 'Brandt')!.aliases).toEqual([]);
  });

  it('does not give "Mr." to a person introduced as "Ms."', () => {
    const entities = resolveEntities([
      doc('g1', 1, ['Ms. Anna Berg chairs the school board.'], { person: ['Anna Berg'] }),
      doc('g2', 2, ['Mr. Tomas Berg coaches the under-12 team.'], { person: ['Tomas Berg'] }),
      doc('g3', 3, ['Mr. Berg said the pitch was flooded.'], { person: ['Berg'] }),
    ]);
    expect(entityWith(entities, 'Tomas Berg')!.documentIds).toEqual(['g2', 'g3']);
    expect(entityWith(entities, 'Anna Berg')!.documentIds).toEqual(['g1']);
  });

  it('resolves "the ministry" to the one ministry in the document, and not when there are two', () => {
    const entities = resolveEntities([
      doc('o1', 4, ['The Interior Ministry ordered an inquiry. The ministry said the warning came late.'], { organization: ['Interior Ministry'] }),
      doc('o2', 5, ['The Interior Ministry and the Labour Ministry met. The ministry did not comment.'], { organization: ['Interior Ministry', 'Labour Ministry'] }),
    ]);
    const interior = entityWith(entities, 'Interior Ministry')!;
    expect(interior.aliases).toEqual(['the ministry']);
    expect(interior.merges[0]!.reason).toBe('nominal: the one ministry named in the same document ("Interior Ministry")');
    expect(entities.filter((e) => e.aliases.includes('the ministry'))).toHaveLength(1);
  });

  it('merges an acronym defined in the text with the name it spells', () => {
    const entities = resolveEntities([
      doc('a1', 6, ['The Civic Union (CU) walked out of the Assembly. A CU spokesman said the levy was a raid.'], { organization: ['Civic Union', 'CU', 'Assembly'] }),
    ]);
    const union = entityWith(entities, 'Civic Union')!;
    expect(union.merges).toEqual([{ alias: 'CU', reason: 'acronym defined in the text: "Civic Union (CU)"' }]);
  });

  it('merges a country adjective before an organisation, but never a demonym with its country', () => {
    const entities = resolveEntities([
      doc('c1', 7, ['The Marovian Treasury published the figures. Marovian banks fell.'], { organization: ['Marovian Treasury'], other: ['Marovian'] }),
      doc('c2', 8, ['The Treasury said Marovia would borrow less.'], { organization: ['Treasury'], place: ['Marovia'] }),
    ]);
    expect(reasonFor(entities, 'Marovian Treasury', 'Treasury')).toBe('country adjective dropped: "Marovian Treasury" = "Treasury"');
    expect(entityWith(entities, 'Marovia')!.aliases).toEqual([]);
    expect(entityWith(entities, 'Marovian')!.aliases).toEqual([]);
  });

  it('links Cyrillic spellings to the Latin names, a prefixed span cut to its name', () => {
    const entities = resolveEntities([
      doc('r1', 9, ['President Helena Sarrow met Prime Minister Jonas Kettler in Drenholm.'], { person: ['Helena Sarrow', 'Jonas Kettler'], place: ['Drenholm'] }),
      doc('r2', 10, ['Президент Маровии Хелена Сарроу и Кеттлер встретились в Дренхольме.'], { other: ['Маровии Хелена Сарроу', 'Кеттлер', 'Дренхольме'] }),
    ]);
    expect(reasonFor(entities, 'Helena Sarrow', 'Хелена Сарроу')).toBe('Cyrillic spelling: "Хелена Сарроу" = "Helena Sarrow"');
    expect(entityWith(entities, 'Jonas Kettler')!.documentIds).toEqual(['r1', 'r2']);
    expect(entityWith(entities, 'Drenholm')!.aliases).toEqual(['Дренхольме']);
    expect(entityWith(entities, 'Drenholm')!.type).toBe('place');
  });

  it('merges one name typed differently in different documents, typed by the majority', () => {
    const entities = resolveEntities([
      doc('t1', 11, ['Lorries queued at Gravna overnight.'], { place: ['Gravna'] }),
      doc('t2', 12, ['Gravna reopened on Tuesday.'], { other: ['Gravna'] }),
      doc('t3', 13, ['Customs officers at Gravna checked every lorry.'], { place: ['Gravna'] }),
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]!.type).toBe('place');
    expect(entities[0]!.documentIds).toEqual(['t1', 't2', 't3']);
  });

  it('rejoins a name cut at a plural possessive', () => {
    const entities = resolveEntities([
      doc('p1', 14, ['The Port Hallam Dockworkers’ Union called the strike. The union said 4,000 workers walked out.'], {
        place: ['Port Hallam Dockworkers'],
        organization: ['Union'],
      }),
    ]);
    const union = entityWith(entities, 'Port Hallam Dockworkers’ Union')!;
    expect(union.type).toBe('organization');
    expect(union.aliases).toEqual(['the union']);
    expect(entities).toHaveLength(1);
  });
});
