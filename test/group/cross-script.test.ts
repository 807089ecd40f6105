// A report in another script (Russian) about a story covered in English joins it by the names it shares, and only then.
import { describe, it, expect } from 'vitest';
import type { Grouping } from '../../src/core/records.js';
import { groupCorpus } from '../../src/group/index.js';
import { latinLetters, mostlyNonLatin, nameKey } from '../../src/group/name-keys.js';
import { article } from './corpus.js';

describe('name keys', () => {
  it('meets a name across scripts and spellings, endings aside', () => {
    expect(nameKey('Кеттлер')).toBe(nameKey('Kettler'));
    expect(nameKey('Сарроу')).toBe(nameKey('Sarrow'));
    expect(nameKey('Дренхольме')).toBe(nameKey('Drenholm'));
    expect(nameKey('Вельморского')).toBe(nameKey('Velmora'));
    expect(nameKey('Ибаньес')).not.toBe(nameKey('Kettler'));
    expect(nameKey('Ось')).toBeNull();
    expect(latinLetters('Ibáñez')).toBe('ibanez');
  });

  it('tells a text mostly in another script', () => {
    expect(mostlyNonLatin('Премьер-министр Кестрии Йонас Кеттлер (Jonas Kettler)')).toBe(true);
    expect(mostlyNonLatin('Prime Minister Jonas Kettler (Йонас Кеттлер)')).toBe(false);
  });
});

const NAMES = {
  person: ['Jonas Kettler', 'Helena Sarrow', 'Kettler', 'Sarrow', 'Mirko Tal'],
  place: ['Kestria', 'Marovia', 'Gravna', 'Drenholm'],
};

const english = [
  article({
    id: 'en-1',
    publisher: 'Velmora Courier',
    published: '2026-10-06T09:00:00Z',
    title: 'Sarrow and Kettler agree to reopen Gravna crossing after phone call',
    segments: [[
      'Prime Minister Jonas Kettler of Kestria and President Helena Sarrow of Marovia agreed in a phone call on Tuesday to reopen the Gravna border crossing to freight from Friday.',
      'Kestria closed the crossing last week after Marovian customs held 42 Kestrian grain lorries in a dispute over plant-health certificates. Officials in Drenholm called the detentions a breach of the accord.',
    ]],
    names: NAMES,
  }),
  article({
    id: 'en-2',
    publisher: 'Harbor Ledger',
    published: '2026-10-06T15:00:00Z',
    title: 'Leaders\u2019 call ends Gravna freight standoff',
    segments: [[
      'A phone call between Jonas Kettler and Helena Sarrow ended the week-long standoff at the Gravna crossing, where Kestrian grain lorries had queued since the border closed.',
      'Driver Mirko Tal, who spent five nights at the border, said he only wanted to get home. Drenholm said the crossing reopens on Friday.',
    ]],
    names: NAMES,
  }),
];

const otherStory = [
  article({
    id: 'film-1',
    publisher: 'Velmora Courier',
    published: '2026-10-04T10:00:00Z',
    title: 'Kestrian actress wins Silver Heron at Velmora festival',
    segments: [[
      'Lidia Maro became the first actress from Kestria to win the Silver Heron at the Velmora film festival on Saturday, for her role as a ferry captain.',
      'The jury praised the film, shot on the river between Kestria and Marovia, for its quiet humour.',
    ]],
    names: { person: ['Lidia Maro'], place: ['Kestria', 'Marovia', 'Velmora'] },
  }),
];

const russianCall = article({
  id: 'ru-1',
  publisher: 'Kestrian Herald (Russian edition)',
  published: '2026-10-07T06:15:00Z',
  title: 'Кеттлер и Сарроу договорились вновь открыть пункт пропуска «Гравна»',
  segments: [[
    'ДРЕНХОЛЬМ, 7 октября. Премьер-министр Кестрии Йонас Кеттлер и президент Маровии Хелена Сарроу во вторник договорились по телефону вновь открыть пункт пропуска «Гравна» для грузовиков с пятницы.',
    'Водитель Мирко Таль провёл на границе пять ночей. В Дренхольме задержание 42 грузовиков с зерном назвали нарушением соглашения.',
  ]],
});

// Russian, and it names Kestria and Marovia, but it is about a football match: two shared country names decide nothing.
const russianMatch = article({
  id: 'ru-2',
  publisher: 'Sport Express Kestria',
  published: '2026-10-07T20:00:00Z',
  title: 'Сборная Кестрии обыграла Маровию в товарищеском матче',
  segments: [[
    'Сборная Кестрии по футболу в среду обыграла команду Маровии со счётом 2:1 в товарищеском матче на стадионе в Остене.',
    'Оба гола забил нападающий Павел Ринек, у гостей отличился защитник Лука Бергер.',
  ]],
});

const storyOf = (grouping: Grouping, id: string) => grouping.stories.find((s) => s.documentIds.includes(id))!;

describe('a report in another script', () => {
  const grouping = groupCorpus([...english, ...otherStory, russianCall, russianMatch]);

  it('joins the story and the event its names point to', () => {
    const story = storyOf(grouping, 'en-1');
    expect(story.documentIds).toEqual(['en-1', 'en-2', 'ru-1']);
    expect(story.events).toHaveLength(1);
    // The English coverage still names the story.
    expect(story.title).not.toMatch(/[а-я]/i);
  });

  it('stays apart when it shares only country names with the open stories', () => {
    expect(storyOf(grouping, 'ru-2').documentIds).toEqual(['ru-2']);
    expect(storyOf(grouping, 'film-1').documentIds).toEqual(['film-1']);
  });

  it('founds a story of its own when no story in another script is open', () => {
    const alone = groupCorpus([russianCall]);
    expect(alone.stories.map((s) => s.documentIds)).toEqual([['ru-1']]);
  });
});
