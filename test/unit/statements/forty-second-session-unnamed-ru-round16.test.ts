// The forty-second session's sixteenth probe of unnamed sources in Russian (d2360–d2365): the shapes its first run missed
// or printed wrong, and the fifteenth probe's leftover (a neuter body printed with masculine adjectives), in fresh words
// and invented names (none of the fixtures' sentences). Each case failed on the rules before the change but the guards
// (marked so), which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const clauses = (text: string) => found(text).filter((s) => s[0] === 'indirect');

describe('Russian: a neuter body after «в» keeps neuter adjectives (russian.ts, russian-locative-body.ts)', () => {
  it('«В территориальном управлении Росгидромета сообщили» is «территориальное управление Росгидромета»', () => {
    expect(clauses('Паводок\n\nВ территориальном управлении Росгидромета сообщили, что уровень реки упадет к пятнице.')).toEqual([
      ['indirect', 'территориальное управление Росгидромета', 'organisation', 'уровень реки упадет к пятнице'],
    ]);
  });

  it('a hyphenated place adjective: «В Волго-Камском бассейновом управлении …» is «Волго-Камское бассейновое управление …»', () => {
    expect(clauses('Шлюз\n\nВ Волго-Камском бассейновом управлении водных путей сообщили, что шлюз откроют в апреле.')).toEqual([
      ['indirect', 'Волго-Камское бассейновое управление водных путей', 'organisation', 'шлюз откроют в апреле'],
    ]);
  });

  it('a later «Ведомство …» after a neuter agency with its short name in brackets is still the agency, printed neuter (the first clause\'s print, with «Рослесхозе», is a known failure of the long-range matrix)', () => {
    expect(clauses('Трасса\n\nКак сообщили в Федеральном лесном агентстве (Рослесхозе), просеку расчистят весной.\n\nВедомство уточнило, что работы оплатит область.').slice(1)).toEqual([
      ['indirect', 'Федеральное лесное агентство', 'organisation', 'работы оплатит область'],
    ]);
  });

  it('guard: a masculine head keeps masculine adjectives («В Заволжском речном порту сообщили»)', () => {
    expect(clauses('Порт\n\nВ Заволжском речном порту сообщили, что баржи встанут на зимовку в ноябре.')).toEqual([
      ['indirect', 'Заволжский речной порт', 'organisation', 'баржи встанут на зимовку в ноябре'],
    ]);
  });

  it('guard: a feminine head keeps feminine adjectives («В Северной пригородной компании сообщили»)', () => {
    expect(clauses('Электрички\n\nВ Северной пригородной компании сообщили, что расписание изменят с марта.')).toEqual([
      ['indirect', 'Северная пригородная компания', 'organisation', 'расписание изменят с марта'],
    ]);
  });
});

describe('Russian: a body\'s pages, «В пабликах мэрии пишут», are the body (russian-body-pages.ts)', () => {
  it('«В пабликах мэрии Ключевска пишут» is «мэрия Ключевска», without the pages', () => {
    expect(clauses('Сквер\n\nВ пабликах мэрии Ключевска пишут, что сквер откроют к маю.')).toEqual([
      ['indirect', 'мэрия Ключевска', 'organisation', 'сквер откроют к маю'],
    ]);
  });

  it('guard: «В пабликах мэрии пишут» after «Мэрия Ключевска …» is that city hall', () => {
    expect(clauses('Сквер\n\nМэрия Ключевска утвердила план благоустройства. В пабликах мэрии пишут, что сквер откроют к маю.')).toEqual([
      ['indirect', 'Мэрия Ключевска', 'organisation', 'сквер откроют к маю'],
    ]);
  });

  it('«В паблике администрации района сообщили» is «администрация района»', () => {
    expect(clauses('Дорога\n\nВ паблике администрации района сообщили, что грейдер выйдет на трассу в среду.')).toEqual([
      ['indirect', 'администрация района', 'organisation', 'грейдер выйдет на трассу в среду'],
    ]);
  });

  it('guard: «В городских пабликах пишут» is unnamed', () => {
    expect(clauses('Сквер\n\nВ городских пабликах пишут, что сквер откроют к маю.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'сквер откроют к маю'],
    ]);
  });

  it('guard: «В пабликах пишут» is unnamed', () => {
    expect(clauses('Сквер\n\nВ пабликах пишут, что сквер откроют к маю.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'сквер откроют к маю'],
    ]);
  });
});

describe('Russian: «кооператив» is a body\'s word (vocabulary-ru.ts, russian.ts)', () => {
  it('«В кооперативе пообещали» after «Кооператив «Луговая пасека» …» is that co-op', () => {
    expect(clauses('Мед\n\nКооператив «Луговая пасека» поднял закупочную цену на мед. В кооперативе пообещали, что расчеты с пасечниками закончат к осени.')).toEqual([
      ['indirect', 'Луговая пасека', 'organisation', 'расчеты с пасечниками закончат к осени'],
    ]);
  });

  it('guard: the co-op\'s chairman named is that man («Председатель кооператива Name Surname сказал»)', () => {
    expect(clauses('Мед\n\nКооператив «Луговая пасека» поднял цену. Председатель кооператива Тихон Журавлев сказал, что мед продадут в Китай.')).toEqual([
      ['indirect', 'Тихон Журавлев', 'person', 'мед продадут в Китай'],
    ]);
  });
});

describe('Russian: «По словам главы <body> Name Surname» is that person, not a group (russian-head-of-body-named.ts)', () => {
  it('«По словам главы завода Name(-а) Surname(-а)» is that man', () => {
    expect(clauses('Цех\n\nПо словам главы завода Сергея Лаптева, литейный цех закроют на ремонт.')).toEqual([
      ['indirect', 'Сергей Лаптев', 'person', 'литейный цех закроют на ремонт'],
    ]);
  });

  it('«По словам главы компании Name(-ы) Surname(-ой)» is that woman', () => {
    expect(clauses('Склад\n\nПо словам главы компании Ирины Сомовой, склад переедут в Тосно.')).toEqual([
      ['indirect', 'Ирина Сомова', 'person', 'склад переедут в Тосно'],
    ]);
  });

  it('guard: «По словам главы кооператива Name(-а) Surname(-а)» is that man', () => {
    expect(clauses('Мед\n\nПо словам главы кооператива Степана Журавлева, мед продадут в Китай.')).toEqual([
      ['indirect', 'Степан Журавлев', 'person', 'мед продадут в Китай'],
    ]);
  });

  it('guard: people of a body by its letters, «Синоптики Верхневолжского УГМС сообщили», are unnamed', () => {
    expect(clauses('Снег\n\nСиноптики Верхневолжского УГМС сообщили, что снег пойдет в четверг.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'снег пойдет в четверг'],
    ]);
  });
});
