// Russian kinds test-29's reading took (issue #13; the twenty-fourth session, "Russian"), on made-up bodies, people and
// sentences that are in none of the fixture parts. Each case failed on the rules before its change, but the guards
// (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const who = (text: string) =>
  extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : `${s.speaker} (${s.speakerKind})`));

describe('Russian: a body named after «в» in the locative (russian-locative-body.ts, russian-dative-listeners.ts)', () => {
  it('a port, its adjectives in the nominative: «Как сообщили в Северном речном порту, …»', () => {
    expect(who('Баржи стоят у причала. Как сообщили в Северном речном порту, баржи разгрузят в порядке очереди.'))
      .toEqual(['Северный речной порт (organisation)']);
  });

  it('a forestry office, then whom it told in the dative plural: «В Тверском лесничестве жителям пояснили»', () => {
    expect(who('Лес рубят с ноября. В Тверском районном лесничестве жителям пояснили, что рубка здесь только санитарная.'))
      .toEqual(['Тверское районное лесничество (organisation)']);
  });

  it('«там» after it is the same body', () => {
    expect(who('Баржи стоят у причала. Как сообщили в Северном речном порту, баржи разгрузят в порядке очереди. Задержки возможны весной, уточнили там.'))
      .toEqual(['Северный речной порт (organisation)', 'Северный речной порт (organisation)']);
  });

  it('a word beginning like a port is no body: «портал» (guard)', () => {
    expect(who('Портал Медведково сообщил, что станция откроется в мае.')).not.toContain('Медведково (organisation)');
  });
});

describe('Russian: a member\'s seat after a parliament\'s two-word name (russian-constituency.ts)', () => {
  it('«Депутат Народного Хурала от Кяхтинского округа Name Surname заявил»: the person', () => {
    expect(who('Мост закрыли. Депутат Народного Хурала от Кяхтинского округа Баир Цыдыпов заявил, что мост нужен круглый год.'))
      .toEqual(['Баир Цыдыпов (person)']);
  });

  it('a full name before «в интервью» still ends the speaker (guard)', () => {
    expect(who('Мост закрыли. Депутат Баир Цыдыпов в интервью газете заявил, что мост нужен круглый год.'))
      .toEqual(['Баир Цыдыпов (person)']);
  });
});

describe('Russian: someone\'s unnamed neighbours or colleagues (russian-relations.ts)', () => {
  it('«Его коллега, водитель, добавил»: unnamed, not the man before', () => {
    expect(who('Водитель Олег Мухин рассказал, что рейсы сократили вдвое. Его коллега, водитель, добавил, что зарплату задерживают второй месяц.'))
      .toEqual(['Олег Мухин (person)', 'anonymous']);
  });

  it('«Коллеги Мухина по цеху рассказали»: an unnamed group, and «один из них» after it', () => {
    expect(who('Водитель Олег Мухин рассказал, что рейсы сократили вдвое. Коллеги Мухина по цеху рассказали, что зарплату задерживают второй месяц. «Чем платить за квартиру?» — спросил один из них.'))
      .toEqual(['Олег Мухин (person)', 'anonymous', 'anonymous']);
  });

  it('a neighbour with a full name is that person (guard)', () => {
    expect(who('Водитель Олег Мухин рассказал, что рейсы сократили вдвое. Его сосед Игнат Рябов добавил, что зарплату задерживают второй месяц.'))
      .toEqual(['Олег Мухин (person)', 'Игнат Рябов (person)']);
  });
});

describe('Russian: a dateline with its day, a settlement before a name, people of a place', () => {
  it('«КИШИНЕВ, 2 дек — Виноградари … жалуются, что …»: the group, not the dateline', () => {
    expect(who('КИШИНЕВ, 2 дек — Виноградари Кагульского района жалуются, что закупочные цены упали вдвое.'))
      .toEqual(['anonymous']);
  });

  it('«— рассказывает пасечник из деревни Name Name Surname»: the person', () => {
    expect(who('«Все ульи погибли за одну ночь», — рассказывает пасечник из деревни Ломовка Тарас Гринчук.'))
      .toEqual(['Тарас Гринчук (person)']);
  });

  it('«Рыбаки Онежского побережья говорят»: an unnamed group, no «Рыбака Онежский»', () => {
    expect(who('Рыбаки Онежского побережья говорят, что лед встал на месяц позже.')).toEqual(['anonymous']);
  });

  it('a full name in the genitive after a word for people stays a name (guard)', () => {
    expect(who('Ученики Ильи Петровского говорят, что лед встал на месяц позже.')).not.toContain('anonymous (organisation)');
  });
});
