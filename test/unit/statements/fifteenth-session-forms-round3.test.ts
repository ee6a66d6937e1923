// Forms test-17's misses still showed after the fifteenth session's first round on it (issue #13, fifteenth session,
// round 2; dev d810, d811, d830, d831), one kind at a time, on made-up bodies, people and sentences that are in none of
// the fixture parts. Each case failed on the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('a Russian body printed in the genitive', () => {
  it('«Акции «Камской нефти» …», then «говорится в сообщении компании»: the nominative, never printed', () => {
    const text = 'Акции «Камской нефти» упали на 3% после отчета за квартал. Добыча снизилась из-за ремонта скважин, говорится в сообщении компании.';
    expect(found(text)).toEqual([['indirect', 'Камская нефть', 'Добыча снизилась из-за ремонта скважин']]);
  });

  it('«В пресс-службе «Ладоги-Арены» сообщили»: the nominative the text prints elsewhere, a hyphenated name', () => {
    const text = '«Ладога-Арена» открылась после ремонта. В пресс-службе «Ладоги-Арены» сообщили, что на первый матч продано 9000 билетов.';
    expect(found(text)).toEqual([['indirect', 'Ладога-Арена', 'на первый матч продано 9000 билетов']]);
  });

  it('«Выручка «Синей птицы» …, говорится в отчете компании»: a soft adjective, -ей to -яя', () => {
    const text = 'Выручка «Синей птицы» выросла на 12%. Сеть откроет еще 40 магазинов, говорится в отчете компании.';
    expect(found(text)).toEqual([['indirect', 'Синяя птица', 'Сеть откроет еще 40 магазинов']]);
  });

  it('«Акции «Уральского завода» …»: a masculine name in the genitive is not made feminine (guard)', () => {
    const text = 'Акции «Уральского завода» упали на 2%. Завод сократит выпуск, говорится в сообщении компании.';
    expect(found(text).map(([, speaker]) => speaker)).not.toContain('Уральская завода');
  });
});

describe('a body described as "the civic body", after it was named', () => {
  it('"the Nagpur Municipal Corporation (NMC) said …. The civic body said …": the corporation', () => {
    const text = 'On Friday, the Nagpur Municipal Corporation (NMC) said the water tank had cracked. The civic body said tankers would be sent to the ward.';
    expect(found(text)).toEqual([
      ['indirect', 'Nagpur Municipal Corporation', 'the water tank had cracked'],
      ['indirect', 'Nagpur Municipal Corporation', 'tankers would be sent to the ward'],
    ]);
  });
});

describe('"The city says" with no "City of X" in the text', () => {
  it('"Residents of Name\u2019 east end say …" then "The city says": the place the residents are of', () => {
    const text = "Residents of Oakridge Bay' east end say the buses stopped running for two days. The city says drivers were moved to the main routes.";
    expect(found(text)).toEqual([
      ['indirect', 'anonymous', 'the buses stopped running for two days'],
      ['indirect', 'Oakridge Bay', 'drivers were moved to the main routes'],
    ]);
  });

  it('"Families in Name say …" then "the town said": the place', () => {
    const text = 'Families in Pine Hollow say the library has been shut since May. The library will reopen in October, the town said.';
    expect(found(text)).toEqual([
      ['indirect', 'anonymous', 'the library has been shut since May'],
      ['indirect', 'Pine Hollow', 'The library will reopen in October'],
    ]);
  });
});

describe('a reported clause going on with an absolute phrase, ", with X -ing"', () => {
  it('"…, with payments being made within a day": the phrase is the clause\u2019s', () => {
    expect(found('Board chairman Obed Murape said the season had gone well, with payments being made within a day.')).toEqual([
      ['indirect', 'Obed Murape', 'the season had gone well, with payments being made within a day'],
    ]);
  });

  it('"…, with Kenya, Oman and Qatar being the main buyers": commas of a list inside the phrase', () => {
    expect(found('The board said 40,000 tonnes of tea had been sold, with Kenya, Oman and Qatar being the main buyers.')).toEqual([
      ['indirect', 'board', '40,000 tonnes of tea had been sold, with Kenya, Oman and Qatar being the main buyers'],
    ]);
  });

  it('"…, with flood warnings already in place": no participle, the clause ends at "with" (guard)', () => {
    expect(found('Forecaster Ama Lartey said rain would reach the coast on Friday, with flood warnings already in place.')).toEqual([
      ['indirect', 'Ama Lartey', 'rain would reach the coast on Friday'],
    ]);
  });
});

describe('«Здесь вспоминают, что …»: the people of the place, unnamed', () => {
  it('«Здесь вспоминают, что …» after a named person: unnamed, no body «Здесь»', () => {
    const text = 'Глава поселка Ирина Мокеева сказала, что автобус пустят весной. Здесь вспоминают, что автобус обещали еще в 2019 году.';
    expect(found(text)).toEqual([
      ['indirect', 'Ирина Мокеева', 'автобус пустят весной'],
      ['indirect', 'anonymous', 'автобус обещали еще в 2019 году'],
    ]);
  });
});
