// Russian kinds test-23's nine Russian texts missed (issue #13; the twenty-first session), one kind at a time, on
// made-up bodies, people and sentences that are in none of the fixture parts. Each case failed on the rules before its
// change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('Russian: one left unnamed where they speak, named by a full name opening the very next sentence', () => {
  it('«— …, — рассказала доярка. Тамара Сергеевна Кочетова привезла …»: the woman named with her patronymic', () => {
    const text = 'На ярмарку в Ольховке съехались фермеры со всего района.\n\n'
      + '— Мы с мужем держим коз уже пятнадцать лет. Сыр раскупают за два часа, — рассказала доярка. Тамара Сергеевна Кочетова привезла на ярмарку двенадцать головок сыра.';
    expect(found(text)).toEqual([['direct', 'Тамара Сергеевна Кочетова', 'Мы с мужем держим коз уже пятнадцать лет. Сыр раскупают за два часа']]);
  });

  it('«— возмущается один из продавцов. Равиль Гатин держит …»: «один из …» and a name of no marked gender', () => {
    const text = 'Рынок на Садовой закроют на реконструкцию.\n\n'
      + '— Я торгую здесь с девяностых, куда мне теперь идти, — возмущается один из продавцов. Равиль Гатин держит на рынке овощной павильон.';
    expect(found(text)).toEqual([['direct', 'Равиль Гатин', 'Я торгую здесь с девяностых, куда мне теперь идти']]);
  });

  it('«— сказал после матча болельщик. Денис Ухов …»: a word of time or place before the word for the speaker', () => {
    const text = 'Стадион в Луговом впервые собрал полные трибуны.\n\n'
      + '— Я хожу на каждую игру с детства, такого не помню, — сказал после матча болельщик. Денис Ухов приехал на игру с сыном.';
    expect(found(text)).toEqual([['direct', 'Денис Ухов', 'Я хожу на каждую игру с детства, такого не помню']]);
  });

  it('«Марию Зуеву поддержали …»: the name in the accusative, printed in the nominative', () => {
    const text = 'Жильцы дома на Полевой третий месяц ждут ремонта крыши.\n\n'
      + '— С потолка течет прямо на кровать, мы подставляем тазы, — рассказала «Вестнику» жительница пятого этажа. Марию Зуеву поддержали соседи.';
    expect(found(text)).toEqual([['direct', 'Мария Зуева', 'С потолка течет прямо на кровать, мы подставляем тазы']]);
  });

  it('a speaker who asked not to be named stays unnamed, whoever the next sentence names (guard)', () => {
    const text = 'Рынок на Садовой закроют на реконструкцию.\n\n'
      + '— Я торгую здесь с девяностых, — сказала продавщица, попросившая не называть ее фамилию. Ольга Петровна Сурикова, директор рынка, пообещала, что всем дадут места.';
    expect(found(text)).toEqual([
      ['direct', 'anonymous', 'Я торгую здесь с девяностых'],
      ['indirect', 'Ольга Петровна Сурикова', 'всем дадут места'],
    ]);
  });

  it('a name of the other gender is someone else (guard)', () => {
    const text = 'Рынок на Садовой закроют на реконструкцию.\n\n'
      + '— Я торгую здесь с девяностых, — сказал продавец. Ольга Сурикова работает на рынке кассиром.';
    expect(found(text)).toEqual([['direct', 'anonymous', 'Я торгую здесь с девяностых']]);
  });
});

describe('Russian: a body in the locative printed by its name in the nominative', () => {
  it('«Как сообщили агентству в Государственной инспекции труда в Пермском крае, …»: whom it was told, then an office named with its region', () => {
    const text = 'Строители из Кунгура третий месяц ждут расчета.\n\n'
      + 'Как сообщили агентству в Государственной инспекции труда в Пермском крае, проверка подрядчика продлится до конца месяца.';
    expect(found(text)).toEqual([['indirect', 'Государственная инспекция труда в Пермском крае', 'проверка подрядчика продлится до конца месяца']]);
  });

  it('«В трудовой инспекции напомнили» after it: the same office', () => {
    const text = 'Строители из Кунгура третий месяц ждут расчета.\n\n'
      + 'Как сообщили в Государственной инспекции труда в Пермском крае, проверка подрядчика продлится до конца месяца.\n\n'
      + 'В трудовой инспекции напомнили, что работник может приостановить работу при задержке зарплаты более чем на две недели.';
    expect(found(text).map(([, who]) => who)).toEqual(['Государственная инспекция труда в Пермском крае', 'Государственная инспекция труда в Пермском крае']);
  });

  it('«В Фонде поддержки фермеров сообщили»: a capitalised head word before lower-case genitives, in the nominative', () => {
    const text = 'Фермеры Заволжья получат льготные займы.\n\n'
      + 'В Фонде поддержки фермеров сообщили, что первые заявки рассмотрят в течение двух недель после подачи.';
    expect(found(text)).toEqual([['indirect', 'Фонд поддержки фермеров', 'первые заявки рассмотрят в течение двух недель после подачи']]);
  });

  it('«В министерстве в понедельник сообщили»: no region after «в», no name (guard)', () => {
    const text = 'Министерство транспорта Пермского края объявило торги на ремонт моста.\n\n'
      + 'В министерстве в понедельник сообщили, что подрядчика выберут до конца апреля и работы начнутся летом.';
    expect(found(text)).toEqual([['indirect', 'Министерство транспорта Пермского края', 'подрядчика выберут до конца апреля и работы начнутся летом']]);
  });
});
