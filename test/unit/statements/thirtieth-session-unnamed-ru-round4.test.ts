// Russian unnamed sources the thirtieth session's fourth probe found by writing six fresh texts first (dev d1425–d1430)
// and reading what the extractor missed on them (issue #13). Made-up people, bodies and sentences that are in none of the
// fixture parts. Each case failed on the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const who = (text: string) =>
  extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : `${s.speaker} (${s.speakerKind})`));
const said = (text: string) => extractStatements(text).map((s) => `${s.kind}: ${s.text}`);

describe('Russian: a verb of saying with no one doing it (russian-impersonal-frame.ts)', () => {
  it('«Сообщается, что …» → found, unnamed', () => {
    const text = 'Электричка до Зеленодольска отменена до вечера. Сообщается, что на перегоне оборвался контактный провод.';
    expect(said(text)).toEqual(['indirect: на перегоне оборвался контактный провод']);
    expect(who(text)).toEqual(['anonymous']);
  });

  it('«Утверждается также, что …», «Уточняется, что …» → found, unnamed', () => {
    const text = 'Склад в Кинели сгорел в ночь на среду. Утверждается также, что сторож в ту ночь на работу не вышел. Уточняется, что здание не было застраховано.';
    expect(said(text)).toEqual(['indirect: сторож в ту ночь на работу не вышел', 'indirect: здание не было застраховано']);
    expect(who(text)).toEqual(['anonymous', 'anonymous']);
  });

  it('«Как стало известно, …», «Ходят слухи, что …», «Говорят, что …» → found, unnamed', () => {
    expect(who('Как стало известно, мэрия Озерска выставит рынок на торги весной.')).toEqual(['anonymous']);
    expect(who('Ходят слухи, что новый владелец закроет пекарню до лета.')).toEqual(['anonymous']);
    expect(who('Говорят, что паромная переправа откроется только в мае.')).toEqual(['anonymous']);
  });

  it('«Как стало известно «Ъ», …» is left alone (guard: the outlet\'s own finding)', () => {
    expect(said('Как стало известно “Ъ”, группа «Полярный лес» продает два лесопильных завода.')).toEqual([]);
  });

  it('«Известно, что …» is no frame (guard: a fact)', () => {
    expect(said('Известно, что мост через Сить построили в 1974 году.')).toEqual([]);
  });
});

describe('Russian: «по свидетельству», «со слов» a group (russian.ts, byWordsSource)', () => {
  it('«По свидетельству туристов, …» → found, unnamed', () => {
    expect(who('По свидетельству туристов, гостиницу закрыли без предупреждения.')).toEqual(['anonymous']);
  });

  it('«Вагоны, по свидетельству пассажиров, …» → what follows the aside, unnamed', () => {
    expect(said('Вагоны, по свидетельству пассажиров, не отапливались всю ночь.')).toEqual(['indirect: не отапливались всю ночь']);
    expect(who('Вагоны, по свидетельству пассажиров, не отапливались всю ночь.')).toEqual(['anonymous']);
  });

  it('«Со слов местных рыбаков, …» → unnamed', () => {
    expect(who('Со слов местных рыбаков, лед на заливе треснул еще утром.')).toEqual(['anonymous']);
  });
});

describe('Russian: the management speaks as the body it runs (russian-management-of-body.ts)', () => {
  it('«Руководство предприятия заявило» → the business named before', () => {
    expect(who('Грузчики комбината «Северный хлеб» объявили забастовку. Руководство предприятия заявило, что премии выплатят в марте.'))
      .toEqual(['Северный хлеб (organisation)']);
  });

  it('«Руководство санатория «Name» заверило» → that body, not a person', () => {
    expect(who('Руководство санатория «Лесная Поляна» заверило, что процедуры возобновятся в понедельник.'))
      .toEqual(['Лесная Поляна (organisation)']);
  });

  it('«Руководство области заявило» is left as before (guard: people in power of a region)', () => {
    expect(who('Руководство области заявило, что дорогу до Мирного починят летом.')).not.toEqual(['anonymous']);
  });
});

describe('Russian: a group of a named body (russian.ts, parseRussianPhrase)', () => {
  it('«Организаторы фестиваля «Name», который …, сообщили» → unnamed, not a person', () => {
    expect(who('Организаторы фестиваля «Звонкий Берег», который должен был пройти в августе, сообщили, что переносят его на осень.'))
      .toEqual(['anonymous']);
  });

  it('«Организаторы фестиваля Name Surname и …» is not read so (guard: nothing but a «который» aside after the name)', () => {
    expect(who('Организаторы фестиваля Ирина Полозова и Глеб Сушков сообщили, что переносят его на осень.')).not.toEqual(['anonymous']);
  });
});

describe('Russian: a post and a name after «по словам» stay the person (guard for the group rule)', () => {
  it('«Мост, по словам главы района Name Surname, …» → the person', () => {
    expect(who('Мост, по словам главы района Тамары Гущиной, откроют не раньше ноября.')).toEqual(['Тамара Гущина (person)']);
  });
});
