// Forms read in test-16's misses (issue #13, thirteenth session: test-16 made a read part; dev d640–d643, d660–d661),
// one at a time, on made-up people and sentences that are in none of the fixture parts. Each case failed on the rules
// before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';
import { russianNominativeName } from '../../../src/statements/russian.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('titles before a name in Malaysian and Kenyan copy', () => {
  it('"Datuk Seri Name": the second word of the title is no part of the name', () => {
    expect(found('State housing committee chairman Datuk Seri Hamdan Yusof Kamal said the flats would be ready by June.')).toEqual([
      ['indirect', 'Hamdan Yusof Kamal', 'the flats would be ready by June'],
    ]);
  });

  it('"Ir Name": a registered engineer\u2019s title', () => {
    expect(found('Public Works Department director Ir Salmah Idris said the bridge was safe.')).toEqual([
      ['indirect', 'Salmah Idris', 'the bridge was safe'],
    ]);
  });

  it('"Tuan Haji Name": a courtesy before the pilgrim\u2019s title', () => {
    expect(found('Kuala Kedah assemblyman Tuan Haji Zulkifli Omar said the jetty needed repairs.')).toEqual([
      ['indirect', 'Zulkifli Omar', 'the jetty needed repairs'],
    ]);
  });

  it('"Water CEC Name": a county executive committee member\u2019s post, after the docket', () => {
    expect(found('Water CEC Dr Grace Njeri Mwangi said boreholes would be drilled in four wards.')).toEqual([
      ['indirect', 'Grace Njeri Mwangi', 'boreholes would be drilled in four wards'],
    ]);
  });
});

describe('Russian: a full name with its patronymic in the dative', () => {
  it('"приговор … Олегу Викторовичу Лапшину", then "Сам Лапшин … он заявил": the man, in the nominative', () => {
    const text = 'Суд вынес приговор бывшему главе кооператива Степану Ильичу Гордееву.\n\nСам Гордеев вину признал частично. В последнем слове он заявил, что уже вернул пайщикам большую часть денег.';
    expect(found(text)).toEqual([['indirect', 'Степан Ильич Гордеев', 'уже вернул пайщикам большую часть денег']]);
  });

  it('the name put in the nominative: a man\u2019s and a woman\u2019s ("Ирине Павловне Сомовой", "Анне Сергеевне Вайнштейн")', () => {
    expect(russianNominativeName(['Андрею', 'Игоревичу', 'Соколову'])).toEqual(['Андрей', 'Игоревич', 'Соколов']);
    expect(russianNominativeName(['Ирине', 'Павловне', 'Сомовой'])).toEqual(['Ирина', 'Павловна', 'Сомова']);
    expect(russianNominativeName(['Анне', 'Сергеевне', 'Вайнштейн'])).toEqual(['Анна', 'Сергеевна', 'Вайнштейн']);
  });
});
