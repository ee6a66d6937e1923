// Forms test-19's misses showed when the sixteenth session read it (issue #13; dev d860, d861, d870, d871), one kind at
// a time, on made-up bodies, people and sentences that are in none of the fixture parts. Each case failed on the rules
// before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('"according to N people aware of the matter" after the clause', () => {
  it('"…, according to two people aware of the matter.": an unnamed source, the whole lead its clause', () => {
    const text = 'The carrier is in talks to lease three freighters from a Dubai lessor, according to two people aware of the matter.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'The carrier is in talks to lease three freighters from a Dubai lessor']]);
  });

  it('"…, according to a banker aware of the discussions.": one person, the same', () => {
    const text = 'The buyer is a family-owned trading house from Osaka, according to a banker aware of the discussions.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'The buyer is a family-owned trading house from Osaka']]);
  });
});

describe('«В деревне говорят, что»: a settlement\u2019s word alone', () => {
  it('«В поселке говорят, что …»: the people of the place, unnamed', () => {
    const text = 'Паром через Вычегду не ходит с августа. В поселке говорят, что до райцентра теперь добираются только на попутках.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'до райцентра теперь добираются только на попутках']]);
  });

  it('«В ауле считают, что …»: the same with another verb', () => {
    const text = 'Колодец пересох еще весной. В ауле считают, что воду из канала отвели на соседние поля.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'воду из канала отвели на соседние поля']]);
  });
});

describe('an outlet\u2019s readers or subscribers, the outlet named after them', () => {
  it('«Подписчики канала «…» пишут, что»: a group, unnamed, not the channel\u2019s name read as a person', () => {
    const text = 'Подписчики канала «Типичный Ельцовск» пишут, что в подъездах третий день нет света.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'в подъездах третий день нет света']]);
  });

  it('«Читатели «…» жалуются, что»: a newspaper\u2019s name in the genitive, the same', () => {
    const text = 'Читатели «Вольского курьера» жалуются, что о ремонте дороги никто не предупредил.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'о ремонте дороги никто не предупредил']]);
  });
});

describe('a conjunction opening the sentence before its subject', () => {
  it('«Но читатели жалуются, что …»: the group after «Но», unnamed', () => {
    const text = 'Вместо электричек пустили автобусы. Но читатели жалуются, что на вокзале их никто не встречает.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'на вокзале их никто не встречает']]);
  });

  it('«А. В. Гордеев сказал»: an initial with its full stop is no conjunction (guard)', () => {
    const text = 'Л. В. Громова сказала, что объезд откроют в пятницу.';
    expect(found(text)).toEqual([['indirect', 'Л. В. Громова', 'объезд откроют в пятницу']]);
  });
});

describe('someone by a role and where they are from, no name', () => {
  it('«— говорит пенсионер из Кувшинова, попросивший …»: unnamed, the town not read as a surname', () => {
    const text = '«Раньше хоть автобус ходил», — говорит пенсионер из Кувшинова, попросивший не называть его имени.';
    expect(found(text)).toEqual([['direct', 'anonymous', 'Раньше хоть автобус ходил']]);
  });

  it('«Водитель из Тутаева рассказал, что …»: the same before the verb', () => {
    const text = 'Водитель из Тутаева рассказал, что на переправе простоял шесть часов.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'на переправе простоял шесть часов']]);
  });

  it('«— говорит пенсионерка из Кувшинова Вера Лаптева»: a full name after the place names her (guard)', () => {
    const text = '«Раньше хоть автобус ходил», — говорит пенсионерка из Кувшинова Вера Лаптева.';
    expect(found(text)).toEqual([['direct', 'Вера Лаптева', 'Раньше хоть автобус ходил']]);
  });
});

describe('a group, then the district and region it is from', () => {
  it('«Фермеры Каракульского района Бухарской области заявляют, что»: unnamed, not «Фермера Каракульского»', () => {
    const text = 'Фермеры Каракульского района Бухарской области заявляют, что воду для полива дали на месяц позже.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'воду для полива дали на месяц позже']]);
  });

  it('«Пчеловоды Юргинского района Кемеровской области …»: another group, the same', () => {
    const text = 'Пчеловоды Юргинского района Кемеровской области утверждают, что пасеки погибли после обработки полей.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'пасеки погибли после обработки полей']]);
  });
});

describe('where people wrote, then the group that wrote it', () => {
  it('«В комментариях к новости горожане пишут, что»: the group, unnamed', () => {
    const text = 'В комментариях к новости горожане пишут, что пробка на объезде стоит до самого моста.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'пробка на объезде стоит до самого моста']]);
  });

  it('«На форуме водители жалуются, что»: the same', () => {
    const text = 'На форуме водители жалуются, что заправки на трассе закрываются в десять вечера.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'заправки на трассе закрываются в десять вечера']]);
  });

  it('«В областном минтрансе пояснили, что»: a ministry’s short name in lower case stays a body (guard)', () => {
    const text = 'В областном минтрансе пояснили, что паромная переправа откроется в пятницу.';
    expect(found(text)).toEqual([['indirect', 'областной минтранс', 'паромная переправа откроется в пятницу']]);
  });
});

describe('the outlet\u2019s own reporter, not named', () => {
  it('"Our correspondent in Mildura says …": an unnamed source', () => {
    const text = 'The river is still rising. Our correspondent in Mildura says sandbags have run out at the town hall.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'sandbags have run out at the town hall']]);
  });

  it('"Our reporter Name says …": named, so theirs (guard)', () => {
    const text = 'Our reporter Tamsin Hale says sandbags have run out at the town hall.';
    expect(found(text)).toEqual([['indirect', 'Tamsin Hale', 'sandbags have run out at the town hall']]);
  });
});
